import type { Core } from '@strapi/strapi';

export { ARTICLE, MEDIA_ASSET, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { ARTICLE, MEDIA_ASSET, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';

export interface LinkTable {
  name: string;
  /** The column naming the owning row (`article_id`). */
  owner: string;
  /** The column naming the related row (`unit_id`). */
  related: string;
}

/** Where the Strapi tables and link tables the public queries read live, from Strapi's own metadata. */
export interface PublicTables {
  client: 'postgres' | 'sqlite';
  /** The PostgreSQL schema of Strapi's tables, when one is set. */
  schema?: string;
  /** A table name as raw SQL may write it (schema-qualified on PostgreSQL when a schema is set). */
  qualify(name: string): string;
  articles: string;
  units: string;
  topics: string;
  mediaAssets: string;
  articleUnit: LinkTable;
  articleTopics: LinkTable;
  topicParent: LinkTable;
  mediaUnit: LinkTable;
  mediaTopics: LinkTable;
}

export function publicTables(strapi: Core.Strapi): PublicTables {
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as {
    tableName: string;
    attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;
  };
  const link = (uid: string, attribute: string): LinkTable => {
    const joinTable = meta(uid).attributes[attribute]?.joinTable;
    if (!joinTable) throw new Error(`public API: ${uid}.${attribute} has no join table`);
    return { name: joinTable.name, owner: joinTable.joinColumn.name, related: joinTable.inverseJoinColumn.name };
  };
  const client = strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite';
  const schema = client === 'postgres' ? strapi.db.getSchemaName() : undefined;
  return {
    client,
    schema,
    qualify: (name) => (schema ? `"${schema}"."${name}"` : `"${name}"`),
    articles: meta(ARTICLE).tableName,
    units: meta(UNIT).tableName,
    topics: meta(TOPIC).tableName,
    mediaAssets: meta(MEDIA_ASSET).tableName,
    articleUnit: link(ARTICLE, 'unit'),
    articleTopics: link(ARTICLE, 'topics'),
    topicParent: link(TOPIC, 'parent'),
    mediaUnit: link(MEDIA_ASSET, 'unit'),
    mediaTopics: link(MEDIA_ASSET, 'topics'),
  };
}
