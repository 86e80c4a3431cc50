import request from 'supertest';
import { startStrapi, type TestApp } from '../harness/strapi';
import { seedReference, unitIdsByCode } from '../../src/seed/reference';
import { createSuperAdmin, connect, contentManager } from '../harness/http';
import { newsroomUser } from '../harness/workflow';
import { ADMIN_USER, ARTICLE, AUDIT_ENTRY, COMMENT, ITEM_SNAPSHOT, ITEM_STATE, MEDIA_ASSET, MEMBERSHIP, NOTIFICATION, TOPIC, TRANSITION, UNIT, CONCERN, CONCERN_LINK, CONCERN_SCREENSHOT, COMM_SCRIPT, SCRIPT_ITEM, UNIT_PLAN, UNIT_PLAN_DEADLINE, PLAN_EVENT, ASSIGNMENT, ASSIGNMENT_TARGET, PORTAL_ENTRY, PRESS_CONTACT, PRESS_SENDING, CHANNEL_DELIVERY, ITEM_CHANNEL, FANPAGE_SETTING, INFO_REQUEST, SPOKESPERSON, PRESS_INQUIRY, CONSULTATION, PUBLIC_COMMENT, SPENT_FORM_TOKEN, FEEDBACK_SUMMARY } from '../../src/plugins/editorial-workflow/shared/uids';
import { SEND_DRAFTS_TABLE } from '../../src/plugins/editorial-workflow/shared/contracts/send-app';

/**
 * The tables whose rows the fuzz counts before and after each batch: a refused request changes none.
 * A feature with a table of its own adds it here.
 */
const TABLES = [ARTICLE, ITEM_STATE, TRANSITION, ITEM_SNAPSHOT, MEMBERSHIP, NOTIFICATION, COMMENT, UNIT, TOPIC, MEDIA_ASSET, ADMIN_USER, CONCERN, CONCERN_LINK, CONCERN_SCREENSHOT, COMM_SCRIPT, SCRIPT_ITEM, UNIT_PLAN, UNIT_PLAN_DEADLINE, 'plugin::users-permissions.user', PLAN_EVENT, ASSIGNMENT, ASSIGNMENT_TARGET, PORTAL_ENTRY, PRESS_CONTACT, PRESS_SENDING, CHANNEL_DELIVERY, ITEM_CHANNEL, FANPAGE_SETTING, INFO_REQUEST, SPOKESPERSON, PRESS_INQUIRY, CONSULTATION, PUBLIC_COMMENT, SPENT_FORM_TOKEN, FEEDBACK_SUMMARY];

/** The query spellings of badQueries() that put a list or an object where a value belongs. */
export const STRUCTURED = new Set([0, 1, 2, 3, 6]);
export const structured = (value: unknown) => value !== null && typeof value === 'object';

export interface FuzzApp {
  app: TestApp;
  /** The super admin's token. */
  root: string;
  /** An author's token, whose draft `documentId` is. */
  author: string;
  documentId: string;
  membershipId: number;
  /** Every failure, collected, so that one run shows them all. */
  problems: string[];
  snapshot(): Promise<Record<string, unknown>>;
  check(what: string, res: request.Response, mustRefuse?: boolean): void;
  /** A plugin path with its parameters filled (the author's item and membership unless given). */
  pathOf(path: string, params?: Record<string, string>): string;
}

/**
 * One booted Strapi for a fuzz suite file (the fuzz is split in several files so that the two
 * suites CI runs side by side share the work evenly): the reference data, a super admin, an author
 * with one draft, and the checks every probe goes through.
 */
export function fuzzApp(): FuzzApp {
  const fuzz = { problems: [] as string[] } as FuzzApp;

  fuzz.snapshot = async () => {
    const { app, documentId } = fuzz;
    const counts: Record<string, unknown> = {};
    for (const uid of [...TABLES, AUDIT_ENTRY]) if (app.strapi.contentTypes[uid as never]) counts[uid] = await app.strapi.db.query(uid as never).count();
    // The phone app's client keys (a table of its own, no content type).
    counts[SEND_DRAFTS_TABLE] = (await app.strapi.db.connection(SEND_DRAFTS_TABLE).count({ n: '*' }))[0].n;
    counts.item = await app.strapi.db.query(ITEM_STATE).findOne({ where: { documentId } });
    counts.draft = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null }, select: ['title', 'summary', 'updatedAt'] });
    counts.memberships = await app.strapi.db.query(MEMBERSHIP).findMany({ orderBy: { id: 'asc' } });
    counts.polluted = ({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).x;
    return counts;
  };

  /**
   * Never a 5xx; a refusal says why; and where the endpoint reads the field, a list or an object in
   * place of its value is refused. (A read may ignore a parameter it does not take, or find nothing
   * for a well-typed odd value: that is a 200 and harmless; writes are held by the snapshot.)
   */
  fuzz.check = (what, res, mustRefuse = false) => {
    const explained = res.status === 404 || res.status === 405 || typeof res.body?.error?.message === 'string' || res.status < 400;
    const ok = res.status < 500 && explained && (!mustRefuse || res.status >= 400);
    if (!ok) fuzz.problems.push(`${what} → ${res.status} ${res.text.slice(0, 200)}`);
  };

  fuzz.pathOf = (path, params = {}) =>
    `/editorial-workflow${path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? (name === 'documentId' ? fuzz.documentId : String(fuzz.membershipId)))}`;

  beforeAll(async () => {
    Object.assign(process.env, { PUBLIC_API_RATE_LIMIT: '0' });
    fuzz.app = await startStrapi();
    await seedReference(fuzz.app.strapi);
    fuzz.root = await createSuperAdmin(fuzz.app);
    const person = await newsroomUser(fuzz.app, 'author@test.local', 'author', ['SGD-GDPT']);
    fuzz.author = person.token;
    const unit = (await unitIdsByCode(fuzz.app.strapi, ['SGD-GDPT'])).get('SGD-GDPT')!;
    const created = await contentManager(fuzz.app, fuzz.author).create(ARTICLE, { title: 'Tin thử', kind: 'news', unit: connect(unit) });
    expect(created.status).toBe(201);
    fuzz.documentId = created.body.data.documentId;
    fuzz.membershipId = (await fuzz.app.strapi.db.query(MEMBERSHIP).findOne({ where: { userId: person.id } }))!.id;
  }, 300_000);

  afterAll(() => fuzz.app?.stop());

  return fuzz;
}
