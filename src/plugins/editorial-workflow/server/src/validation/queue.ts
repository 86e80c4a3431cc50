import { yup } from '@strapi/utils';
import { STATES, type WorkflowState } from '../../../shared/state-machine';
import { ITEM_KINDS, type QueueQuery } from '../../../shared/contracts/queue';
import { UNKNOWN_PARAMETER, assertFlatQuery, pageFields, parseWith, text } from './common';

const scalar = (name: string) => text(name).max(64, `${name} tối đa 64 ký tự.`);

const queueSchema = yup
  .object({
    state: yup.mixed<WorkflowState>().oneOf([...STATES], `state phải là một trong: ${STATES.join(', ')}.`),
    unit: scalar('unit'),
    topic: scalar('topic'),
    kind: yup.mixed().oneOf([...ITEM_KINDS], `kind phải là một trong: ${ITEM_KINDS.join(', ')}.`),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /queue`. */
export async function parseQueueQuery(query: unknown): Promise<QueueQuery> {
  return (await parseWith(queueSchema)(assertFlatQuery(query))) as QueueQuery;
}
