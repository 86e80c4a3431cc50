import type { Core } from '@strapi/strapi';
import { ensureUnits, seedReference, unitIdsByCode, type Log, type SeedReport, type SeedTally } from './reference';
import { adminRoleIdsByCode } from './admin-roles';
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, DEMO_CONTACTS, DEMO_ITEMS, DEMO_SINGLE_HANDED_UNITS, DEMO_UNITS, type DemoAccount } from './data/demo';
import { pathTo, type WorkflowAction, type WorkflowRole } from '../plugins/editorial-workflow/shared/state-machine';
import type { Actor } from '../plugins/editorial-workflow/server/src/services/item-state';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { ARTICLE, OPINION_REPORT as REPORT, PERSON, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { SO_DEPARTMENTS } from './data/units';
import { monthKey } from '../utils/vietnam-time';
import { ensureDemoComments } from './demo-comments';
import { ensureDemoDeadlineAlerts } from './demo-deadline-alerts';
import { ensureDemoOverview } from './demo-overview';
import { editorCorrects } from './demo-snapshots';
import { ensureDemoDelegations } from './demo-delegations';
import { ensureDemoCorrections } from './demo-corrections';
import { ensureDemoConcerns } from './demo-concerns';
import { ensureDemoResponses } from './demo-responses';
import { ensureDemoReportReceipts } from './demo-report-receipts';
import { ensureDemoConcernEvidence } from './demo-concern-evidence';
import { ensureDemoGuidance } from './demo-guidance';
import { ensureDemoCalendar } from './demo-calendar';
import { ensureDemoPlanLines } from './demo-plan-lines';
import { ensureDemoCommScripts } from './demo-comm-scripts';
import { ensureDemoUnitPlans } from './demo-unit-plans';
import { ensureDemoAssignments } from './demo-assignments';
import { ensureDemoPressContacts } from './demo-press-contacts';
import { ensureDemoPortal } from './demo-portal';
import { ensureDemoItemChannels } from './demo-item-channels';
import { ensureDemoChannels } from './demo-channels';
import { ensureDemoPressDesk } from './demo-press-desk';
import { ensureDemoFeedback } from './demo-feedback';
import { ensureDemoItemAttachments } from './demo-item-attachments';
import { ensureDemoConsultations } from './demo-consultations';
import { withoutDeliveries } from '../plugins/editorial-workflow/server/src/channels/muted';

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
  // The demo's publications are history: where they went is written by its own records, not delivered live (channels/muted.ts).
  return withoutDeliveries(() => seedDemoHistory(strapi, options));
}

