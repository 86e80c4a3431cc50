import type { Core } from '@strapi/strapi';
import { TRANSITION } from '../../../shared/uids';

/** A datetime as the driver hands it back from raw SQL: a Date (PostgreSQL) or epoch milliseconds (SQLite). */
export function isoOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return new Date(Number(value)).toISOString();
  return new Date(String(value)).toISOString();
}

/**
 * The time of each item's last workflow step, for a page of items, in one grouped query over the
 * transitions' index on the item. The last step is always the one that put the item in its current
 * state (a reroute or a schedule restarts the wait where it now is), so it is when its wait began.
 */
export async function lastStepTimes(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const meta = strapi.db.metadata.get(TRANSITION as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const column = (name: string) => meta.attributes[name]?.columnName ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const rows: Array<{ item: string; at: unknown }> = await strapi.db
    .connection(meta.tableName)
    .select(`${column('itemDocumentId')} as item`)
    .max(`${column('createdAt')} as at`)
    .whereIn(column('itemDocumentId'), documentIds)
    .groupBy(column('itemDocumentId'));
  return new Map(rows.flatMap((row) => {
    const at = isoOf(row.at);
    return at ? [[row.item, at] as [string, string]] : [];
  }));
}
