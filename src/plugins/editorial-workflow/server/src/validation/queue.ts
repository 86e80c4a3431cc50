import { yup } from '@strapi/utils';
import { STATES, type WorkflowState } from '../../../shared/state-machine';
import { ITEM_KINDS, UNIT_ITEMS_SORTS, type QueueQuery, type UnitItemsQuery } from '../../../shared/contracts/queue';
import { CHOSEN_CHANNELS } from '../../../shared/contracts/item-channels';
import { UNKNOWN_PARAMETER, assertFlatQuery, pageFields, parseWith, text } from './common';

const scalar = (name: string) => text(name).max(64, `${name} tối đa 64 ký tự.`);

const queueSchema = yup
  .object({
    state: yup.mixed<WorkflowState>().oneOf([...STATES], `state phải là một trong: ${STATES.join(', ')}.`),
    unit: scalar('unit'),
    topic: scalar('topic'),
    kind: yup.mixed().oneOf([...ITEM_KINDS], `kind phải là một trong: ${ITEM_KINDS.join(', ')}.`),
    channel: yup.mixed().oneOf([...CHOSEN_CHANNELS], `Kênh (channel) phải là một trong: ${CHOSEN_CHANNELS.join(', ')}.`),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /queue`. */
export async function parseQueueQuery(query: unknown): Promise<QueueQuery> {
  return (await parseWith(queueSchema)(assertFlatQuery(query))) as QueueQuery;
}

const unitItemsSchema = yup
  .object({
    state: yup.mixed<WorkflowState>().oneOf([...STATES], `state phải là một trong: ${STATES.join(', ')}.`),
    unit: scalar('unit'),
    topic: scalar('topic'),
    kind: yup.mixed().oneOf([...ITEM_KINDS], `kind phải là một trong: ${ITEM_KINDS.join(', ')}.`),
    sort: yup
      .mixed()
      .oneOf([...UNIT_ITEMS_SORTS], `sort phải là một trong: ${UNIT_ITEMS_SORTS.join(', ')}.`)
      .default(UNIT_ITEMS_SORTS[0]),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /queue/unit-items` (the tab "Tin bài của đơn vị"). */
export async function parseUnitItemsQuery(query: unknown): Promise<UnitItemsQuery> {
  return (await parseWith(unitItemsSchema)(assertFlatQuery(query))) as UnitItemsQuery;
}