async function seedDemoHistory(strapi: Core.Strapi, options: DemoOptions): Promise<SeedReport> {
  const { password = DEFAULT_DEMO_PASSWORD, log = () => {}, now = new Date() } = options;
  const report = await seedReference(strapi, log);
  const demo: SeedReport = {
    'demo units': await ensureUnits(strapi, DEMO_UNITS),
    'demo accounts': await ensureAccounts(strapi, password),
  };
  const units = await unitIdsByCode(strapi, [...DEMO_UNITS, ...SO_DEPARTMENTS].map((unit) => unit.code));
  demo['demo single-handed units'] = await ensureSingleHandedUnits(strapi);
  demo['demo unit contacts'] = await ensureContacts(strapi);
  demo['demo items'] = await ensureItems(strapi, units, now);
  demo['demo reports'] = await ensureReports(strapi, units, now);
  demo['demo overview (a year ago, this month)'] = await ensureDemoOverview(strapi, units, now);
  demo['demo comments'] = await ensureDemoComments(strapi);
  demo['demo deadline alerts'] = await ensureDemoDeadlineAlerts(strapi, now);
  demo['demo delegations'] = await ensureDemoDelegations(strapi, now);
  demo['demo corrections'] = await ensureDemoCorrections(strapi, now);
  demo['demo concerns (Dư luận & sự cố)'] = await ensureDemoConcerns(strapi, now);
  demo['demo official responses'] = await ensureDemoResponses(strapi, now);
  demo['demo opinion reports received by the Office'] = await ensureDemoReportReceipts(strapi, now);
  demo['demo concern evidence (screenshot, units changed)'] = await ensureDemoConcernEvidence(strapi);
  demo['demo guidance (read by one unit, not by the others)'] = await ensureDemoGuidance(strapi);
  demo['demo calendar event (today)'] = await ensureDemoCalendar(strapi, now);
  demo['demo items tagged with lines of the plan'] = await ensureDemoPlanLines(strapi);
  demo['demo video links and documents on published items'] = await ensureDemoItemAttachments(strapi);
  demo['demo communication script (with milestones, a linked item)'] = await ensureDemoCommScripts(strapi, now);
  demo['demo unit plans (due date, on time, late, missing)'] = await ensureDemoUnitPlans(strapi, now);
  demo['demo events and assignments (giao viết bài)'] = await ensureDemoAssignments(strapi, now);
  demo['demo press contacts (Danh sách báo chí)'] = await ensureDemoPressContacts(strapi);
  demo['demo provincial portal feed entries'] = await ensureDemoPortal(strapi, now);
  demo['demo channels where published items went (fanpage, portal, press)'] = await ensureDemoItemChannels(strapi);
  demo['demo channel deliveries (sent, failed, waiting, cancelled)'] = await ensureDemoChannels(strapi, now);
  demo['demo press desk (spokespeople, information requests, press inquiries)'] = await ensureDemoPressDesk(strapi, now);
  demo['demo consultations on drafts (one open, one closed) with public comments'] = await ensureDemoConsultations(strapi, now);
  demo['demo feedback on a consultation (classified, merged, answered, summary written)'] = await ensureDemoFeedback(strapi, now);
  for (const [what, { created, kept }] of Object.entries(demo)) {
    log(`  ${what}: ${created} created, ${kept} already there`);
  }
  return { ...report, ...demo };
}

/**
 * The association too small for four people: the administrator let it run a round single-handed,
 * so the setting and its audit entry are there to see. Set once; a unit already set is kept.
 */
async function ensureSingleHandedUnits(strapi: Core.Strapi): Promise<SeedTally> {
  const tally = { created: 0, kept: 0 };
  for (const code of DEMO_SINGLE_HANDED_UNITS) {
    const unit = await strapi.db.query(UNIT).findOne({ where: { code }, select: ['documentId', 'allowSingleHandedRounds'] });
    if (!unit) continue;
    if (unit.allowSingleHandedRounds === true) {
      tally.kept += 1;
      continue;
    }
    await strapi.documents(UNIT).update({ documentId: unit.documentId, data: { allowSingleHandedRounds: true } as never });
    tally.created += 1;
  }
  return tally;
}

const WORKFLOW_ROLE_OF: Record<string, WorkflowRole> = {
  'newsroom-author': 'author',
  'newsroom-editor': 'editor',
  'newsroom-head': 'head',
  'newsroom-publisher': 'publisher',
};

/** The interface language of the demo accounts: the newsroom works in Vietnamese. */
export const DEMO_INTERFACE_LANGUAGE = 'vi';

async function ensureAccounts(strapi: Core.Strapi, password: string): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const users = strapi.service('admin::user');
  const roles = await adminRoleIdsByCode(strapi);
  for (const account of DEMO_ACCOUNTS) {
    let user = await strapi.db.query('admin::user').findOne({ where: { email: account.email }, select: ['id'] });
    if (user) {
      tally.kept += 1;
    } else {
      const role = roles.get(account.role);
      if (!role) throw new Error(`Admin role ${account.role} is missing: run the reference seed first.`);
      const extra = (account.extraRoles ?? []).map((code) => roles.get(code));
      if (extra.some((id) => id === undefined)) throw new Error(`An admin role of ${account.email} is missing: run the reference seed first.`);
      user = await users.create({
        email: account.email,
        firstname: account.firstname,
        lastname: account.lastname,
        password,
        isActive: true,
        roles: [role, ...extra],
        // The panel opens in Vietnamese for them (Strapi applies it at log-in).
        preferedLanguage: DEMO_INTERFACE_LANGUAGE,
      });
      tally.created += 1;
    }
    await linkToUnits(strapi, user.id, account);
    await ensurePerson(strapi, user.id, account);
  }
  return tally;
}

