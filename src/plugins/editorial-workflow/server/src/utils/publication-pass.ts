import { AsyncLocalStorage } from 'async_hooks';
import type { ItemDraft } from '../services/item-content';

/**
 * The one way to publish, unpublish or discard an item: a pass the workflow hands out for a single
 * document and a single operation while it carries out the matching transition. The Document
 * Service guard refuses any of these operations without it, whatever route or code asks.
 */
export type PublicationOperation = 'publish' | 'unpublish' | 'discardDraft';

interface Pass {
  documentId: string;
  operation: PublicationOperation;
  /** The draft the workflow loaded and checked for this operation, which the rules inside it may read instead of loading it again. */
  draft?: ItemDraft;
}

const passes = new AsyncLocalStorage<Pass>();

export function withPublicationPass<T>(documentId: string, operation: PublicationOperation, run: () => Promise<T>, draft?: ItemDraft): Promise<T> {
  return passes.run({ documentId, operation, draft }, run);
}

export function hasPublicationPass(documentId: string | undefined, operation: PublicationOperation): boolean {
  const pass = passes.getStore();
  return Boolean(pass && documentId && pass.documentId === documentId && pass.operation === operation);
}

/** The draft carried by the pass in progress for this document, if any. */
export function draftOfPass(documentId: string): ItemDraft | undefined {
  const pass = passes.getStore();
  return pass?.documentId === documentId ? pass.draft : undefined;
}
