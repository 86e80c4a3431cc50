import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { pathTo } from '../src/plugins/editorial-workflow/shared/state-machine';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { ARTICLE, ITEM_STATE, NOTIFICATION, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const HOUR = 3600_000;

/**
 * Scheduled unpublish (issue 16, item 5): the publisher gives an end at publish time; the job takes
 * the item down once that time has passed, once however many runs, with its reason in the history
 * and the author told; bad ends are refused in Vietnamese. Real logins over HTTP; the job runs at
 * chosen instants, as cron would later.
 */
describe('scheduled unpublish', () => {
  let app: TestApp;
  let desk: Desk;
  let unit: string;
  let topic: string;
  let forwarded = 1;

  const publicBySlug = async (documentId: string) => {
    const { slug } = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId }, select: ['slug'] });
    return request(app.server).get(`/api/articles/by-slug/${slug}`).set('X-Forwarded-For', `10.9.0.${forwarded++}`);
  };
  const approvedItem = async (title: string) => {
    const { documentId } = await createDraft(app, desk.author, { title, unit, topic });
    for (const { action, role } of pathTo('approved')) await act(app, desk[role], documentId, action);
    return documentId;
  };
  const unpublishDue = (now: Date) => getService(app.strapi, 'scheduled-unpublish').unpublishDue(now);

  beforeAll(async () => {
    Object.assign(process.env, { PUBLIC_API_RATE_LIMIT: '0' });
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    unit = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('takes an item down once its end has passed, once however many runs, with the reason in its history', async () => {
    const documentId = await approvedItem('Thông báo tuyển sinh đợt 1');
    const end = new Date(Date.now() + 2 * HOUR);
    const published = await act(app, desk.publisher, documentId, 'publish', { unpublishAt: end.toISOString() });
    expect(published.state).toBe('published');
    expect(new Date(published.unpublishAt).toISOString()).toBe(end.toISOString());
    expect((await workflowApi(app, desk.author).item(documentId)).body.data.unpublishAt).toBeTruthy();
    expect((await publicBySlug(documentId)).status).toBe(200);

    expect(await unpublishDue(new Date(end.getTime() - 60_000))).toBe(0);
    const later = new Date(end.getTime() + 60_000);
    const counts = await Promise.all([unpublishDue(later), unpublishDue(later), unpublishDue(later)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);

    const record = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
    expect(record).toMatchObject({ state: 'unpublished', unpublishAt: null });
    const history = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId, action: 'unpublish' } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ role: 'system', actorName: 'Hệ thống', fromState: 'published', toState: 'unpublished' });
    expect(history[0].comment).toMatch(/^Gỡ theo lịch: hết thời hạn đăng đã đặt khi đăng bài \(\d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(giờ Việt Nam\)\)\.$/);
    expect((await publicBySlug(documentId)).status).toBe(404);
    const notice = await app.strapi.db.query(NOTIFICATION).findOne({ where: { itemDocumentId: documentId, action: 'unpublish' } });
    expect(notice.title).toBe('Tin bài đã bị gỡ: “Thông báo tuyển sinh đợt 1”');
    // The author reads the reason in the side panel.
    expect((await workflowApi(app, desk.author).item(documentId)).body.data.lastReason.comment).toBe(history[0].comment);
    expect(await unpublishDue(new Date(later.getTime() + HOUR))).toBe(0);
  });

  it('keeps the end of a scheduled publication: up at its time, down at its end', async () => {
    const documentId = await approvedItem('Lịch thi học kỳ I');
    const start = new Date(Date.now() + HOUR);
    const end = new Date(Date.now() + 3 * HOUR);
    const scheduled = await act(app, desk.publisher, documentId, 'publish', { publishAt: start.toISOString(), unpublishAt: end.toISOString() });
    expect(scheduled).toMatchObject({ state: 'approved' });
    expect(await getService(app.strapi, 'workflow').publishDue(new Date(start.getTime() + 60_000))).toBe(1);
    const up = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
    expect(up.state).toBe('published');
    expect(new Date(up.unpublishAt).toISOString()).toBe(end.toISOString());
    expect(await unpublishDue(new Date(end.getTime() + 60_000))).toBe(1);
    expect((await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } })).state).toBe('unpublished');
  });

  it('leaves an item taken down by hand alone, and one published without an end online', async () => {
    const byHand = await approvedItem('Tin gỡ tay');
    await act(app, desk.publisher, byHand, 'publish', { unpublishAt: new Date(Date.now() + HOUR).toISOString() });
    await act(app, desk.publisher, byHand, 'unpublish', { comment: 'Số liệu chưa chính xác.' });
    expect((await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: byHand } })).unpublishAt).toBeNull();
    const forever = await approvedItem('Tin đăng lâu dài');
    await act(app, desk.publisher, forever, 'publish');
    expect(await unpublishDue(new Date(Date.now() + 400 * 24 * HOUR))).toBe(0);
    expect((await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: byHand, action: 'unpublish' } })).map((row: { role: string }) => row.role)).toEqual(['publisher']);
    expect((await publicBySlug(forever)).status).toBe(200);
  });

  it('refuses a bad end in Vietnamese and changes nothing', async () => {
    const documentId = await approvedItem('Tin hẹn gỡ sai');
    const api = workflowApi(app, desk.publisher);
    const { version } = (await api.item(documentId)).body.data;
    const soon = new Date(Date.now() + HOUR).toISOString();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ action: 'publish', unpublishAt: new Date(Date.now() - HOUR).toISOString() }, /phải ở tương lai/],
      [{ action: 'publish', publishAt: new Date(Date.now() + 2 * HOUR).toISOString(), unpublishAt: soon }, /sau thời điểm hẹn đăng/],
      [{ action: 'publish', unpublishAt: new Date(Date.now() + 6 * 366 * 24 * HOUR).toISOString() }, /năm năm/],
      [{ action: 'publish', unpublishAt: 'ngày mai' }, /ISO 8601/],
      [{ action: 'return', comment: 'Sửa lại.', unpublishAt: soon }, /chỉ dùng khi đăng/],
    ];
    for (const [body, message] of cases) {
      const res = await api.transition(documentId, { expectedVersion: version, ...body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.error.message).toMatch(message);
    }
    expect(await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } })).toMatchObject({ state: 'approved', version, unpublishAt: null });
  });
});
