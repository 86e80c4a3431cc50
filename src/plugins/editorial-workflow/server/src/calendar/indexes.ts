import { PLUGIN_ID } from '../../../shared/permissions';
import { ITEM_STATE } from '../../../shared/uids';
import { GUIDANCE_NOTE, GUIDANCE_RECIPIENT } from '../guidance/content-type';

/**
 * The calendar reads each source by a range on its time (a month at 1,000,000 items must stay
 * under 200 ms): these indexes serve those ranges. The first publication's index is the counters'
 * own (indexes.ts).
 */
export const CALENDAR_INDEXES: Array<{ uid: string; name: string; attributes: string[] }> = [
  { uid: ITEM_STATE, name: 'ew_item_states_scheduled_idx', attributes: ['scheduledAt'] },
  { uid: `plugin::${PLUGIN_ID}.assignment-target`, name: 'ew_assignment_targets_due_idx', attributes: ['dueAt', 'unitId'] },
  { uid: `plugin::${PLUGIN_ID}.plan-event`, name: 'ew_plan_events_starts_idx', attributes: ['startsAt'] },
  { uid: GUIDANCE_NOTE, name: 'ew_guidance_notes_sent_idx', attributes: ['sentAt'] },
  { uid: GUIDANCE_RECIPIENT, name: 'ew_guidance_recipients_unit_idx', attributes: ['unitId'] },
  { uid: GUIDANCE_RECIPIENT, name: 'ew_guidance_recipients_note_idx', attributes: ['noteId'] },
];
