import type { Core } from '@strapi/strapi';
import { TOPICS, type TopicSeed } from './data/topics';
import { SO_DEPARTMENTS, type UnitSeed } from './data/units';
import { DEFAULT_QUOTAS } from './data/quotas';
import { ensureAdminRoles } from './admin-roles';
import { DEADLINE_POLICY, QUOTA_POLICY as QUOTA, REASON_CATEGORY, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { DEFAULT_REASON_CATEGORIES } from '../plugins/editorial-workflow/shared/reason-categories';
import { DEFAULT_DEADLINES } from '../plugins/editorial-workflow/shared/deadlines';
import { ensureReportSetting } from './report-setting';
import { ensurePlanLines } from './plan-lines';


export interface SeedTally {
  created: number;
  kept: number;
}
export type SeedReport = Record<string, SeedTally>;
export type Log = (line: string) => void;

/**
 * The reference data every installation needs: the units of the Sở, the topic taxonomy of the
 * plan, the default quotas, the deadlines by working days and the admin roles of the newsroom. Idempotent and safe in production: it creates what is missing and
 * never changes or deletes a row that is there, so an administrator's edits survive a re-run.
 */
export async function seedReference(strapi: Core.Strapi, log: Log = () => {}): Promise<SeedReport> {
  const report: SeedReport = {
    units: await ensureUnits(strapi, SO_DEPARTMENTS),
    topics: await ensureTopics(strapi),
    'plan lines': await ensurePlanLines(strapi),
    quotas: await ensureQuotas(strapi),
    deadlines: await ensureDeadlines(strapi),
    'reason categories': await ensureReasonCategories(strapi),
    'admin roles': await ensureAdminRoles(strapi),
    'report settings': await ensureReportSetting(strapi),
  };
  for (const [what, { created, kept }] of Object.entries(report)) {
    log(`  ${what}: ${created} created, ${kept} already there`);
  }
  return report;
}

/** documentId of each unit by code, for the given codes. */
export async function unitIdsByCode(strapi: Core.Strapi, codes: string[]): Promise<Map<string, string>> {
  const rows: Array<{ code: string; documentId: string }> = await strapi.db.query(UNIT).findMany({
    select: ['code', 'documentId'],
    where: { code: { $in: codes } },
  });
  return new Map(rows.map((row) => [row.code, row.documentId]));
}

/** Creates the units that are missing, in order (a unit's default department may be earlier in the list). */
export async function ensureUnits(strapi: Core.Strapi, units: UnitSeed[]): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const referenced = units.flatMap((unit) => (unit.defaultDepartment ? [unit.code, unit.defaultDepartment] : [unit.code]));
  const ids = await unitIdsByCode(strapi, referenced);
  for (const unit of units) {
    if (ids.has(unit.code)) {
      tally.kept += 1;
      continue;
    }
    const created = await strapi.documents(UNIT).create({
      data: {
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        contactEmail: unit.contactEmail,
        active: true,
        defaultDepartment: unit.defaultDepartment ? ids.get(unit.defaultDepartment) : undefined,
      },
    });
    ids.set(unit.code, created.documentId);
    tally.created += 1;
  }
  return tally;
}

async function ensureTopics(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const existing: Array<{ code: string; documentId: string }> = await strapi.db
    .query(TOPIC)
    .findMany({ select: ['code', 'documentId'] });
  const ids = new Map(existing.map((row) => [row.code, row.documentId]));
  const departments = await unitIdsByCode(strapi, SO_DEPARTMENTS.map((unit) => unit.code));

  const ensure = async (topic: TopicSeed, order: number, parent?: string): Promise<string> => {
    const known = ids.get(topic.code);
    if (known) {
      tally.kept += 1;
      return known;
    }
    const created = await strapi.documents(TOPIC).create({
      data: {
        code: topic.code,
        title: topic.title,
        description: topic.description,
        order,
        parent,
        department: topic.department ? departments.get(topic.department) : undefined,
      },
    });
    tally.created += 1;
    return created.documentId;
  };

  for (const [index, section] of TOPICS.entries()) {
    const sectionId = await ensure(section, index + 1);
    for (const [childIndex, child] of (section.children ?? []).entries()) {
      await ensure(child, childIndex + 1, sectionId);
    }
  }
  return tally;
}

async function ensureQuotas(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const existing: Array<{ unitKind: string; metric: string; period: string; unit: unknown }> = await strapi.db
    .query(QUOTA)
    .findMany({ select: ['unitKind', 'metric', 'period'], populate: { unit: { select: ['id'] } } });
  // Only kind-wide policies count here: a unit's override is a different policy.
  const key = (q: { unitKind: string; metric: string; period: string }) => `${q.unitKind}/${q.metric}/${q.period}`;
  const present = new Set(existing.filter((q) => !q.unit).map(key));
  for (const quota of DEFAULT_QUOTAS) {
    if (present.has(key(quota))) {
      tally.kept += 1;
      continue;
    }
    await strapi.documents(QUOTA).create({ data: { ...quota } });
    tally.created += 1;
  }
  return tally;
}

/** The deadline of each waiting state (shared/deadlines.ts), for the states that have no row yet. */
async function ensureDeadlines(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const existing: Array<{ state: string }> = await strapi.db.query(DEADLINE_POLICY).findMany({ select: ['state'] });
  const present = new Set(existing.map((row) => row.state));
  for (const deadline of DEFAULT_DEADLINES) {
    if (present.has(deadline.state)) {
      tally.kept += 1;
      continue;
    }
    await strapi.documents(DEADLINE_POLICY).create({ data: { ...deadline } });
    tally.created += 1;
  }
  return tally;
}

/** The categories of a return or an unpublish (shared/reason-categories.ts), for the codes that have no row yet. */
async function ensureReasonCategories(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const existing: Array<{ code: string }> = await strapi.db.query(REASON_CATEGORY).findMany({ select: ['code'] });
  const present = new Set(existing.map((row) => row.code));
  for (const category of DEFAULT_REASON_CATEGORIES) {
    if (present.has(category.code)) {
      tally.kept += 1;
      continue;
    }
    await strapi.documents(REASON_CATEGORY).create({ data: { ...category, active: true } });
    tally.created += 1;
  }
  return tally;
}
