import type { Modules } from '@strapi/strapi';

/** A Document Service middleware and its context, as `strapi.documents.use` takes them. */
export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentContext = Modules.Documents.Middleware.Context;

/** The `data` of a create, update or clone call, loosely typed: rules read and rewrite a few keys. */
export type DocumentData = Record<string, unknown>;

type Params = { documentId?: string; status?: string; data?: DocumentData };

const paramsOf = (ctx: DocumentContext): Params => (ctx.params ?? {}) as Params;

export const dataOf = (ctx: DocumentContext): DocumentData | undefined => paramsOf(ctx).data;

/** Replaces the `data` the call will write. */
export function setData(ctx: DocumentContext, data: DocumentData): void {
  (ctx.params as Params).data = data;
}

export const documentIdOf = (ctx: DocumentContext): string | undefined => paramsOf(ctx).documentId;

/** `status: 'published'` asks create, update or clone to publish as it writes. */
export const asksToPublish = (ctx: DocumentContext): boolean => paramsOf(ctx).status === 'published';

/** The calls that write a document's data. */
export const isWrite = (ctx: DocumentContext): boolean => ctx.action === 'create' || ctx.action === 'update' || ctx.action === 'clone';
