import { yup } from '@strapi/utils';
import { STATES, type WorkflowState } from '../../../shared/state-machine';
import { ITEM_KINDS, type QueueQuery } from '../../../shared/contracts/queue';
import { UNKNOWN_PARAMETER, assertFlatQuery, pageFields, parseWith } from './common';

const scalar = () => yup.string().trim().max(64);

const queueSchema = yup
  .object({
    state: yup.mixed<WorkflowState>().oneOf([...STATES], `state phải là một trong: ${STATES.join(', ')}.`),
    unit: scalar(),
    topic: scalar(),
    kind: yup.mixed().oneOf([...ITEM_KINDS], `kind phải là một trong: ${ITEM_KINDS.join(', ')}.`),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /queue`. */
export async function parseQueueQuery(query: unknown): Promise<QueueQuery> {
  return (await parseWith(queueSchema)(assertFlatQuery(query))) as QueueQuery;
}
