import { UNIT_KINDS, type GridSort, type GridPagination, type UnitRef } from '../../../shared/contracts/stats';

/**
 * The order of the grid's units and the page cut from it, as pure functions: services/stats.ts
 * loads the units in scope (a few hundred small rows) and, for a sort by a metric, each unit's total
 * (counters.ts `counterTotals`), then computes the cells of the page's units only.
 */

const kindOrder = (kind: string) => {
  const index = (UNIT_KINDS as readonly string[]).indexOf(kind);
  return index === -1 ? UNIT_KINDS.length : index;
};

const byCode = (a: UnitRef, b: UnitRef) => a.code.localeCompare(b.code);

/** The plan's order: kind as UNIT_KINDS lists them, then code. */
export const byKind = (a: UnitRef, b: UnitRef) => kindOrder(a.kind) - kindOrder(b.kind) || byCode(a, b);

/**
 * The units in `sort` order. Ties (same name, same total) fall back to the code, unique, so the
 * order is total and pages never overlap nor skip a unit. Descending reverses the key only: ties
 * still go by code ascending. Names compare as Vietnamese (Đ after D), the same on SQLite and PostgreSQL.
 */
export function orderUnits(units: readonly UnitRef[], sort: GridSort, totals?: ReadonlyMap<number, number>): UnitRef[] {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as GridSort;
  const sign = descending ? -1 : 1;
  const names = new Intl.Collator('vi');
  const compare: (a: UnitRef, b: UnitRef) => number =
    key === 'name'
      ? (a, b) => sign * names.compare(a.name, b.name) || byCode(a, b)
      : key === 'code'
        ? (a, b) => sign * byCode(a, b)
        : key === 'kind'
          ? (a, b) => sign * (kindOrder(a.kind) - kindOrder(b.kind)) || byCode(a, b)
          : (a, b) => sign * ((totals?.get(a.id) ?? 0) - (totals?.get(b.id) ?? 0)) || byCode(a, b);
  return [...units].sort(compare);
}

/** Page `page` (from 1) of `size`; a page past the end is empty, and says how many there are. */
export function pageOfUnits<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; pagination: GridPagination } {
  const total = items.length;
  const first = (page - 1) * pageSize;
  return { items: items.slice(first, first + pageSize), pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
}
