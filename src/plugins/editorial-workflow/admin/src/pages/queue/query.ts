import { UNIT_ITEMS_SORTS, type QueueQuery, type UnitItemsSort } from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../../../shared/permissions';
import { STATES, type WorkflowState } from '../../../../shared/state-machine';
import { CHOSEN_CHANNELS, type ChosenChannel } from '../../../../shared/contracts/item-channels';

export const QUEUE_PAGE_SIZE = 20;

/** The tab "Tin bài của đơn vị" (`?view=unit`): there `state` filters, and `sort` orders by waiting time. */
export const UNIT_VIEW = 'unit';

/** What the queue page chooses: a tab, filters and a page; the page size is fixed (QUEUE_PAGE_SIZE). */
export type QueueSearch = Omit<QueueQuery, 'pageSize'> & { view?: typeof UNIT_VIEW; sort?: UnitItemsSort };

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The queue's tab, filters and page as the address holds them (`?state=in_review&unit=…&page=2`),
 * read back: a state that is not one, an empty filter or a page that is not a page number is left out.
 */
export function queueSearchOf(params: Record<string, unknown>): QueueSearch {
  const state = text(params.state);
  const sort = text(params.sort);
  const page = Number(params.page);
  const channel = text(params.channel);
  return {
    view: params.view === UNIT_VIEW ? UNIT_VIEW : undefined,
    sort: sort && (UNIT_ITEMS_SORTS as readonly string[]).includes(sort) ? (sort as UnitItemsSort) : undefined,
    state: state && (STATES as readonly string[]).includes(state) ? (state as WorkflowState) : undefined,
    unit: text(params.unit),
    topic: text(params.topic),
    kind: text(params.kind),
    channel: channel && (CHOSEN_CHANNELS as readonly string[]).includes(channel) ? (channel as ChosenChannel) : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The next tab, filters and page: another tab or filter starts again at the first page. Values are
 * encoded here (Strapi's `useQueryParams` writes them as they come); the ones left out are removed.
 */
export function nextQueueSearch(current: QueueSearch, patch: Partial<QueueSearch>): Record<string, string | number | undefined> {
  const next = { ...current, ...patch, page: patch.page ?? 1 };
  const encoded = (value: string | undefined) => (value ? encodeURIComponent(value) : undefined);
  return {
    view: next.view,
    state: next.state,
    unit: encoded(next.unit),
    topic: encoded(next.topic),
    kind: encoded(next.kind),
    // The channel filter belongs to the waiting tabs, not to "Tin bài của đơn vị".
    channel: next.view ? undefined : next.channel,
    sort: next.view ? encoded(next.sort) : undefined,
    page: next.page,
  };
}

/** The queue's address as it was last shown, filters and page included, for the side panel to send a person back to. */
let lastSearch = '';

export const rememberQueueSearch = (search: string) => {
  lastSearch = search;
};

export const queuePath = () => `/plugins/${PLUGIN_ID}${lastSearch}`;
