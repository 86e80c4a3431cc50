import type { Core } from '@strapi/strapi';
import type { ReturnCountsReport } from '../../../shared/contracts/reason-categories';
import { DAY_MS, vnStartOf } from '../../../shared/periods';
import { TRANSITION, UNIT } from '../../../shared/uids';
import type { StatsScope } from '../stats/scope';
import { reasonLabels } from './catalogue';

const dayAfter = (date: string) => new Date(vnStartOf(date).getTime() + DAY_MS);

/**
 * Returns by unit and category over a period (Vietnam dates, both included): every `return` in the
 * history, counted for the unit the item had then (the row's `unitId`), in one grouped query.
 * A return filed before categories existed counts under `uncategorised` ("Chưa phân loại"). Outside
 * the whole-province scope, a reader sees the returns of their units' items and the returns their
 * departments made (`departmentIds`: where they edit or approve).
 */
export async function returnCounts(
  strapi: Core.Strapi,
  scope: StatsScope,
  period: { from: string; to: string },
  departmentIds: number[] = []
): Promise<ReturnCountsReport> {
  const meta = strapi.db.metadata.get(TRANSITION as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const column = (name: string) => meta.attributes[name]?.columnName ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const query = strapi.db
    .connection(meta.tableName)
    .select(`${column('unitId')} as unitId`, `${column('reasonCategory')} as category`)
    .count({ n: '*' })
    .where(column('action'), 'return')
    .where(column('createdAt'), '>=', vnStartOf(period.from))
    .where(column('createdAt'), '<', dayAfter(period.to))
    .groupBy(column('unitId'), column('reasonCategory'));
  if (!scope.all) {
    const { unitIds } = scope;
    query.where((inScope) => {
      inScope.whereIn(column('unitId'), unitIds.length > 0 ? unitIds : [-1]);
      if (departmentIds.length > 0) inScope.orWhereIn(column('departmentId'), departmentIds);
    });
  }
  const counted = (await query) as unknown as Array<{ unitId: number | null; category: string | null; n: number | string }>;

  const unitIds = [...new Set(counted.map((row) => row.unitId).filter((id): id is number => id !== null))];
  const [labels, units] = await Promise.all([
    reasonLabels(strapi),
    unitIds.length === 0
      ? []
      : (strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'code', 'name', 'kind'] }) as Promise<Array<{ id: number; code: string; name: string; kind: string }>>),
  ]);
  const byUnit = new Map<number, ReturnCountsReport['units'][number]>();
  const totals: Record<string, number> = {};
  for (const row of counted) {
    const unit = units.find((candidate) => candidate.id === row.unitId);
    if (!unit) continue;
    const key = row.category ?? 'uncategorised';
    const n = Number(row.n);
    const entry = byUnit.get(unit.id) ?? { unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind }, counts: {}, total: 0 };
    entry.counts[key] = (entry.counts[key] ?? 0) + n;
    entry.total += n;
    byUnit.set(unit.id, entry);
    totals[key] = (totals[key] ?? 0) + n;
  }
  const categories = [...labels].map(([code, label]) => ({ code, label }));
  if (totals.uncategorised) categories.push({ code: 'uncategorised', label: 'Chưa phân loại' });
  return {
    period,
    categories,
    units: [...byUnit.values()].sort((a, b) => b.total - a.total || a.unit.code.localeCompare(b.unit.code)),
    totals,
  };
}
