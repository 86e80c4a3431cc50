import type { Core } from '@strapi/strapi';

/** A model's table and the column of each attribute, as Strapi's metadata names them (for the few joins done in SQL). */
export function tableOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
  return { name: meta.tableName, column };
}

/** SQLite answers booleans as 0/1, PostgreSQL as booleans. */
export const asBoolean = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't';
