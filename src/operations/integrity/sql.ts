import type { Core } from '@strapi/strapi';

/** The table of a content type, as Strapi named it. */
export function tableOf(strapi: Core.Strapi, uid: string): string {
  return strapi.db.metadata.get(uid as never).tableName;
}

/** The column of an attribute, as Strapi named it (snake case unless the schema says otherwise). */
export function columnOf(strapi: Core.Strapi, uid: string, attribute: string): string {
  const attr = strapi.db.metadata.get(uid as never).attributes[attribute] as { columnName?: string } | undefined;
  if (!attr) throw new Error(`${uid} has no attribute ${attribute}`);
  return attr.columnName ?? attribute.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
