import { GRID_SORT_KEYS, type GridSort, type GridSortKey } from './types';

/** The grid's sortable keys, as the header offers them. */
export const SORT_KEYS: readonly GridSortKey[] = GRID_SORT_KEYS;

/** Figures read best largest first; names, codes and kinds from A. */
const firstDescending = (key: GridSortKey) => key === 'itemsSubmitted' || key === 'itemsPublished';

export const sortKeyOf = (sort: GridSort): GridSortKey => sort.replace(/^-/, '') as GridSortKey;
export const isDescending = (sort: GridSort): boolean => sort.startsWith('-');

/** A click on a key's header: the same key turns its direction round; another starts in its natural direction. */
export function nextSort(current: GridSort, key: GridSortKey): GridSort {
  if (sortKeyOf(current) === key) return (isDescending(current) ? key : `-${key}`) as GridSort;
  return (firstDescending(key) ? `-${key}` : key) as GridSort;
}

/** `aria-sort` of a key's header. */
export const ariaSortOf = (current: GridSort, key: GridSortKey): 'ascending' | 'descending' | 'none' =>
  sortKeyOf(current) !== key ? 'none' : isDescending(current) ? 'descending' : 'ascending';
