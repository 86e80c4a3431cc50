import type { Core } from '@strapi/strapi';
import { ensureUnits, seedReference, unitIdsByCode, type Log, type SeedReport, type SeedTally } from './reference';
import { adminRoleIdsByCode } from './admin-roles';
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, DEMO_ITEMS, DEMO_UNITS } from './data/demo';
import { SO_DEPARTMENTS } from './data/units';
import { monthKey } from '../utils/vietnam-time';

const ARTICLE = 'api::article.article';
const REPORT = 'api::opinion-report.opinion-report';
const TOPIC = 'api::topic.topic';
const DAY = 24 * 60 * 60 * 1000;

export const DEMO_ITEM_COUNT = 36;

export interface DemoOptions {
  password?: string;
  log?: Log;
  now?: Date;
}

export function assertNotProduction(): void {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Dữ liệu mẫu không được tạo khi NODE_ENV=production (demo data is refused in production).');
  }
}

/**
 * Demo data on top of the reference data: units of every kind, one admin account per role, a few
 * dozen items over the last 8 weeks and monthly reports (on time, late, missing). Idempotent:
 * units and accounts are created when missing; items and reports only when no demo unit has any.
 */
export async function seedDemo(strapi: Core.Strapi, options: DemoOptions = {}): Promise<SeedReport> {
  assertNotProduction();
  const { password = DEFAULT_DEMO_PASSWORD, log = () => {}, now = new Date() } = options;
  const report = await seedReference(strapi, log);
  const demo: SeedReport = {
    'demo units': await ensureUnits(strapi, DEMO_UNITS),
    'demo accounts': await ensureAccounts(strapi, password),
  };
  const units = await unitIdsByCode(strapi, [...DEMO_UNITS, ...SO_DEPARTMENTS].map((unit) => unit.code));
  demo['demo items'] = await ensureItems(strapi, units, now);
  demo['demo reports'] = await ensureReports(strapi, units, now);
  for (const [what, { created, kept }] of Object.entries(demo)) {
    log(`  ${what}: ${created} created, ${kept} already there`);
  }
  return { ...report, ...demo };
}

async function ensureAccounts(strapi: Core.Strapi, password: string): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const users = strapi.service('admin::user');
  const roles = await adminRoleIdsByCode(strapi);
  for (const account of DEMO_ACCOUNTS) {
    if (await users.exists({ email: account.email })) {
      tally.kept += 1;
      continue;
    }
    const role = roles.get(account.role);
    if (!role) throw new Error(`Admin role ${account.role} is missing: run the reference seed first.`);
    await users.create({
      email: account.email,
      firstname: account.firstname,
      lastname: account.lastname,
      password,
      isActive: true,
      roles: [role],
    });
    tally.created += 1;
  }
  return tally;
}

/** Deterministic spread over the last 8 weeks, newest first; every third item is published. */
async function ensureItems(strapi: Core.Strapi, units: Map<string, string>, now: Date): Promise<SeedTally> {
  const demoUnitIds = DEMO_UNITS.map((unit) => units.get(unit.code)).filter(Boolean) as string[];
  // Every item has a draft row (a published one has a second row): count drafts to count items.
  const existing = await strapi.db
    .query(ARTICLE)
    .count({ where: { publishedAt: null, unit: { documentId: { $in: demoUnitIds } } } });
  if (existing > 0) return { created: 0, kept: existing };

  const topicRows: Array<{ code: string; documentId: string }> = await strapi.db
    .query(TOPIC)
    .findMany({ select: ['code', 'documentId'] });
  const topics = new Map(topicRows.map((row) => [row.code, row.documentId]));
  const writers = [...DEMO_UNITS, ...SO_DEPARTMENTS.filter((unit) => unit.code !== 'SGD-QLCL')];

  for (let i = 0; i < DEMO_ITEM_COUNT; i += 1) {
    const unit = writers[i % writers.length];
    const template = DEMO_ITEMS[(i * 5) % DEMO_ITEMS.length];
    const title = template.title.replace('{unit}', unit.name);
    const created = await strapi.documents(ARTICLE).create({
      data: {
        title,
        summary: template.summary,
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: template.summary }] },
          { type: 'paragraph', children: [{ type: 'text', text: `Tin: ${unit.name}. Đây là dữ liệu mẫu để thử hệ thống.` }] },
        ],
        kind: template.kind,
        unit: units.get(unit.code),
        topics: template.topics.map((code) => topics.get(code)).filter(Boolean) as string[],
        byline: unit.name,
        channelWebsite: true,
        channelFanpage: i % 4 === 0,
      },
    });
    const writtenAt = new Date(now.getTime() - (i * 56 * DAY) / DEMO_ITEM_COUNT - (i % 5) * 3_600_000);
    await strapi.db.query(ARTICLE).updateMany({
      where: { documentId: created.documentId },
      data: { createdAt: writtenAt, updatedAt: writtenAt },
    });
    const publishedAt = new Date(writtenAt.getTime() + 2 * DAY);
    if (i % 3 === 0 && publishedAt < now) {
      await strapi.documents(ARTICLE).publish({ documentId: created.documentId });
      await strapi.db.query(ARTICLE).updateMany({
        where: { documentId: created.documentId, publishedAt: { $notNull: true } },
        data: { publishedAt, createdAt: writtenAt, updatedAt: publishedAt },
      });
    }
  }
  return { created: DEMO_ITEM_COUNT, kept: 0 };
}

/**
 * Reports for the last two months of the commune and affiliated demo units: one unit in three
 * files on time, one files last month late (on the 22nd), one has not filed last month at all.
 */
async function ensureReports(strapi: Core.Strapi, units: Map<string, string>, now: Date): Promise<SeedTally> {
  const filers = DEMO_UNITS.filter((unit) => unit.kind === 'commune-culture' || unit.kind === 'affiliated');
  const ids = filers.map((unit) => units.get(unit.code)).filter(Boolean) as string[];
  const existing = await strapi.db.query(REPORT).count({ where: { unit: { documentId: { $in: ids } } } });
  if (existing > 0) return { created: 0, kept: existing };

  let created = 0;
  for (const [index, unit] of filers.entries()) {
    for (const monthsAgo of [1, 2]) {
      const pattern = index % 3;
      if (pattern === 2 && monthsAgo === 1) continue; // missing
      const day = pattern === 1 && monthsAgo === 1 ? 22 : 10 + index;
      const { period, submittedAt } = dayInPastMonth(now, monthsAgo, day);
      const report = await strapi.documents(REPORT).create({
        data: {
          unit: units.get(unit.code),
          period,
          concerns: 'Phụ huynh quan tâm đến các khoản thu đầu năm học và việc dạy thêm, học thêm.',
          handling: 'Đơn vị đã công khai các khoản thu, tổ chức họp phụ huynh và giải đáp trực tiếp.',
        },
      });
      await strapi.db.query(REPORT).updateMany({ where: { documentId: report.documentId }, data: { submittedAt } });
      created += 1;
    }
  }
  return { created, kept: 0 };
}

/** 09:00 Vietnam time on `day` of the month `monthsAgo` before `now`'s month in Vietnam. */
function dayInPastMonth(now: Date, monthsAgo: number, day: number): { period: string; submittedAt: Date } {
  const [year, month] = monthKey(now).split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - monthsAgo, 1));
  const submittedAt = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day, 2, 0, 0)); // 09:00 UTC+7
  return { period: monthKey(submittedAt), submittedAt };
}
