import type { Core } from '@strapi/strapi';
import type { UnitPlanDeadline } from '../../../shared/contracts/unit-plans';
import { UNIT_PLAN_DEADLINE } from '../../../shared/uids';

/**
 * The due dates of the units' plans, one per year (`ew_unit_plan_deadlines`), held as data: the
 * Office sets them (PUT, which creates or moves the year's date); the unit plans are judged against
 * them when they are read, so moving a date judges the filings again.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UNIT_PLAN_DEADLINE);
  const day = (value: unknown) => String(value).slice(0, 10);

  return {
    async list(): Promise<UnitPlanDeadline[]> {
      const found = (await rows().findMany({ orderBy: [{ year: 'desc' }], select: ['year', 'dueOn'] })) as Array<{ year: number; dueOn: string }>;
      return found.map((row) => ({ year: row.year, dueOn: day(row.dueOn) }));
    },

    async dueOnOf(year: number): Promise<string | null> {
      const row = (await rows().findOne({ where: { year }, select: ['dueOn'] })) as { dueOn: string } | null;
      return row ? day(row.dueOn) : null;
    },

    /** Sets the year's due date; the year's row is unique, so of two simultaneous first settings one is kept, then moved. */
    async set(year: number, dueOn: string): Promise<UnitPlanDeadline> {
      const existing = (await rows().findOne({ where: { year }, select: ['id'] })) as { id: number } | null;
      if (existing) await rows().update({ where: { id: existing.id }, data: { dueOn } });
      else {
        await rows()
          .create({ data: { year, dueOn } })
          .catch(async () => rows().update({ where: { year }, data: { dueOn } }));
      }
      return { year, dueOn };
    },
  };
};
