import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, newsroomUser, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { REASON_CATEGORY, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const VN = 7 * 3600_000;
const today = () => new Date(Date.now() + VN).toISOString().slice(0, 10);

/**
 * Reasons by category (issue 16, item 2): a return or an unpublish needs a category and a text, the
 * categories are data (seeded, editable, an inactive one no longer offered), the history and the
 * side panel name them, and the statistics count returns by unit and category. Real logins over HTTP.
 */
describe('reasons by category', () => {
  let app: TestApp;
  let desk: Desk;
  let unit: string;
  let topic: string;
  let otherAuthor: string;

  const submitted = async (title: string, author = desk.author, unitId = unit) => {
    const { documentId } = await createDraft(app, author, { title, unit: unitId, topic });
    await act(app, author, documentId, 'submit');
    return documentId;
  };
  const returns = (token: string, query = '') => adminClient(app.server, token).get(`/editorial-workflow/stats/returns${query}`);

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    for (const code of ['XA-A', 'XA-B']) await app.strapi.documents(UNIT).create({ data: { code, name: `Phòng VH-XH ${code}`, kind: 'commune-culture', active: true } });
    unit = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    otherAuthor = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('seeds the six categories once, in order, and offers the active ones', async () => {
    expect((await seedReference(app.strapi))['reason categories']).toEqual({ created: 0, kept: 6 });
    const res = await adminClient(app.server, desk.editor).get('/editorial-workflow/reason-categories');
    expect(res.status).toBe(200);
    expect(res.body.data.map((category: { code: string }) => category.code)).toEqual(['facts', 'form', 'not-our-field', 'photo-consent', 'sensitive', 'other']);
    expect(res.body.data[0]).toEqual({ code: 'facts', label: 'Sai thông tin, số liệu' });
  });

  it('refuses a return without a category, or with one not in the list, in Vietnamese, and changes nothing', async () => {
    const documentId = await submitted('Tin thiếu loại lý do');
    const api = workflowApi(app, desk.editor);
    const { version } = (await api.item(documentId)).body.data;
    const history = await app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } });
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ reasonCategory: undefined }, /^Hãy chọn loại lý do \(reasonCategory\)/],
      [{ reasonCategory: 'no-such' }, /^Loại lý do "no-such" không có trong danh mục\. Hãy chọn một trong: Sai thông tin, số liệu; Hình thức, chính tả;/],
      [{ reasonCategory: ['facts'] }, /reasonCategory/],
    ];
    for (const [extra, message] of cases) {
      const res = await api.transition(documentId, { action: 'return', expectedVersion: version, comment: 'Sửa lại.', ...extra });
      expect({ extra, status: res.status }).toEqual({ extra, status: 400 });
      expect(res.body.error.message).toMatch(message);
    }
    expect((await api.item(documentId)).body.data).toMatchObject({ state: 'in_review', version });
    expect(await app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } })).toBe(history);
  });

  it('records the category with the reason: the history and the author’s side panel name it', async () => {
    const documentId = await submitted('Tin sai số liệu');
    await act(app, desk.editor, documentId, 'return', { comment: 'Số học sinh chưa khớp báo cáo.', reasonCategory: 'facts' });
    const row = await app.strapi.db.query(TRANSITION).findOne({ where: { itemDocumentId: documentId, action: 'return' } });
    expect(row).toMatchObject({ reasonCategory: 'facts', comment: 'Số học sinh chưa khớp báo cáo.' });
    const item = (await workflowApi(app, desk.author).item(documentId)).body.data;
    expect(item.lastReason).toMatchObject({ reasonCategory: 'facts', reasonLabel: 'Sai thông tin, số liệu', comment: 'Số học sinh chưa khớp báo cáo.' });
    expect(item.history.find((entry: { action: string }) => entry.action === 'return')).toMatchObject({ reasonLabel: 'Sai thông tin, số liệu' });
  });

  it('no longer offers a category the administrator turned off, and old history keeps its name', async () => {
    await app.strapi.db.query(REASON_CATEGORY).update({ where: { code: 'sensitive' }, data: { active: false } });
    try {
      const offered = (await adminClient(app.server, desk.editor).get('/editorial-workflow/reason-categories')).body.data;
      expect(offered.map((category: { code: string }) => category.code)).not.toContain('sensitive');
      const documentId = await submitted('Tin loại lý do đã tắt');
      const { version } = (await workflowApi(app, desk.editor).item(documentId)).body.data;
      const refused = await workflowApi(app, desk.editor).transition(documentId, { action: 'return', expectedVersion: version, comment: 'x', reasonCategory: 'sensitive' });
      expect(refused.status).toBe(400);
    } finally {
      await app.strapi.db.query(REASON_CATEGORY).update({ where: { code: 'sensitive' }, data: { active: true } });
    }
  });

  it('counts returns by unit and category on the statistics, equal to a recount, in the reader’s scope', async () => {
    const xaB = (await unitIdsByCode(app.strapi, ['XA-B'])).get('XA-B')!;
    for (const [title, category] of [['Tin hình thức 1', 'form'], ['Tin hình thức 2', 'form'], ['Tin ngoài lĩnh vực', 'not-our-field']] as const) {
      await act(app, desk.editor, await submitted(title), 'return', { comment: 'Xem lại.', reasonCategory: category });
    }
    await act(app, desk.editor, await submitted('Tin xã B', otherAuthor, xaB), 'return', { comment: 'Xem lại.', reasonCategory: 'facts' });

    const res = await returns(desk.head, `?from=${today().slice(0, 8)}01&to=${today()}`);
    expect(res.status).toBe(200);
    // The recount: every return of the period in the history, by the unit the item had then.
    const rows: Array<{ unitId: number; reasonCategory: string }> = await app.strapi.db.query(TRANSITION).findMany({ where: { action: 'return' }, select: ['unitId', 'reasonCategory'] });
    const recount: Record<string, Record<string, number>> = {};
    for (const row of rows) {
      const code = (await app.strapi.db.query(UNIT).findOne({ where: { id: row.unitId }, select: ['code'] })).code;
      recount[code] = { ...recount[code], [row.reasonCategory]: (recount[code]?.[row.reasonCategory] ?? 0) + 1 };
    }
    const answered = Object.fromEntries(res.body.data.units.map((entry: { unit: { code: string }; counts: Record<string, number> }) => [entry.unit.code, entry.counts]));
    expect(answered).toEqual(recount);
    expect(answered['XA-A']).toEqual({ facts: 1, form: 2, 'not-our-field': 1 });
    expect(res.body.data.categories.map((category: { code: string }) => category.code)).toContain('not-our-field');

    // The author of XA-B reads their unit's returns only.
    const own = await returns(otherAuthor);
    expect(own.status).toBe(200);
    expect(own.body.data.units.map((entry: { unit: { code: string } }) => entry.unit.code)).toEqual(['XA-B']);
  });

  it('refuses a bad period in Vietnamese', async () => {
    for (const query of ['?from=2026-13-01', '?to=2999-01-01', '?from=2026-12-10&to=2026-12-01', '?unit=1']) {
      const res = await returns(desk.head, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(/[ạảãàáâầấậẫẩăằắặẵẳđèéẹẽẻêềếệễểìíịĩỉòóọõỏôồốộỗổơờớợỡởùúụũủưừứựữửỳýỵỹỷ]|Tham số/);
    }
  });
});
