import { hidden } from '../content-types/hidden';

/**
 * A unit's own plan for the year (the plan's III.3 duty: "xây dựng kế hoạch thực hiện tại đơn vị"),
 * filed as a document. `planKey` (`unitId:year`) is unique: a refiling replaces the file and keeps
 * the first filing time, which is what on time or late is judged by.
 */
export const unitPlanContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_unit_plans',
    info: { singularName: 'unit-plan', pluralName: 'unit-plans', displayName: 'Kế hoạch truyền thông của đơn vị' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      unitId: { type: 'integer', required: true },
      year: { type: 'integer', required: true },
      planKey: { type: 'string', required: true, column: { unique: true } },
      /** The document (upload file id): private, never public. */
      fileId: { type: 'integer', required: true },
      fileName: { type: 'string' },
      firstFiledAt: { type: 'datetime', required: true },
      lastFiledAt: { type: 'datetime', required: true },
      filedById: { type: 'integer' },
      filedByName: { type: 'string' },
    },
  },
};

/** The due date of the units' plans for a year, held as data (the Office sets it): a calendar entry. */
export const unitPlanDeadlineContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_unit_plan_deadlines',
    info: { singularName: 'unit-plan-deadline', pluralName: 'unit-plan-deadlines', displayName: 'Hạn nộp kế hoạch đơn vị' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      year: { type: 'integer', required: true, column: { unique: true } },
      /** A Vietnam date, YYYY-MM-DD: filed by the end of that day is on time. */
      dueOn: { type: 'date', required: true },
    },
  },
};
