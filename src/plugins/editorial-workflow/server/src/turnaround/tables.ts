import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];

/** A type's table and the columns of the attributes named, as Strapi mapped them. */
export function tableOf<N extends string>(strapi: Core.Strapi, uid: string, names: readonly N[]): { table: string } & Record<N, string> {
  const meta = strapi.db.metadata.get(uid as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const column = (name: string) => meta.attributes[name]?.columnName ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return { table: meta.tableName, ...(Object.fromEntries(names.map((name) => [name, column(name)])) as Record<N, string>) };
}

/** A datetime as raw SQL hands it back: a Date (PostgreSQL) or epoch milliseconds (SQLite), as milliseconds. */
export function millisOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  const parsed = new Date(String(value)).getTime();
  return Number.isNaN(parsed) ? null : parsed;
}

/** A department id as the driver hands it back (PostgreSQL may give a bigint as text). */
export const idOf = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
