import type { Core } from '@strapi/strapi';

/** A content type's table and column names, for the calendar's few queries written with knex (joins, groupings). */
export interface Table {
  name: string;
  col(attribute: string): string;
  /** `table.column`, for joins. */
  at(attribute: string): string;
}

export function tableOf(strapi: Core.Strapi, uid: string): Table {
  const meta = strapi.db.metadata.get(uid);
  const col = (attribute: string) => {
    const found = meta.attributes[attribute] as { columnName?: string } | undefined;
    if (!found) throw new Error(`${uid} has no attribute ${attribute}`);
    return found.columnName ?? attribute;
  };
  return { name: meta.tableName, col, at: (attribute) => `${meta.tableName}.${col(attribute)}` };
}

/** The join table of a many-to-many relation (the article's topics): its name and its two columns. */
export function joinTableOf(strapi: Core.Strapi, uid: string, attribute: string): { name: string; own: string; other: string } {
  const relation = strapi.db.metadata.get(uid).attributes[attribute] as unknown as {
    joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  };
  return { name: relation.joinTable.name, own: relation.joinTable.joinColumn.name, other: relation.joinTable.inverseJoinColumn.name };
}
