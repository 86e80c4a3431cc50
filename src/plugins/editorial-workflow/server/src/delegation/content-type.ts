import { DELEGABLE_ROLES } from '../../../shared/contracts/delegation';
import { hidden } from '../content-types/hidden';

/**
 * A delegation (ủy quyền) of a workflow role, keyed by user and unit ids like the memberships. Hidden
 * from the content-manager and the content-type builder, with no content-API route: the public role
 * has no action on it. Never deleted: ending it early stamps `endedAt`, so the history's "on behalf
 * of" always finds the delegation it came from.
 */
export const delegationContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_delegations',
    info: { singularName: 'delegation', pluralName: 'delegations', displayName: 'Ủy quyền' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      role: { type: 'enumeration', enum: [...DELEGABLE_ROLES], required: true },
      /** Where the delegator holds the role: the department (`head`), Phòng QLCL (`publisher`). */
      unitId: { type: 'integer', required: true },
      delegatorId: { type: 'integer', required: true },
      delegatorName: { type: 'string', required: true },
      delegateId: { type: 'integer', required: true },
      delegateName: { type: 'string', required: true },
      /**
       * Vietnam calendar dates, both included, as `YYYY-MM-DD` text: compared as text, they order as
       * dates on both databases, with no time zone for a driver to shift.
       */
      startsOn: { type: 'string', required: true },
      endsOn: { type: 'string', required: true },
      note: { type: 'text' },
      endedAt: { type: 'datetime' },
      endedById: { type: 'integer' },
      endedByName: { type: 'string' },
    },
  },
};
