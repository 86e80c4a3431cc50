import type { Modules } from '@strapi/strapi';

export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentContext = Modules.Documents.Middleware.Context;

/** The `data` of a create, update or clone call, loosely typed: rules read and rewrite a few keys. */
export type DocumentData = Record<string, unknown>;

export function dataOf(ctx: DocumentContext): DocumentData | undefined {
  const params = ctx.params as { data?: DocumentData } | undefined;
  return params?.data;
}

export function documentIdOf(ctx: DocumentContext): string | undefined {
  const params = ctx.params as { documentId?: string } | undefined;
  return params?.documentId;
}
