import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { keysIn } from './harness/json';
import { seedDemo } from '../src/seed/demo';
import { GUIDANCE_NOTE, GUIDANCE_RECIPIENT } from '../src/plugins/editorial-workflow/server/src/guidance/content-type';
import { CALENDAR_FEED_TOKEN } from '../src/plugins/editorial-workflow/server/src/calendar-feed/content-type';
import { ARTICLE, COMMENT, CONCERN, CONCERN_ENTRY, CONCERN_LINK, CONCERN_SCREENSHOT, CORRECTION, OPINION_REPORT, DEADLINE_POLICY, DELEGATION, ITEM_SNAPSHOT, REASON_CATEGORY, REPORT_SETTING, UNIT, UPLOAD_FILE, WORKING_CALENDAR_DAY, COMM_SCRIPT, SCRIPT_ITEM, UNIT_PLAN, UNIT_PLAN_DEADLINE, PLAN_EVENT, ASSIGNMENT, ASSIGNMENT_TARGET, INFO_REQUEST, PRESS_INQUIRY, SPOKESPERSON } from '../src/plugins/editorial-workflow/shared/uids';

const PRIVATE_KEYS = ['contactEmail', 'contactName', 'contactPosition', 'contactPhone', 'phone', 'allowSingleHandedRounds', 'createdBy', 'updatedBy', 'password', 'email', 'resetPasswordToken'];

