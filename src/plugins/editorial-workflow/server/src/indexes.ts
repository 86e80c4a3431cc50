import type { Core } from '@strapi/strapi';
import { ITEM_STATE, NOTIFICATION, TRANSITION } from './utils/uids';

/** Secondary indexes the plugin's queries need (Strapi schemas declare only unique ones). */
const INDEXES: Array<{ uid: string; name: string; attributes: string[] }> = [
  { uid: ITEM_STATE, name: 'ew_item_states_queue_idx', attributes: ['departmentId', 'state'] },
  { uid: ITEM_STATE, name: 'ew_item_states_first_submitted_idx', attributes: ['firstSubmittedAt'] },
  { uid: TRANSITION, name: 'ew_transitions_item_idx', attributes: ['itemDocumentId'] },
  { uid: NOTIFICATION, name: 'ew_notifications_user_idx', attributes: ['userId', 'readAt'] },
];

export async function ensureIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const index of INDEXES) {
    const meta = strapi.db.metadata.get(index.uid);
    const columns = index.attributes.map((name) => (meta.attributes[name] as { columnName?: string }).columnName ?? name);
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [index.name, meta.tableName, ...columns]);
  }
}
