import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RelationChange } from '../utils/relation-input';

export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentContext = Modules.Documents.Middleware.Context;

/** The `data` of a create, update or clone call, loosely typed: rules read and rewrite a few keys. */
export type DocumentData = Record<string, unknown>;

export function dataOf(ctx: DocumentContext): DocumentData | undefined {
  const params = ctx.params as { data?: DocumentData } | undefined;
  return params?.data;
}

/** Replaces the `data` the call will write. */
export function setData(ctx: DocumentContext, data: DocumentData): void {
  (ctx.params as { data?: DocumentData }).data = data;
}

export function documentIdOf(ctx: DocumentContext): string | undefined {
  const params = ctx.params as { documentId?: string } | undefined;
  return params?.documentId;
}

/** A 400 in Strapi's error shape, naming the field at fault so the admin panel marks it. */
export function invalid(path: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

/** A document that belongs to a unit gets one when created and cannot lose it. */
export function assertUnitKept(action: string, unit: RelationChange, what: string): void {
  if (unit.kind === 'cleared' || (action === 'create' && unit.kind !== 'set')) {
    throw invalid('unit', `${what} phải thuộc một đơn vị: hãy chọn đơn vị (unit).`);
  }
}
