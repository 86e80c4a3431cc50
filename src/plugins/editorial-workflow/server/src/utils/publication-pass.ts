import { AsyncLocalStorage } from 'async_hooks';

/**
 * The one way to publish, unpublish or discard an item: a pass the workflow hands out for a single
 * document and a single operation while it carries out the matching transition. The Document
 * Service guard refuses any of these operations without it, whatever route or code asks.
 */
export type PublicationOperation = 'publish' | 'unpublish' | 'discardDraft';

interface Pass {
  documentId: string;
  operation: PublicationOperation;
}

const passes = new AsyncLocalStorage<Pass>();

export function withPublicationPass<T>(documentId: string, operation: PublicationOperation, run: () => Promise<T>): Promise<T> {
  return passes.run({ documentId, operation }, run);
}

export function hasPublicationPass(documentId: string | undefined, operation: PublicationOperation): boolean {
  const pass = passes.getStore();
  return Boolean(pass && documentId && pass.documentId === documentId && pass.operation === operation);
}
