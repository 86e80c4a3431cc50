import type { Core } from '@strapi/strapi';
import { CALENDAR_INDEXES } from './calendar/indexes';
import { ITEM_SNAPSHOT, ITEM_STATE, MEDIA_ASSET, MEMBERSHIP, NOTIFICATION, OPINION_REPORT, TRANSITION } from '../../shared/uids';

/** Secondary indexes the plugin's queries need (Strapi schemas declare only unique ones). */
const INDEXES: Array<{ uid: string; name: string; attributes: string[] }> = [
  { uid: ITEM_STATE, name: 'ew_item_states_queue_idx', attributes: ['departmentId', 'state'] },
  // The counters' aggregates (stats/counts.ts). Time first for the whole-province grid: a range scan
  // that covers unit and kind, so PostgreSQL answers from the index alone. Unit first for a scope of
  // a few units (an author, a department).
  { uid: ITEM_STATE, name: 'ew_item_states_submitted_time_unit_idx', attributes: ['firstSubmittedAt', 'firstSubmittedUnitId', 'firstSubmittedKind'] },
  { uid: ITEM_STATE, name: 'ew_item_states_submitted_unit_time_idx', attributes: ['firstSubmittedUnitId', 'firstSubmittedAt'] },
  { uid: ITEM_STATE, name: 'ew_item_states_published_time_unit_idx', attributes: ['firstPublishedAt', 'firstPublishedUnitId'] },
  { uid: ITEM_STATE, name: 'ew_item_states_published_unit_time_idx', attributes: ['firstPublishedUnitId', 'firstPublishedAt'] },
  { uid: MEDIA_ASSET, name: 'media_assets_created_at_idx', attributes: ['createdAt'] },
  { uid: OPINION_REPORT, name: 'opinion_reports_period_idx', attributes: ['period'] },
  { uid: TRANSITION, name: 'ew_transitions_item_idx', attributes: ['itemDocumentId'] },
  { uid: ITEM_SNAPSHOT, name: 'ew_item_snapshots_item_idx', attributes: ['itemDocumentId'] },
  { uid: NOTIFICATION, name: 'ew_notifications_user_idx', attributes: ['userId', 'readAt'] },
  // Every request's standing reads a person's memberships; the network page and reminders read a unit's.
  { uid: MEMBERSHIP, name: 'ew_memberships_user_idx', attributes: ['userId'] },
  { uid: MEMBERSHIP, name: 'ew_memberships_unit_role_idx', attributes: ['unitId', 'role'] },
  ...CALENDAR_INDEXES,
];

export async function ensureIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const index of INDEXES) {
    const meta = strapi.db.metadata.get(index.uid);
    const columns = index.attributes.map((name) => (meta.attributes[name] as { columnName?: string }).columnName ?? name);
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [index.name, meta.tableName, ...columns]);
  }
}