describe('the public role: units and topics, no private field (items and media: tests/public-api.test.ts)', () => {
  let app: TestApp;
  const get = (path: string, query: Record<string, unknown> = {}) => request(app.server).get(path).query(query);

  beforeAll(async () => {
    app = await startStrapi();
    await seedDemo(app.strapi);
  });

  afterAll(() => app?.stop());

  it('lists units with name, code and kind, and no private field', async () => {
    const res = await get('/api/units', { pageSize: 100 });
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(10);
    expect(res.body.data[0]).toEqual(expect.objectContaining({ name: expect.any(String), code: expect.any(String), kind: expect.any(String) }));
    const keys = keysIn(res.body);
    for (const key of PRIVATE_KEYS) expect(keys.has(key)).toBe(false);
  });

  it('shows no private field through populate, fields or a single unit', async () => {
    // A unit with a default department: a populate that went through would reach another unit's fields.
    const unit = await app.strapi.db.query(UNIT).findOne({ select: ['documentId'], where: { defaultDepartment: { id: { $notNull: true } } } });
    const paths = ['/api/units', `/api/units/${unit.documentId}`, '/api/topics'];
    // What each probe gets, path by path. The lists (/api/units, /api/topics: src/public-api's own
    // routes) refuse a parameter they do not take with a 400. Strapi's findOne of a unit refuses a
    // private field by name (400 "Invalid key contactEmail") and answers a populate with the unit
    // alone (200).
    const probes: Array<[query: Record<string, unknown>, statuses: [list: number, single: number, topics: number]]> = [
      [{ populate: '*' }, [400, 200, 400]],
      [{ populate: { defaultDepartment: { populate: '*' } } }, [400, 200, 400]],
      [{ 'fields[0]': 'contactEmail' }, [400, 400, 400]],
      [{ 'fields[0]': 'contactPhone' }, [400, 400, 400]],
      [{ 'populate[defaultDepartment][fields][0]': 'contactEmail' }, [400, 400, 400]],
    ];
    for (const [query, statuses] of probes) {
      for (const [i, path] of paths.entries()) {
        const res = await get(path, query);
        expect({ path, query, status: res.status }).toEqual({ path, query, status: statuses[i] });
        if (res.status === 200) expect({ path, query, documentId: res.body.data?.documentId }).toEqual({ path, query, documentId: unit.documentId });
        const keys = keysIn(res.body.data ?? {});
        for (const key of PRIVATE_KEYS) expect({ path, query, leaked: keys.has(key) }).toEqual({ path, query, leaked: false });
      }
    }
  });

  it('does not answer filters on private fields as an oracle', async () => {
    const known = 'vhxh.muongphang@demo.local';
    const filtered = async (value: string) => {
      const res = await get('/api/units', { 'filters[contactEmail][$eq]': value, 'pagination[pageSize]': 100 });
      return { status: res.status, count: res.body.data?.length ?? null };
    };
    const hit = await filtered(known);
    const miss = await filtered('nobody@nowhere.invalid');
    // The list takes no filter at all: refused (400) whatever the value, so the answer says nothing.
    expect(hit).toEqual({ status: 400, count: null });
    expect(hit).toEqual(miss);

    const viaRelation = async (value: string) =>
      (await get('/api/topics', { 'filters[department][contactEmail][$eq]': value })).status;
    expect(await viaRelation(known)).toBe(await viaRelation('x@y.z'));
    const viaCreator = async (value: string) => (await get('/api/units', { 'filters[createdBy][email][$startsWith]': value })).status;
    expect(await viaCreator('a')).toBe(await viaCreator('zzz'));
    expect(await viaCreator('a')).toBe(400);
  });

  it('reads nothing else: reports, quotas and users are closed (items and media assets are the public API’s)', async () => {
    for (const path of ['/api/opinion-reports', '/api/quota-policies', '/api/users']) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 403 });
    }
  });

  it('never shows the deadlines by working days: the type has no route of the REST API', async () => {
    const policy = await app.strapi.db.query(DEADLINE_POLICY).findOne({ select: ['documentId'] });
    expect(policy).toEqual(expect.objectContaining({ documentId: expect.any(String) }));
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/deadline-policies', {}],
      [`/api/deadline-policies/${policy.documentId}`, {}],
      ['/api/deadline-policy', {}],
      ['/api/articles', { populate: 'deadlinePolicies' }],
      ['/api/units', { 'filters[deadlinePolicies][workingDays][$gt]': 0 }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: [400, 403, 404].includes(res.status) }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: keysIn(res.body ?? {}).has('workingDays') }).toEqual({ path, query, leaked: false });
    }
    expect((await get('/api/deadline-policies')).status).toBe(404);
    // Nor any write: no route takes one (the public API answers 405 to a method it does not serve).
    const before = await app.strapi.db.query(DEADLINE_POLICY).count();
    const post = await request(app.server).post('/api/deadline-policies').send({ data: { state: 'in_review', workingDays: 9 } });
    expect([404, 405]).toContain(post.status);
    expect(await app.strapi.db.query(DEADLINE_POLICY).count()).toBe(before);
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('deadline'))).toEqual([]);
  });

  it('never shows the reason categories nor a reason: the type has no route of the REST API, the history none either', async () => {
    const category = await app.strapi.db.query(REASON_CATEGORY).findOne({ select: ['documentId'] });
    expect(category).toEqual(expect.objectContaining({ documentId: expect.any(String) }));
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/reason-categories', {}],
      [`/api/reason-categories/${category.documentId}`, {}],
      ['/api/reason-category', {}],
      ['/api/articles', { populate: 'reasonCategories' }],
      ['/api/articles', { 'filters[reasonCategory][$eq]': 'facts' }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: [400, 403, 404].includes(res.status) }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: ['reasonCategory', 'label'].some((key) => keysIn(res.body ?? {}).has(key)) }).toEqual({ path, query, leaked: false });
    }
    const before = await app.strapi.db.query(REASON_CATEGORY).count();
    const post = await request(app.server).post('/api/reason-categories').send({ data: { code: 'x', label: 'x' } });
    expect([404, 405]).toContain(post.status);
    expect(await app.strapi.db.query(REASON_CATEGORY).count()).toBe(before);
  });

  it('never shows the periodic reports\' settings (signer, recipients, e-mail day) nor a report: no route of the REST API', async () => {
    expect(await app.strapi.db.query(REPORT_SETTING).count()).toBe(1);
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/report-setting', {}],
      ['/api/report-settings', {}],
      ['/api/articles', { populate: 'reportSetting' }],
      ['/api/reports/file', { period: '2026-11', format: 'docx' }],
      ['/editorial-workflow/reports/file', { period: '2026-11', format: 'docx' }],
      ['/editorial-workflow/reports/figures', { period: '2026-11' }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: [400, 401, 403, 404].includes(res.status) }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: ['sendDay', 'signerName', 'recipients', 'takedowns', 'quotas'].some((key) => keysIn(res.body ?? {}).has(key)) }).toEqual({ path, query, leaked: false });
    }
    const put = await request(app.server).put('/api/report-setting').send({ data: { sendDay: 9 } });
    expect([404, 405]).toContain(put.status);
    expect((await app.strapi.db.query(REPORT_SETTING).findOne({})).sendDay).toBe(3);
  });

  it('never shows the calendar of working days: the type has no route of the REST API', async () => {
    // The reference seed writes no exception (README): one is written here so there is something to leak.
    const day = await app.strapi.documents(WORKING_CALENDAR_DAY).create({ data: { date: '2027-02-10', kind: 'day-off', note: 'Nghỉ thêm dịp Tết (thử)' } });
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/working-calendar-days', {}],
      [`/api/working-calendar-days/${day.documentId}`, {}],
      ['/api/working-calendar-day', {}],
      ['/api/articles', { populate: 'workingCalendarDays' }],
      ['/api/units', { 'filters[workingCalendarDays][kind][$eq]': 'day-off' }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: [400, 403, 404].includes(res.status) }).toEqual({ path, query, status: true });
      const keys = keysIn(res.body ?? {});
      expect({ path, query, leaked: keys.has('kind') && JSON.stringify(res.body).includes('day-off') }).toEqual({ path, query, leaked: false });
      expect({ path, query, leaked: JSON.stringify(res.body ?? {}).includes('2027-02-10') }).toEqual({ path, query, leaked: false });
    }
    expect((await get('/api/working-calendar-days')).status).toBe(404);
    const before = await app.strapi.db.query(WORKING_CALENDAR_DAY).count();
    const post = await request(app.server).post('/api/working-calendar-days').send({ data: { date: '2027-02-13', kind: 'working-day' } });
    expect([404, 405]).toContain(post.status);
    const put = await request(app.server).put(`/api/working-calendar-days/${day.documentId}`).send({ data: { kind: 'working-day' } });
    expect([404, 405]).toContain(put.status);
    expect(await app.strapi.db.query(WORKING_CALENDAR_DAY).count()).toBe(before);
    expect(await app.strapi.db.query(WORKING_CALENDAR_DAY).findOne({ where: { documentId: day.documentId }, select: ['kind'] })).toEqual(expect.objectContaining({ kind: 'day-off' }));
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('working-calendar'))).toEqual([]);
  });

  it('writes nothing', async () => {
    const unit = await app.strapi.db.query(UNIT).findOne({ select: ['documentId'] });
    const before = await app.strapi.db.query(UNIT).count();
    expect((await request(app.server).post('/api/units').send({ data: { name: 'x', code: 'X', kind: 'school' } })).status).toBe(403);
    expect((await request(app.server).put(`/api/units/${unit.documentId}`).send({ data: { name: 'x' } })).status).toBe(403);
    expect((await request(app.server).delete(`/api/units/${unit.documentId}`)).status).toBe(403);
    expect((await request(app.server).post('/api/topics').send({ data: { code: 'XIII', title: 'x' } })).status).toBe(403);
    expect(await app.strapi.db.query(UNIT).count()).toBe(before);
  });

  it('never shows an editorial comment: no route, no populate, no filter, no field reaches one', async () => {
    // The demo seeds a thread with a mention (src/seed/demo-comments.ts): there is something to leak.
    const comment = await app.strapi.db.query(COMMENT).findOne({ where: { parentId: null } });
    expect(comment).toEqual(expect.objectContaining({ body: expect.any(String) }));
    const COMMENT_KEYS = ['itemDocumentId', 'parentId', 'authorId', 'authorName', 'mentions', 'resolvedAt', 'resolvedById', 'resolvedByName', 'reopenedById', 'reopenedByName'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/comments', {}],
      ['/api/editorial-workflow/comments', {}],
      ['/api/ew-comments', {}],
      [`/api/comments/${comment.id}`, {}],
      [`/editorial-workflow/items/${comment.itemDocumentId}/comments`, {}],
      [`/editorial-workflow/items/${comment.itemDocumentId}/comments/mentionable`, {}],
      ['/api/articles', { populate: 'comments' }],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { 'fields[0]': 'authorName' }],
      ['/api/articles', { 'filters[comments][body][$contains]': 'Sapo' }],
      ['/api/articles', { q: comment.body.slice(0, 20) }],
      ['/api/units', { populate: 'comments' }],
      ['/api/topics', { 'filters[comments][mentions][$notNull]': true }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      // Refused, unknown or about something else: never the comment, never a 500.
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: res.text.includes(comment.body) }).toEqual({ path, query, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of COMMENT_KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401.
    expect((await get(`/editorial-workflow/items/${comment.itemDocumentId}/comments`)).status).toBe(401);
    expect((await request(app.server).post(`/editorial-workflow/items/${comment.itemDocumentId}/comments`).send({ body: 'x' })).status).toBe(401);
    // And the public role holds no action on the type.
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('comment'))).toEqual([]);
  });

  it('never shows a snapshot: no route, no populate, no filter reaches its content, hash, actor or approver', async () => {
    // The demo's editor corrected an item in review (src/seed/demo-snapshots.ts): its words exist only in the snapshots and the draft.
    const corrected: Array<{ itemDocumentId: string; hash: string; content: string }> = await app.strapi.db
      .query(ITEM_SNAPSHOT)
      .findMany({ where: { action: 'forward', content: { $contains: 'Nguồn tin:' } }, select: ['itemDocumentId', 'hash', 'content'] });
    expect(corrected).toHaveLength(1);
    const [snapshot] = corrected;
    const published: { hash: string; approvedByName: string } = await app.strapi.db
      .query(ITEM_SNAPSHOT)
      .findOne({ where: { onlineFrom: { $notNull: true } }, select: ['hash', 'approvedByName'] });
    expect(published.approvedByName).toEqual(expect.any(String));
    const SNAPSHOT_KEYS = ['itemDocumentId', 'fromState', 'toState', 'actorName', 'actedAt', 'onlineFrom', 'onlineUntil', 'approvedByName', 'approvedById', 'approvedAt', 'snapshots', 'contentHash', 'approvedHash'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/item-snapshots', {}],
      ['/api/snapshots', {}],
      ['/api/editorial-workflow/item-snapshots', {}],
      ['/api/ew-item-snapshots', {}],
      [`/editorial-workflow/items/${snapshot.itemDocumentId}/snapshots`, {}],
      [`/editorial-workflow/items/${snapshot.itemDocumentId}/snapshots/diff`, { from: 1, to: 'draft' }],
      ['/api/articles', { populate: 'snapshots' }],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { 'fields[0]': 'hash' }],
      ['/api/articles', { 'filters[snapshots][hash][$eq]': snapshot.hash }],
      ['/api/articles', { q: 'Nguồn tin' }],
      ['/api/articles', { pageSize: 100 }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
      ['/api/units', { populate: 'snapshots' }],
      ['/api/topics', { 'filters[snapshots][approvedByName][$notNull]': true }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of ['Nguồn tin:', snapshot.hash, published.hash, published.approvedByName]) {
        expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      }
      const keys = keysIn(res.body ?? {});
      for (const key of SNAPSHOT_KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401.
    expect((await get(`/editorial-workflow/items/${snapshot.itemDocumentId}/snapshots`)).status).toBe(401);
    // And the public role holds no action on the type.
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('snapshot'))).toEqual([]);
  });

  it('never shows the lines of the plan an item is tagged with: no route, no populate, no filter, no field', async () => {
    // The demo tags its published items with lines (src/seed/demo-plan-lines.ts): there is something to leak.
    const tagged = await app.strapi.db.query(ARTICLE).findOne({ where: { publishedAt: { $notNull: true }, planLines: { id: { $notNull: true } } }, populate: { planLines: { select: ['code', 'label', 'text'] } } });
    expect(tagged?.planLines?.length).toBeGreaterThan(0);
    const [line] = tagged.planLines as Array<{ code: string; label: string; text: string }>;
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/plan-lines', {}],
      ['/api/plan-line', {}],
      ['/api/articles', { populate: 'planLines' }],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { 'populate[planLines][fields][0]': 'label' }],
      ['/api/articles', { 'fields[0]': 'planLines' }],
      ['/api/articles', { 'filters[planLines][code][$eq]': line.code }],
      ['/api/articles', { pageSize: 100 }],
      [`/api/articles/${tagged.documentId}`, { populate: 'planLines' }],
      ['/api/topics', { populate: 'planLines' }],
      ['/api/units', { 'filters[planLines][code][$eq]': line.code }],
      ['/api/feed.rss', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: res.text.includes(line.label) || res.text.includes(line.text) }).toEqual({ path, query, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of ['planLines', 'plan_lines', 'form']) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // A filter on the lines narrows nothing: the public API ignores or refuses it, never answers by it.
    const all = await get('/api/articles', {});
    const filtered = await get('/api/articles', { 'filters[planLines][code][$eq]': 'IX.9.9' });
    expect(filtered.status === 400 || filtered.body?.meta?.pagination?.total === all.body?.meta?.pagination?.total).toBe(true);
    expect((await get('/editorial-workflow/plan-coverage')).status).toBe(401);
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('plan-line'))).toEqual([]);
  });

  it('never shows a delegation, nor whom a step was taken on behalf of', async () => {
    // The demo seeds two delegations (src/seed/demo-delegations.ts), one with a note: there is something to leak.
    const delegation = await app.strapi.db.query(DELEGATION).findOne({ where: { note: { $notNull: true } } });
    expect(delegation).toEqual(expect.objectContaining({ note: expect.any(String) }));
    const KEYS = ['delegatorId', 'delegatorName', 'delegateId', 'delegateName', 'startsOn', 'endsOn', 'endedByName', 'onBehalfOfId', 'onBehalfOfName'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/delegations', {}],
      ['/api/editorial-workflow/delegations', {}],
      [`/api/delegations/${delegation.id}`, {}],
      ['/editorial-workflow/delegations', {}],
      ['/editorial-workflow/delegations/candidates', { role: 'head', unitId: delegation.unitId }],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { populate: 'delegations' }],
      ['/api/articles', { 'filters[onBehalfOfName][$notNull]': true }],
      ['/api/units', { populate: 'delegations' }],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: res.text.includes(delegation.note) || res.text.includes(delegation.delegateName) }).toEqual({ path, query, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    expect((await get('/editorial-workflow/delegations')).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/delegations').send({ role: 'head' })).status).toBe(401);
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('delegation'))).toEqual([]);
  });

  it('never shows a concern (Dư luận & sự cố) nor its timeline: no route, no populate, no filter, no field reaches one', async () => {
    // The demo seeds concerns with timelines (src/seed/demo-concerns.ts): there is something to leak.
    const concern = await app.strapi.db.query(CONCERN).findOne({ where: { severity: 'crisis' } });
    expect(concern).toEqual(expect.objectContaining({ title: expect.any(String), description: expect.any(String) }));
    const entry = await app.strapi.db.query(CONCERN_ENTRY).findOne({ where: { concernId: concern.id, kind: 'agreed-message' } });
    expect(entry).toEqual(expect.objectContaining({ body: expect.any(String) }));
    const secrets = [concern.title, concern.description.slice(0, 40), entry.body.slice(0, 40), concern.sourceLinks[0]];
    const KEYS = ['severity', 'severitySince', 'sourceLinks', 'firstSeenAt', 'filingUnitId', 'filerId', 'filerName', 'handlerId', 'handlerName', 'concernId', 'concerns', 'timeline'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/concerns', {}],
      ['/api/concern-entries', {}],
      ['/api/concern-policy', {}],
      ['/api/editorial-workflow/concerns', {}],
      ['/api/ew-concerns', {}],
      [`/api/concerns/${concern.id}`, {}],
      ['/editorial-workflow/concerns', {}],
      [`/editorial-workflow/concerns/${concern.id}`, {}],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { populate: 'concerns' }],
      ['/api/articles', { q: concern.title.slice(0, 20) }],
      ['/api/articles', { 'filters[concerns][title][$notNull]': true }],
      ['/api/units', { populate: '*' }],
      ['/api/units', { populate: 'concerns' }],
      ['/api/units', { 'filters[concerns][severity][$eq]': 'crisis' }],
      ['/api/topics', { populate: '*' }],
      ['/api/topics', { populate: 'concerns' }],
      ['/api/topics', { 'filters[concerns][title][$contains]': concern.title.slice(0, 10) }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401.
    expect((await get('/editorial-workflow/concerns')).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/concerns').send({ title: 'x' })).status).toBe(401);
    expect((await request(app.server).post(`/editorial-workflow/concerns/${concern.id}/timeline`).send({ kind: 'note', text: 'x' })).status).toBe(401);
    // And the public role holds no action on the types.
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('concern'))).toEqual([]);
  });

  it('never shows which concern an item answers: the official response is public, its link and response time are not', async () => {
    // The demo publishes an official response to the crisis (src/seed/demo-responses.ts): there is a link to leak.
    const link = await app.strapi.db.query(CONCERN_LINK).findOne({ where: { purpose: 'response' } });
    expect(link).toEqual(expect.objectContaining({ concernId: expect.any(Number), itemDocumentId: expect.any(String) }));
    const concern = await app.strapi.db.query(CONCERN).findOne({ where: { id: link.concernId } });
    const online = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: link.itemDocumentId, publishedAt: { $notNull: true } } });
    expect(online).toEqual(expect.objectContaining({ kind: 'response' }));
    const secrets = [concern.title, concern.description.slice(0, 40), link.pairKey, link.linkedByName];
    const KEYS = ['concernId', 'concern', 'concerns', 'pairKey', 'linkedById', 'linkedByName', 'purpose', 'responseMinutes', 'firstResponseAt', 'lane'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/concern-links', {}],
      ['/api/ew-concern-links', {}],
      [`/editorial-workflow/concerns/${concern.id}/links`, {}],
      ['/editorial-workflow/concern-link-candidates', { q: online.title.slice(0, 10) }],
      ['/api/articles', { kind: 'response' }],
      ['/api/articles', { kind: 'response', populate: '*' }],
      ['/api/articles', { populate: 'concern' }],
      ['/api/articles', { 'filters[concern][id][$eq]': concern.id }],
      [`/api/articles/${online.documentId}`, { populate: '*' }],
      ['/api/feed.rss', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The statement itself is public: the site lists it under its kind.
    const listed = await get('/api/articles', { kind: 'response' });
    expect(listed.status).toBe(200);
    expect(listed.text).toContain(online.title);
    expect((await request(app.server).post(`/editorial-workflow/concerns/${concern.id}/response`).send({})).status).toBe(401);
    expect((await request(app.server).post(`/editorial-workflow/concerns/${concern.id}/links`).send({ itemDocumentId: online.documentId })).status).toBe(401);
  });

  it('never shows an event to cover, an assignment or a unit’s part of it: no route, no populate, no filter, no field reaches one', async () => {
    // The demo makes them once the plan's lines are seeded (src/seed/demo-assignments.ts); rows of their own here, tied to an item online.
    const online = await app.strapi.db.query(ARTICLE).findOne({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] });
    const unit = await app.strapi.db.query(UNIT).findOne({ where: { kind: 'school' }, select: ['id'] });
    const event = await app.strapi.db.query(PLAN_EVENT).create({
      data: { title: 'Sự kiện nội bộ bí mật 7Q2', kind: 'conference', startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), place: 'Phòng họp kín 7Q2', organiser: 'Ban tổ chức 7Q2', ownerUnitId: unit.id, enteredByName: 'Người nhập 7Q2' },
    });
    const assignment = await app.strapi.db.query(ASSIGNMENT).create({
      data: { title: 'Nhiệm vụ nội bộ 7Q2', lineId: 1, eventId: event.id, dueAt: new Date(), note: 'Ghi chú giao việc 7Q2', commissionerUnitId: unit.id, commissionedByName: 'Người giao 7Q2' },
    });
    await app.strapi.db.query(ASSIGNMENT_TARGET).create({
      data: { assignmentId: assignment.id, unitId: unit.id, targetKey: `${assignment.id}:${unit.id}`, dueAt: new Date(), itemDocumentId: online.documentId, submittedAt: new Date(), remindedAt: new Date() },
    });
    // The part's key (`assignmentId:unitId`, e.g. "3:14") is too short a text to look for (any time of day
    // holds one): its field name is looked for instead (KEYS).
    const secrets = ['Sự kiện nội bộ bí mật 7Q2', 'Phòng họp kín 7Q2', 'Ban tổ chức 7Q2', 'Người nhập 7Q2', 'Nhiệm vụ nội bộ 7Q2', 'Ghi chú giao việc 7Q2', 'Người giao 7Q2'];
    const KEYS = ['assignment', 'assignments', 'assignmentId', 'targetKey', 'remindedAt', 'escalatedAt', 'commissionerUnitId', 'commissionedByName', 'ownerUnitId', 'enteredByName', 'organiser', 'eventId'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/plan-events', {}],
      ['/api/ew-plan-events', {}],
      ['/api/assignments', {}],
      ['/api/ew-assignments', {}],
      ['/api/assignment-targets', {}],
      ['/api/ew-assignment-targets', {}],
      ['/api/editorial-workflow/assignments', {}],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { populate: 'assignment' }],
      ['/api/articles', { 'filters[assignment][id][$eq]': assignment.id }],
      [`/api/articles/${online.documentId}`, { populate: '*' }],
      ['/api/units', { 'filters[assignments][id][$eq]': assignment.id }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401.
    for (const path of ['/editorial-workflow/assignments', `/editorial-workflow/assignments/${assignment.id}`, '/editorial-workflow/plan-events', `/editorial-workflow/plan-events/${event.id}`]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 401 });
    }
    expect((await request(app.server).post('/editorial-workflow/assignments').send({ dueAt: new Date().toISOString() })).status).toBe(401);
    expect((await request(app.server).post(`/editorial-workflow/assignments/${assignment.id}/draft`).send({})).status).toBe(401);
    expect((await request(app.server).post(`/editorial-workflow/plan-events/${event.id}/assignments`).send({})).status).toBe(401);
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => /assignment|plan-event/.test(row.action))).toEqual([]);
  });

  it('never shows a monthly opinion report, its entries, its scan or the Office’s receipt: no route, no populate, no filter, no field reaches one', async () => {
    // The demo files last month's reports with entries, returns one with a reason (src/seed/demo-report-receipts.ts).
    const returned = await app.strapi.db.query(OPINION_REPORT).findOne({ where: { receiptStatus: 'returned' }, populate: { unit: { select: ['documentId'] } } });
    expect(returned).toEqual(expect.objectContaining({ returnReason: expect.any(String), period: expect.any(String) }));
    const withEntries = (await app.strapi.documents(OPINION_REPORT).findMany({ filters: { noIssues: false, receiptStatus: 'filed' } as never, populate: { entries: true } as never, limit: 20 })) as unknown as Array<{
      documentId: string;
      entries: Array<{ summary: string | null; actions: string | null }>;
    }>;
    const entry = withEntries.flatMap((report) => report.entries).find((row) => row.summary && row.actions);
    expect(entry).toEqual(expect.objectContaining({ summary: expect.any(String), actions: expect.any(String) }));
    const secrets = [returned.returnReason.slice(0, 40), entry!.summary!.slice(0, 40), entry!.actions!.slice(0, 40)];
    const KEYS = ['receiptStatus', 'returnReason', 'receivedAt', 'receiverName', 'lastFiledAt', 'noIssues', 'entries', 'signedScan', 'submittedAt', 'unitPeriod', 'handling'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/opinion-reports', {}],
      [`/api/opinion-reports/${returned.documentId}`, {}],
      ['/api/opinion-reports', { populate: '*' }],
      ['/api/opinion-reports', { 'filters[receiptStatus][$eq]': 'returned' }],
      ['/api/opinion-report', {}],
      ['/api/editorial-workflow/opinion-reports', {}],
      ['/editorial-workflow/opinion-reports', {}],
      [`/editorial-workflow/opinion-reports/${returned.documentId}`, {}],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { populate: 'opinionReports' }],
      ['/api/articles', { q: entry!.summary!.slice(0, 20) }],
      ['/api/units', { populate: '*' }],
      ['/api/units', { populate: 'opinionReports' }],
      [`/api/units/${returned.unit.documentId}`, { populate: '*' }],
      ['/api/units', { 'filters[opinionReports][receiptStatus][$eq]': 'returned' }],
      ['/api/topics', { populate: '*' }],
      ['/api/topics', { populate: 'reportEntries' }],
      ['/api/topics', { 'filters[reportEntries][summary][$notNull]': true }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401, and nothing is written.
    const before = await app.strapi.db.query(OPINION_REPORT).count();
    expect((await get('/editorial-workflow/opinion-reports')).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/opinion-reports').send({ period: '2026-01', noIssues: true })).status).toBe(401);
    expect((await request(app.server).post(`/editorial-workflow/opinion-reports/${returned.documentId}/acknowledge`).send({})).status).toBe(401);
    expect((await request(app.server).post('/api/opinion-reports').send({ data: { period: '2026-01', noIssues: true } })).status).toBeGreaterThanOrEqual(400);
    expect(await app.strapi.db.query(OPINION_REPORT).count()).toBe(before);
    // And the public role holds no action on the type.
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('opinion-report'))).toEqual([]);
  });

  it('never shows a concern’s screenshot nor its units’ changes: the file stays private, no route, populate or filter reaches it', async () => {
    // The demo attaches a screenshot to the incident and widens the fee concern's units (src/seed/demo-concern-evidence.ts).
    const shot = await app.strapi.db.query(CONCERN_SCREENSHOT).findOne({});
    expect(shot).toEqual(expect.objectContaining({ concernId: expect.any(Number), fileId: expect.any(Number) }));
    const file = await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { id: shot.fileId } });
    expect(file).toEqual(expect.objectContaining({ url: expect.stringMatching(/^\/uploads\//), hash: expect.any(String) }));
    const unitsEntry = await app.strapi.db.query(CONCERN_ENTRY).findOne({ where: { kind: 'units' } });
    expect(unitsEntry).toEqual(expect.objectContaining({ body: expect.stringContaining('đổi đơn vị liên quan') }));
    const urls: string[] = [file.url, ...Object.values((file.formats ?? {}) as Record<string, { url: string }>).map((format) => format.url)];
    expect(urls.length).toBeGreaterThanOrEqual(2);
    // The file, every format of it: the very answer of a name that does not exist.
    const missing = await get(`/uploads/${'0'.repeat(40)}.png`);
    for (const url of urls) {
      const res = await get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
      expect(res.text).toBe(missing.text);
    }
    const secrets = [file.hash, file.name, shot.pairKey, shot.addedByName, unitsEntry.body.slice(0, 40)];
    const KEYS = ['concernId', 'fileId', 'pairKey', 'addedById', 'addedByName', 'screenshots', 'concernScreenshots'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/concern-screenshots', {}],
      ['/api/ew-concern-screenshots', {}],
      [`/editorial-workflow/concerns/${shot.concernId}/screenshots`, {}],
      ['/api/upload/files', {}],
      [`/api/upload/files/${file.id}`, {}],
      ['/api/upload/files', { 'filters[name][$eq]': file.name }],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { populate: 'screenshots' }],
      ['/api/media-assets', { populate: '*' }],
      ['/api/media-assets', { 'filters[file][hash][$eq]': file.hash }],
      ['/api/units', { populate: '*' }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    expect((await request(app.server).post(`/editorial-workflow/concerns/${shot.concernId}/screenshots`).send({ fileIds: [file.id] })).status).toBe(401);
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => row.action.includes('screenshot'))).toEqual([]);
  });

  it('never shows a communication script, the items linked to it, a unit’s plan or its due date: no route, populate or filter reaches them, the plan’s file stays private', async () => {
    // The demo writes a script with milestones and a linked published item (src/seed/demo-comm-scripts.ts), and
    // this year's due date with plans filed (src/seed/demo-unit-plans.ts): there is something to leak.
    const script = await app.strapi.db.query(COMM_SCRIPT).findOne({});
    expect(script).toEqual(expect.objectContaining({ title: expect.any(String), keyMessages: expect.any(String) }));
    const milestones = (typeof script.milestones === 'string' ? JSON.parse(script.milestones) : script.milestones) as Array<{ label: string }>;
    expect(milestones.length).toBeGreaterThan(0);
    const link = await app.strapi.db.query(SCRIPT_ITEM).findOne({});
    expect(link).toEqual(expect.objectContaining({ scriptId: script.id, itemDocumentId: expect.any(String) }));
    const plan = await app.strapi.db.query(UNIT_PLAN).findOne({});
    expect(plan).toEqual(expect.objectContaining({ planKey: expect.any(String), fileId: expect.any(Number) }));
    const deadline = await app.strapi.db.query(UNIT_PLAN_DEADLINE).findOne({});
    expect(deadline).toEqual(expect.objectContaining({ dueOn: expect.any(String) }));
    const file = await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { id: plan.fileId } });
    const missing = await get(`/uploads/${'0'.repeat(40)}.pdf`);
    const fetched = await get(file.url);
    expect({ url: file.url, status: fetched.status }).toEqual({ url: file.url, status: 404 });
    expect(fetched.text).toBe(missing.text);
    const secrets = [script.title, script.keyMessages.slice(0, 40), milestones[0].label, link.pairKey, plan.planKey, plan.fileName, file.hash];
    const KEYS = ['keyMessages', 'milestones', 'ownerDepartmentId', 'writtenByName', 'scriptId', 'pairKey', 'planKey', 'firstFiledAt', 'lastFiledAt', 'filedByName', 'dueOn'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/comm-scripts', {}],
      ['/api/ew-comm-scripts', {}],
      ['/api/script-items', {}],
      ['/api/unit-plans', {}],
      ['/api/unit-plan-deadlines', {}],
      ['/editorial-workflow/comm-scripts', {}],
      [`/editorial-workflow/comm-scripts/${script.id}`, {}],
      [`/editorial-workflow/comm-scripts/${script.id}/items`, {}],
      ['/editorial-workflow/unit-plans', {}],
      ['/editorial-workflow/unit-plans.xlsx', {}],
      ['/editorial-workflow/unit-plan-deadlines', {}],
      ['/api/articles', { populate: '*' }],
      ['/api/articles', { populate: 'scripts' }],
      ['/api/articles', { 'filters[scripts][id][$notNull]': true }],
      ['/api/units', { populate: '*' }],
      ['/api/units', { populate: 'plans' }],
      ['/api/topics', { populate: '*' }],
      ['/api/upload/files', { 'filters[name][$eq]': file.name }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401.
    expect((await get('/editorial-workflow/comm-scripts')).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/comm-scripts').send({ title: 'x' })).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/unit-plans').send({ year: 2026, fileId: file.id })).status).toBe(401);
    expect((await request(app.server).put(`/editorial-workflow/unit-plan-deadlines/${deadline.year}`).send({ dueOn: '2026-01-01' })).status).toBe(401);
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => /script|unit-plan/.test(row.action))).toEqual([]);
  });

  it('shows a correction’s note and date at the end of its item, never who asked for it, nor one under way', async () => {
    // The demo corrects one published item through a new round (src/seed/demo-corrections.ts).
    const correction = await app.strapi.db.query(CORRECTION).findOne({ where: { madePublicAt: { $notNull: true } } });
    expect(correction).toEqual(expect.objectContaining({ note: expect.any(String), requestedByName: expect.any(String) }));
    const item = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: correction.itemDocumentId, publishedAt: { $notNull: true } }, select: ['slug'] });
    const shown = await get(`/api/articles/by-slug/${item.slug}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data.corrections).toEqual([{ note: correction.note, publishedAt: new Date(correction.madePublicAt).toISOString() }]);
    // A correction under way stays out of sight until its round is published.
    const pending = await app.strapi.db.query(CORRECTION).create({ data: { itemDocumentId: correction.itemDocumentId, note: 'Ghi chú chưa đăng: không được lộ.', requestedByName: 'x' } });
    await app.strapi.db.query(CORRECTION).updateMany({ where: { id: pending.id }, data: { madePublicAt: null } });
    const KEYS = ['requestedById', 'requestedByName', 'madePublicAt', 'itemDocumentId'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      [`/api/articles/by-slug/${item.slug}`, {}],
      ['/api/articles', {}],
      ['/api/articles', { populate: 'corrections' }],
      ['/api/corrections', {}],
      ['/api/editorial-workflow/corrections', {}],
      ['/api/feed.rss', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      expect({ path, query, leaked: res.text.includes('Ghi chú chưa đăng') || res.text.includes(correction.requestedByName) }).toEqual({ path, query, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    await app.strapi.db.query(CORRECTION).delete({ where: { id: pending.id } });
  });

  it('serves the favicon browsers ask for (without the file Strapi answered 500)', async () => {
    const res = await get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/image/);
  });

  it('never shows guidance nor its readings, and no feed without its token: the calendar feed answers an unknown, malformed or hashed key alike', async () => {
    // The demo sends a guidance note read by one unit (src/seed/demo-guidance.ts): there is something to leak.
    const note = await app.strapi.db.query(GUIDANCE_NOTE).findOne({ where: {} });
    expect(note).toEqual(expect.objectContaining({ title: expect.any(String), body: expect.any(String) }));
    const read = await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { firstReadAt: { $notNull: true } } });
    expect(read).toEqual(expect.objectContaining({ firstReadByName: expect.any(String) }));
    // A feed token of the Office, created as the page does: its hash is in the database, the token only in its address.
    const { getService } = await import('../src/plugins/editorial-workflow/server/src/get-service');
    const office = await app.strapi.db.query('admin::user').findOne({ where: { email: 'office@demo.local' }, select: ['id'] });
    const { url } = await getService(app.strapi, 'calendar-feed').create(office.id);
    const token = new URL(url).pathname.split('/').pop()!.replace(/\.ics$/, '');
    const hash = (await app.strapi.db.query(CALENDAR_FEED_TOKEN).findOne({ where: { userId: office.id } })).tokenHash as string;
    const secrets = [note.title, note.body.slice(0, 40), read.firstReadByName, token, hash];
    const KEYS = ['recipientCount', 'sentByName', 'firstReadAt', 'firstReadByName', 'remindedAt', 'tokenHash', 'noteId', 'audience'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/guidance', {}],
      ['/api/guidance-notes', {}],
      ['/api/editorial-workflow/guidance', {}],
      [`/api/editorial-workflow/guidance/${note.id}`, {}],
      ['/api/editorial-workflow/calendar', { from: '2026-01-01', to: '2026-01-31' }],
      ['/api/editorial-workflow/calendar-feed-tokens', {}],
      [`/api/editorial-workflow/calendar-feed/${hash}.ics`, {}],
      [`/api/editorial-workflow/calendar-feed/${hash.slice(0, 43)}.ics`, {}],
      ['/api/editorial-workflow/calendar-feed/.ics', {}],
      [`/api/editorial-workflow/calendar-feed/${token}`, {}],
      [`/api/editorial-workflow/calendar-feed/${token}.ics.ics`, {}],
      ['/editorial-workflow/guidance', {}],
      [`/editorial-workflow/guidance/${note.id}`, {}],
      ['/editorial-workflow/calendar', { from: '2026-01-01', to: '2026-01-31' }],
      ['/editorial-workflow/calendar/feed-token', {}],
      ['/api/articles', { populate: '*' }],
      ['/api/units', { populate: '*' }],
      ['/api/feed.rss', {}],
      ['/api/sitemap.xml', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 && res.status >= 200 }).toEqual({ path, query, status: true });
      if (path.includes('calendar-feed/')) expect({ path, status: res.status }).toEqual({ path, status: 404 });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The admin routes need an admin session: without one, 401.
    expect((await get('/editorial-workflow/guidance')).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/guidance').send({ title: 'x', body: 'y', audience: 'all' })).status).toBe(401);
    expect((await request(app.server).post('/editorial-workflow/calendar/feed-token').send({})).status).toBe(401);
    expect((await request(app.server).delete('/editorial-workflow/calendar/feed-token')).status).toBe(401);
    // The token itself opens the Office's feed (and only it: the suite above checks none of it reaches anyone else).
    const feed = await get(`/api/editorial-workflow/calendar-feed/${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
    expect(feed.text).not.toContain(note.body.slice(0, 40));
  });
  it('never shows an information request, the spokesperson register or a press inquiry: only a request’s status, by its tracking code', async () => {
    // The demo seeds requests, the register and inquiries (src/seed/demo-press-desk.ts): there is something to leak.
    const requestRow = await app.strapi.db.query(INFO_REQUEST).findOne({ where: { channel: 'letter', phone: { $notNull: true } } });
    const inquiry = await app.strapi.db.query(PRESS_INQUIRY).findOne({ where: { sentAt: { $notNull: true } } });
    const register = await app.strapi.db.query(SPOKESPERSON).findOne({ where: { note: { $notNull: true } } });
    expect([requestRow, inquiry, register].every(Boolean)).toBe(true);
    const secrets = [requestRow.name, requestRow.phone, requestRow.address, requestRow.subject, requestRow.content.slice(0, 40), inquiry.question.slice(0, 40), inquiry.answer.slice(0, 40), inquiry.contact, inquiry.journalist, register.note.slice(0, 30)];
    const KEYS = ['requesterKind', 'organisation', 'content', 'dueAt', 'departmentId', 'answer', 'refusalReason', 'extensionReason', 'escalatedAt', 'outlet', 'journalist', 'question', 'approvedByName', 'sentAt', 'topicIds', 'validFrom'];
    const probes: Array<[path: string, query: Record<string, unknown>]> = [
      ['/api/info-requests', {}],
      ['/api/info-requests', { populate: '*' }],
      [`/api/info-requests/${requestRow.id}`, {}],
      ['/api/info-request-policy', {}],
      ['/api/press-inquiries', {}],
      [`/api/press-inquiries/${inquiry.id}`, {}],
      ['/api/spokespeople', {}],
      ['/api/editorial-workflow/info-requests', {}],
      ['/api/editorial-workflow/press-inquiries', {}],
      ['/api/ew-info-requests', {}],
      ['/editorial-workflow/info-requests', {}],
      ['/editorial-workflow/press-inquiries', {}],
      ['/editorial-workflow/spokespeople', {}],
      ['/api/articles', { q: requestRow.subject.slice(0, 20) }],
      ['/api/articles', { populate: '*' }],
      ['/api/units', { populate: '*' }],
      ['/api/topics', { populate: '*' }],
      ['/api/feed.rss', {}],
    ];
    for (const [path, query] of probes) {
      const res = await get(path, query);
      expect({ path, query, status: res.status < 500 }).toEqual({ path, query, status: true });
      for (const secret of secrets) expect({ path, query, secret, leaked: res.text.includes(secret) }).toEqual({ path, query, secret, leaked: false });
      const keys = keysIn(res.body ?? {});
      for (const key of KEYS) expect({ path, query, key, leaked: keys.has(key) }).toEqual({ path, query, key, leaked: false });
    }
    // The tracking code answers with the status alone.
    const status = await get(`/api/info-requests/${requestRow.trackingCode}`);
    expect(status.status).toBe(200);
    expect(Object.keys(status.body).sort()).toEqual(['receivedAt', 'status', 'statusLabel', 'trackingCode']);
    for (const secret of secrets) expect({ secret, leaked: status.text.includes(secret) }).toEqual({ secret, leaked: false });
    const actions: Array<{ action: string }> = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ select: ['action'] });
    expect(actions.filter((row) => /info-request|press-inquir|spokesperson/.test(row.action))).toEqual([]);
  });
});