/** The phone and position the directory shows; a record already there is kept. */
async function ensurePerson(strapi: Core.Strapi, userId: number, account: DemoAccount): Promise<void> {
  if (!account.phone && !account.position) return;
  if (await strapi.db.query(PERSON).findOne({ where: { userId }, select: ['id'] })) return;
  await strapi.db.query(PERSON).create({ data: { userId, phone: account.phone ?? null, position: account.position ?? null } });
}

/** The units' contact officials; a unit whose contact someone already named is kept. */
async function ensureContacts(strapi: Core.Strapi): Promise<SeedTally> {
  const tally = { created: 0, kept: 0 };
  for (const [code, contact] of Object.entries(DEMO_CONTACTS)) {
    const unit = await strapi.db.query(UNIT).findOne({ where: { code }, select: ['documentId', 'contactName'] });
    if (!unit) continue;
    if (unit.contactName) {
      tally.kept += 1;
      continue;
    }
    await strapi.documents(UNIT).update({ documentId: unit.documentId, data: contact as never });
    tally.created += 1;
  }
  return tally;
}

/** The account's workflow memberships (adding one that exists changes nothing). */
async function linkToUnits(strapi: Core.Strapi, userId: number, account: DemoAccount): Promise<void> {
  const role = WORKFLOW_ROLE_OF[account.role];
  const grants = [...(role && account.units ? [{ role, units: account.units }] : []), ...(account.memberships ?? [])];
  const membership = getService(strapi, 'membership');
  for (const grant of grants) {
    for (const code of grant.units) {
      const unit = await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] });
      if (unit) await membership.add({ userId, unitId: unit.id, role: grant.role });
    }
  }
}

/** How far each demo item goes; one in three is published, the others show every other stage. */
const STAGES: DemoStage[] = ['in_review', 'awaiting_approval', 'draft', 'returned', 'approved', 'unpublished', 'scheduled'];
type DemoStage = 'draft' | 'in_review' | 'awaiting_approval' | 'approved' | 'returned' | 'published' | 'unpublished' | 'scheduled';

/** The reasons the demo's returns and unpublishes give (the workflow requires one). */
const REASONS: Partial<Record<WorkflowAction, string>> = {
  return: 'Đề nghị bổ sung ảnh minh hoạ và ghi rõ thời gian, địa điểm sự kiện.',
  unpublish: 'Gỡ để cập nhật số liệu theo báo cáo chính thức của Sở.',
};
/** The categories of those reasons (shared/reason-categories.ts), cycled over the demo's returns so the statistics count several. */
const REASON_CATEGORIES: Partial<Record<WorkflowAction, string[]>> = {
  return: ['form', 'facts', 'not-our-field', 'form', 'sensitive'],
  unpublish: ['facts'],
};

/**
 * Hours the demo's departments take to review (submit → forward) and to approve (forward → approve),
 * by item: within the hour, after a night, over a weekend, so that "Thời gian xử lý và tồn đọng" on
 * the statistics page shows spread figures at first start. At most 42 hours together: a published
 * demo item still goes out on its publishedAt, two days after it was written, and the publisher's
 * time (approval → publication) spreads too.
 */
const STEP_HOURS: ReadonlyArray<[review: number, approval: number]> = [
  [1, 2],
  [3, 5],
  [6, 17],
  [20, 4],
  [2, 26],
  [9, 30],
  [1, 40],
  [4, 8],
];

