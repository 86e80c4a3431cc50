import { hidden } from '../content-types/hidden';

/**
 * A communication script (kịch bản truyền thông) of the plan's section III: for a topic or a line of
 * information, the key messages, channels, period, owner department and dated milestones. The Office
 * writes them; departments read those of their field. Items, assignments and events link to one by id.
 */
export const commScriptContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_comm_scripts',
    info: { singularName: 'comm-script', pluralName: 'comm-scripts', displayName: 'Kịch bản truyền thông' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      title: { type: 'string', required: true },
      /** The topic (api::topic id) and/or the line of information (api::plan-line id) it is for. */
      topicId: { type: 'integer' },
      lineId: { type: 'integer' },
      keyMessages: { type: 'text', required: true },
      /** ScriptChannel[] (shared/contracts/plan.ts). */
      channels: { type: 'json', required: true },
      /** The period, Vietnam dates. */
      startsOn: { type: 'date', required: true },
      endsOn: { type: 'date', required: true },
      /** The department (a unit of kind `department`) that owns it: its members read it. */
      ownerDepartmentId: { type: 'integer', required: true },
      /** ScriptMilestone[] (shared/contracts/plan.ts), sorted by date. */
      milestones: { type: 'json', required: true },
      writtenById: { type: 'integer' },
      writtenByName: { type: 'string' },
    },
  },
};
