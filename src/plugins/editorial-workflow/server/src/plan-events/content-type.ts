import { EVENT_KINDS } from '../../../shared/contracts/plan';
import { hidden } from '../content-types/hidden';

/**
 * An event of the sector to cover (sự kiện: hội nghị, hội thảo, tập huấn, cuộc thi…): when, where,
 * who organises it and its topic. Coverage assignments are made from it in one action.
 */
export const planEventContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_plan_events',
    info: { singularName: 'plan-event', pluralName: 'plan-events', displayName: 'Sự kiện' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      title: { type: 'string', required: true },
      kind: { type: 'enumeration', enum: [...EVENT_KINDS], required: true, default: 'other' },
      startsAt: { type: 'datetime', required: true },
      endsAt: { type: 'datetime', required: true },
      place: { type: 'string', required: true },
      /** Who organises it, as written (Sở GDĐT, Phòng GDPT, UBND tỉnh…). */
      organiser: { type: 'string', required: true },
      /** The unit that entered it (the Office or a department): its members and the Office edit it. */
      ownerUnitId: { type: 'integer', required: true },
      topicId: { type: 'integer' },
      lineId: { type: 'integer' },
      scriptId: { type: 'integer' },
      note: { type: 'text' },
      enteredById: { type: 'integer' },
      enteredByName: { type: 'string' },
    },
  },
};