/**
 * Deterministic spread over the last 8 weeks, newest first, by the units that have a demo author.
 * Items move through the real workflow, as the demo accounts, on back-dated clocks: nothing is
 * published that the head of its department did not approve, even in the demo.
 */
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
  const desk = await demoDesk(strapi);
  const authored = new Set(DEMO_ACCOUNTS.filter((account) => account.role === 'newsroom-author').flatMap((account) => account.units ?? []));
  const writers = DEMO_UNITS.filter((unit) => authored.has(unit.code));
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');

  let unpublishedStages = 0;
  let endGiven = false;
  let corrected = false;
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
        channelPortal: i % 2 === 0,
        channelPress: i % 5 === 0,
      },
    });
    const documentId = created.documentId;
    const writtenAt = new Date(now.getTime() - (i * 56 * DAY) / DEMO_ITEM_COUNT - (i % 5) * 3_600_000);
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId }, data: { createdAt: writtenAt, updatedAt: writtenAt } });

    const publishedAt = new Date(writtenAt.getTime() + 2 * DAY);
    const stage: DemoStage =
      i % 3 === 0 && publishedAt < now ? 'published' : STAGES[unpublishedStages++ % STAGES.length];
    let last = writtenAt;
    for (const { action, role } of pathTo(stage === 'scheduled' ? 'published' : stage)) {
      const comment = REASONS[action];
      // Steps an hour apart after writing, the department's review and approval as long as STEP_HOURS
      // says, the publish on publishedAt, never in the future.
      const hours = action === 'forward' ? STEP_HOURS[i % STEP_HOURS.length][0] : action === 'approve' ? STEP_HOURS[i % STEP_HOURS.length][1] : 1;
      const at = action === 'publish' && publishedAt > last ? publishedAt : new Date(last.getTime() + hours * 3_600_000);
      const clock = at > now ? now : at;
      last = clock;
      const actor = role === 'author' ? desk.authorOf.get(unit.code)! : desk[role];
      const schedule = stage === 'scheduled' && action === 'publish' ? { publishAt: new Date(now.getTime() + DAY) } : {};
      // The first item published now is an announcement with an end: it comes down by itself in 60 days.
      const end = stage === 'published' && action === 'publish' && !endGiven ? { unpublishAt: new Date(now.getTime() + 60 * DAY) } : {};
      if ('unpublishAt' in end) endGiven = true;
      const categories = REASON_CATEGORIES[action];
      const reason = categories ? { reasonCategory: categories[i % categories.length] } : {};
      // One item awaiting approval carries an editor's correction: its snapshots differ (demo-snapshots.ts).
      if (action === 'forward' && stage === 'awaiting_approval' && !corrected) {
        await editorCorrects(strapi, documentId);
        corrected = true;
      }
      const { version } = await itemState.recordOf(documentId);
      await workflow.transition({ documentId, action, expectedVersion: version, comment, ...schedule, ...end, ...reason }, actor, { now: clock });
    }
    if (stage === 'published') {
      await strapi.db.query(ARTICLE).updateMany({
        where: { documentId, publishedAt: { $notNull: true } },
        data: { publishedAt, createdAt: writtenAt, updatedAt: publishedAt },
      });
    }
  }
  return { created: DEMO_ITEM_COUNT, kept: 0 };
}

/** The demo account acting in each workflow role; authors by the unit they write for. */
export async function demoDesk(strapi: Core.Strapi): Promise<Record<WorkflowRole, Actor> & { authorOf: Map<string, Actor> }> {
  const desk = { authorOf: new Map<string, Actor>() } as Record<WorkflowRole, Actor> & { authorOf: Map<string, Actor> };
  for (const account of DEMO_ACCOUNTS) {
    const role = WORKFLOW_ROLE_OF[account.role];
    if (!role) continue;
    const user = await strapi.db.query('admin::user').findOne({ where: { email: account.email }, select: ['id'] });
    const actor = { id: user.id, name: `${account.firstname} ${account.lastname}` };
    desk[role] ??= actor;
    if (role === 'author') for (const code of account.units ?? []) desk.authorOf.set(code, actor);
  }
  return desk;
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
