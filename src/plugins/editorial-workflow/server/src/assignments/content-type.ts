import { hidden } from '../content-types/hidden';

/**
 * An assignment (giao viết bài): the Office or a department commissions coverage of a line of
 * information from units, by a due time. One row per assignment, one per unit it is given to.
 */
export const assignmentContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_assignments',
    info: { singularName: 'assignment', pluralName: 'assignments', displayName: 'Giao viết bài' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      title: { type: 'string', required: true },
      /** The line of information to cover (api::plan-line id). */
      lineId: { type: 'integer', required: true },
      scriptId: { type: 'integer' },
      /** The event it covers, when made from one (plan-events/). */
      eventId: { type: 'integer' },
      dueAt: { type: 'datetime', required: true },
      note: { type: 'text' },
      /** The commissioning unit: the Office or a department. Told when a unit is overdue. */
      commissionerUnitId: { type: 'integer', required: true },
      /** How the units were chosen, as the page recalls it: `units` or the unit kinds (`kind:school`). */
      audience: { type: 'json' },
      commissionedById: { type: 'integer' },
      commissionedByName: { type: 'string' },
    },
  },
};

/**
 * One unit's part of an assignment. `targetKey` (`assignmentId:unitId`) is unique. The item
 * submitted against it is recorded at its submission; the reminders (the unit's author and head
 * once, then the commissioning unit) are recorded so each is sent once across processes.
 */
export const assignmentTargetContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_assignment_targets',
    info: { singularName: 'assignment-target', pluralName: 'assignment-targets', displayName: 'Đơn vị được giao viết bài' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      assignmentId: { type: 'integer', required: true },
      unitId: { type: 'integer', required: true },
      targetKey: { type: 'string', required: true, column: { unique: true } },
      /** The due time, copied from the assignment so the calendar and the reminders read one table. */
      dueAt: { type: 'datetime', required: true },
      itemDocumentId: { type: 'string' },
      submittedAt: { type: 'datetime' },
      remindedAt: { type: 'datetime' },
      escalatedAt: { type: 'datetime' },
    },
  },
};
