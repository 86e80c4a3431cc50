import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { connect, contentManager, createSuperAdmin } from './harness/http';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { OPINION_REPORT as REPORT } from '../src/plugins/editorial-workflow/shared/uids';

describe('monthly opinion reports: one per unit and month', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let auth: { Authorization: string };
  let office: string;
  let quality: string;

  const file = (unit: string, period: string, extra: Record<string, unknown> = {}) =>
    cm.create(REPORT, { unit: connect(unit), period, concerns: 'Phụ huynh hỏi về các khoản thu.', ...extra });
  const count = () => app.strapi.db.query(REPORT).count();

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const ids = await unitIdsByCode(app.strapi, ['SGD-VP', 'SGD-QLCL']);
    office = ids.get('SGD-VP')!;
    quality = ids.get('SGD-QLCL')!;
    const token = await createSuperAdmin(app);
    auth = { Authorization: `Bearer ${token}` };
    cm = contentManager(app, token);
  });

  afterAll(() => app?.stop());

  it('files a report and stamps the filing time on the server, whatever the request says', async () => {
    const before = Date.now();
    const res = await file(office, '2026-10', { submittedAt: '2020-01-01T00:00:00.000Z' });
    expect(res.status).toBe(201);
    expect(new Date(res.body.data.submittedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses a second report of the same unit and month with a clear 400, and writes nothing', async () => {
    const before = await count();
    const res = await file(office, '2026-10');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Văn phòng Sở \(SGD-VP\) đã gửi báo cáo dư luận tháng 2026-10/);
    expect(await count()).toBe(before);
  });

  it('takes the same month from another unit, and another month from the same unit', async () => {
    expect((await file(quality, '2026-10')).status).toBe(201);
    expect((await file(office, '2026-11')).status).toBe(201);
  });

  it('refuses to move a report onto a month the unit already reported, and leaves it as it was', async () => {
    const november = await app.strapi.db.query(REPORT).findOne({ where: { period: '2026-11' } });
    const res = await cm.update(REPORT, november.documentId, { period: '2026-10' });
    expect(res.status).toBe(400);
    expect((await app.strapi.db.query(REPORT).findOne({ where: { documentId: november.documentId } })).period).toBe('2026-11');
  });

  it('keeps the filing time when a report is edited', async () => {
    const november = await app.strapi.db.query(REPORT).findOne({ where: { period: '2026-11' } });
    const res = await cm.update(REPORT, november.documentId, { handling: 'Đã trả lời phụ huynh.', submittedAt: '2020-01-01T00:00:00.000Z' });
    expect(res.status).toBe(200);
    expect(res.body.data.submittedAt).toBe(new Date(november.submittedAt).toISOString());
  });

  it('of ten reports filed at the same moment for one unit and month, keeps exactly one', async () => {
    const before = await count();
    const results = await Promise.all(Array.from({ length: 10 }, () => file(quality, '2026-08')));
    const statuses = results.map((res) => res.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(400)]);
    for (const res of results.filter((r) => r.status === 400)) expect(res.body.error.message).toMatch(/đã gửi báo cáo dư luận tháng 2026-08/);
    expect(await count()).toBe(before + 1);
  });

  it('keeps the uniqueness key out of the edit form', async () => {
    const res = await request(app.server).get(`/content-manager/content-types/${REPORT}/configuration`).set(auth);
    expect(res.status).toBe(200);
    const editFields = (res.body.data.contentType.layouts.edit as Array<Array<{ name: string }>>).flat().map((f) => f.name);
    expect(editFields).toEqual(expect.arrayContaining(['unit', 'period', 'concerns']));
    expect(editFields).not.toContain('unitPeriod');
  });

  it('refuses a malformed period and a report without a unit', async () => {
    const before = await count();
    expect((await file(office, '2026-13')).status).toBe(400);
    expect((await file(office, 'tháng 10')).status).toBe(400);
    const noUnit = await cm.create(REPORT, { period: '2026-09', concerns: 'x' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.message).toMatch(/phải thuộc một đơn vị/);
    expect(await count()).toBe(before);
  });
});
