import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MEDIA_ASSET } from '../plugins/editorial-workflow/shared/uids';

/** Media assets a unit sent in one month (Asia/Ho_Chi_Minh), for the monthly media quota. */
export interface MediaCountRow {
  unitId: number;
  /** `YYYY-MM` */
  month: string;
  count: number;
}

export interface MediaCountQuery {
  /** First month, `YYYY-MM`, included. */
  from: string;
  /** Last month, `YYYY-MM`, included. */
  to: string;
  /** Only these units (database ids of api::unit.unit); all units when absent. */
  unitIds?: number[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

/**
 * One SQL aggregate over the archive: assets per unit and month, from the month stamped when each
 * was sent (`sent_month`, Vietnam time, indexed), joined to the unit link table (indexed on both
 * columns by Strapi). Units that sent nothing have no row; the counters add the zeroes.
 */
export async function mediaCounts(strapi: Core.Strapi, query: MediaCountQuery): Promise<MediaCountRow[]> {
  const { from, to, unitIds } = query;
  for (const [name, value] of Object.entries({ from, to })) {
    if (typeof value !== 'string' || !MONTH.test(value)) {
      throw new errors.ValidationError(`Tháng "${String(value)}" (${name}) không hợp lệ: hãy ghi dạng YYYY-MM, ví dụ 2026-11.`);
    }
  }
  if (from > to) throw new errors.ValidationError(`Tháng bắt đầu ${from} đứng sau tháng kết thúc ${to}.`);

  const meta = strapi.db.metadata.get(MEDIA_ASSET);
  const link = (meta.attributes.unit as unknown as { joinTable: JoinTable }).joinTable;
  const assetColumn = `link.${link.joinColumn.name}`;
  const unitColumn = `link.${link.inverseJoinColumn.name}`;

  const rows: Array<{ unitId: number | string; month: string; count: number | string }> = await strapi.db
    .getConnection()
    .from(`${link.name} as link`)
    .join(`${meta.tableName} as asset`, 'asset.id', assetColumn)
    .whereBetween('asset.sent_month', [from, to])
    .modify((builder) => {
      if (unitIds) builder.whereIn(unitColumn, unitIds.length > 0 ? unitIds : [-1]);
    })
    .groupBy(unitColumn, 'asset.sent_month')
    .orderBy([{ column: unitColumn }, { column: 'asset.sent_month' }])
    .select({ unitId: unitColumn, month: 'asset.sent_month' })
    .count({ count: '*' });

  return rows.map((row) => ({ unitId: Number(row.unitId), month: row.month, count: Number(row.count) }));
}
