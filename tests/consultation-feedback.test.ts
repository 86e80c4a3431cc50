import request from 'supertest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser, superAdminToken } from './harness/admin-client';
import { mailbox } from './harness/mailbox';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantAdminActions, newsroomUser } from './harness/workflow';
import { consultationItem, publicComment } from './harness/consultation-feedback';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import { COMMENTER_GROUPS, COMMENT_STANCES, type CommentStance, type CommentStatus, type CommenterGroup } from '../src/plugins/editorial-workflow/shared/contracts/consultations';
import type { FeedbackComment, FeedbackConsultation, FeedbackQueue, FeedbackSummaryView } from '../src/plugins/editorial-workflow/shared/contracts/feedback';
import { publicFeedbackSummary } from '../src/plugins/editorial-workflow/server/src/feedback/public-summary';
import { CONCERN, FEEDBACK_SUMMARY, PLAN_LINE, PUBLIC_COMMENT } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const PUBLIC_URL = 'http://toasoan.sogd.test';

const asBuffer = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};
const docxText = async (body: Buffer) => (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');

/** Every key anywhere in a JSON value. */
const keysIn = (value: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((entry) => keysIn(entry, into));
  else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) keysIn(entry, into.add(key));
  return into;
};

/** What the public must never see of a comment: contact details, tracking codes, the internal classification. */
const PRIVATE_KEYS = ['name', 'email', 'phone', 'trackingCode', 'textHash', 'stance', 'lineIds', 'mergedIntoId', 'concernId', 'answerPublic', 'answerMailedAt', 'answeredById', 'commune', 'consentPurpose', 'status'];

/**
 * The department's handling of a consultation's feedback (issue 22 item 3) over HTTP as real logins:
 * the editor and head of SGD-GDPT (the consultation's department) classify, merge, answer (the
 * e-mail reaches the harness's mailbox), send a concern to the opinion desk, write and publish the
 * summary; the Office and the leadership read; another department's head and an author get a 403.
 * The summary's figures equal a recount of the stored rows; the Word document is read back; the
 * published summary carries no contact detail and no classification beyond counts.
 */
describe('consultation feedback (xử lý ý kiến góp ý)', () => {
  let app: TestApp;
  let round: RoundFixture;
  let box: ReturnType<typeof mailbox>;
  const saved: Record<string, string | undefined> = {};
  let office: { id: number; token: string };
  let otherHead: { id: number; token: string };
  let leader: { id: number; token: string };
  let root: string;
  let consultation: string;
  let other: string;
  const ids: Record<string, number> = {};
  const codes: Record<string, string> = {};

  const api = (token: string) => adminClient(app.server, token);
  const base = '/editorial-workflow/feedback';
  const queue = async (token: string, query = ''): Promise<FeedbackQueue> => {
    const res = await api(token).get(`${base}/consultations/${consultation}/comments${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const stored = async () => ({
    comments: await app.strapi.db.query(PUBLIC_COMMENT).findMany({ orderBy: [{ id: 'asc' }] }),
    summaries: await app.strapi.db.query(FEEDBACK_SUMMARY).findMany({}),
    concerns: await app.strapi.db.query(CONCERN).count(),
  });

  beforeAll(async () => {
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_FROM', 'PUBLIC_URL']) saved[key] = process.env[key];
    box = mailbox();
    const port = await box.listen();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_FROM: 'Sở GDĐT <toasoan@sogd.test>', PUBLIC_URL });
    app = await startStrapi();
    round = await roundFixture(app);
    office = await newsroomUser(app, 'office@test.local', 'editor', ['SGD-VP']);
    otherHead = await newsroomUser(app, 'head-gdmn@test.local', 'head', ['SGD-GDMN']);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow, PERMISSIONS.takeDown]);
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = { id: 0, token: await adminLogin(app.server, 'leader@test.local', PASSWORD) };
    root = await superAdminToken(app.strapi, app.server);

    consultation = await consultationItem(app, { title: 'Dự thảo quy định dạy thêm, học thêm', topicCode: 'III.2', departmentCode: 'SGD-GDPT' });
    other = await consultationItem(app, { title: 'Dự thảo kế hoạch tuyển sinh mầm non', topicCode: 'III.2', departmentCode: 'SGD-GDMN' });
    const add = async (key: string, input: Parameters<typeof publicComment>[2], on = consultation) => {
      const made = await publicComment(app, on, input);
      ids[key] = made.id;
      codes[key] = made.trackingCode;
    };
    await add('parentAgrees', { text: 'Tôi đồng tình với việc cấm dạy thêm đối với học sinh tiểu học.', group: 'parent', commune: 'Phường Him Lam', name: 'Nguyễn Văn Bình', email: 'binh.phuhuynh@example.test', phone: '0912 345 678' });
    await add('teacherDisagrees', { text: 'Giáo viên vùng cao cần được dạy thêm có thu tiền để bù thu nhập.', group: 'teacher', commune: 'Xã Mường Phăng', phone: '0988 777 666' });
    await add('teacherDuplicate', { text: 'Giáo viên vùng cao cần được dạy thêm có thu tiền, để bù thu nhập!', group: 'teacher', commune: 'xã  Mường Phăng' });
    await add('pupilProposes', { text: 'Em đề nghị nhà trường tổ chức câu lạc bộ học tập miễn phí buổi chiều.', group: 'pupil', commune: 'Phường Him Lam' });
    await add('citizenConcern', { text: 'Trường X vẫn thu tiền dạy thêm 500.000 đồng/tháng, đề nghị kiểm tra.', group: 'citizen', commune: 'Xã Thanh Nưa', email: 'nguoidan@example.test' });
    await add('managerUnclassified', { text: 'Cần hướng dẫn cụ thể việc quản lý dạy thêm ngoài nhà trường.', group: 'manager', commune: 'Phường Tân Thanh' });
    await add('otherDepartment', { text: 'Ý kiến về tuyển sinh mầm non.', group: 'parent', commune: 'Phường Him Lam', email: 'mamnon@example.test' }, other);
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('lists the consultations each reader may see: the department, the Office and the leadership; no other department, no author', async () => {
    const listed = async (token: string) => ((await api(token).get(`${base}/consultations`)).body.data as FeedbackConsultation[]).map((row) => row.documentId);
    expect(await listed(round.desk.editor)).toEqual([consultation]);
    expect(await listed(round.desk.head)).toEqual([consultation]);
    expect((await listed(office.token)).sort()).toEqual([consultation, other].sort());
    expect((await listed(leader.token)).sort()).toEqual([consultation, other].sort());
    expect(await listed(otherHead.token)).toEqual([other]);
    expect(await listed(round.desk.author)).toEqual([]);
  });

  it('shows the department its queue with the topic’s lines of information and no contact detail', async () => {
    const page = await queue(round.desk.editor);
    expect(page.canWork).toBe(true);
    expect(page.consultation).toMatchObject({ documentId: consultation, department: { name: expect.any(String) }, total: 6, unclassified: 6 });
    expect(page.results.map((row) => row.id)).toEqual([ids.parentAgrees, ids.teacherDisagrees, ids.teacherDuplicate, ids.pupilProposes, ids.citizenConcern, ids.managerUnclassified]);
    expect(page.lines.length).toBeGreaterThan(0);
    expect(page.lines.every((line) => line.code.startsWith('III.2.'))).toBe(true);
    // The queue says whether an answer can be e-mailed, never the address itself.
    expect(page.results.find((row) => row.id === ids.parentAgrees)!.canMail).toBe(true);
    expect(page.results.find((row) => row.id === ids.teacherDisagrees)!.canMail).toBe(false);
    for (const secret of ['binh.phuhuynh@example.test', '0912 345 678', 'Nguyễn Văn Bình', codes.parentAgrees]) expect({ secret, leaked: JSON.stringify(page).includes(secret) }).toEqual({ secret, leaked: false });
  });

  it('lets the Office and the leadership read but not work; refuses another department and an author with a 403 in Vietnamese', async () => {
    for (const token of [office.token, leader.token]) {
      const page = await queue(token);
      expect(page.canWork).toBe(false);
      const res = await api(token).put(`${base}/comments/${ids.parentAgrees}/classification`, { stance: 'agrees' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(VIETNAMESE);
      expect((await api(token).get(`${base}/consultations/${consultation}/reply-list`)).status).toBe(403);
    }
    const before = await stored();
    for (const [who, token] of [['another department’s head', otherHead.token], ['an author', round.desk.author], ['the super admin (no unit)', root]] as const) {
      const paths: Array<[string, () => request.Test]> = [
        ['queue', () => api(token).get(`${base}/consultations/${consultation}/comments`)],
        ['summary', () => api(token).get(`${base}/consultations/${consultation}/summary`)],
        ['classify', () => api(token).put(`${base}/comments/${ids.parentAgrees}/classification`, { stance: 'agrees' })],
        ['answer', () => api(token).put(`${base}/comments/${ids.parentAgrees}/answer`, { answer: 'Trả lời' })],
        ['merge', () => api(token).post(`${base}/comments/${ids.teacherDuplicate}/merge`, { intoId: ids.teacherDisagrees })],
        ['concern', () => api(token).post(`${base}/comments/${ids.citizenConcern}/concern`, {})],
        ['reply list', () => api(token).get(`${base}/consultations/${consultation}/reply-list`)],
        ['write summary', () => api(token).put(`${base}/consultations/${consultation}/summary`, { mainPoints: 'x' })],
        ['publish', () => api(token).post(`${base}/consultations/${consultation}/summary/publish`, {})],
      ];
      for (const [what, call] of paths) {
        const res = await call();
        expect({ who, what, status: res.status }).toEqual({ who, what, status: 403 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
    }
    expect(await stored()).toEqual(before);
  });

  it('classifies with a stance and lines of the topic; the filters find it; a line of another topic is refused', async () => {
    const { lines } = await queue(round.desk.editor);
    const classify = (key: string, stance: CommentStance, lineIds: number[] = []) => api(round.desk.editor).put(`${base}/comments/${ids[key]}/classification`, { stance, lineIds });
    const res = await classify('parentAgrees', 'agrees', [lines[0].id]);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: ids.parentAgrees, stance: 'agrees', lineIds: [lines[0].id], status: 'classified' });
    expect((await classify('teacherDisagrees', 'disagrees')).status).toBe(200);
    expect((await classify('teacherDuplicate', 'disagrees')).status).toBe(200);
    expect((await api(round.desk.head).put(`${base}/comments/${ids.pupilProposes}/classification`, { stance: 'proposes' })).status).toBe(200);
    expect((await classify('citizenConcern', 'proposes')).status).toBe(200);

    const foreign = await app.strapi.db.query(PLAN_LINE).findOne({ where: { topic: { code: { $ne: 'III.2' } } }, select: ['id'] }) as { id: number };
    const before = await stored();
    const refused = await classify('managerUnclassified', 'agrees', [foreign.id]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/không thuộc lĩnh vực/);
    expect(await stored()).toEqual(before);

    expect((await queue(round.desk.editor, '?unclassified=true')).results.map((row) => row.id)).toEqual([ids.managerUnclassified]);
    expect((await queue(round.desk.editor, '?stance=disagrees')).results.map((row) => row.id)).toEqual([ids.teacherDisagrees, ids.teacherDuplicate]);
    expect((await queue(round.desk.editor, '?group=teacher&status=classified')).pagination.total).toBe(2);
  });

  it('merges a duplicate: it counts once, with the comment kept', async () => {
    const res = await api(round.desk.editor).post(`${base}/comments/${ids.teacherDuplicate}/merge`, { intoId: ids.teacherDisagrees });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: ids.teacherDisagrees, duplicates: 1 });
    const merged = await app.strapi.db.query(PUBLIC_COMMENT).findOne({ where: { id: ids.teacherDuplicate } });
    expect(merged).toMatchObject({ status: 'merged', mergedIntoId: ids.teacherDisagrees });
    const page = await queue(round.desk.editor);
    expect(page.consultation.total).toBe(5);
    // Into itself, into a merged one, or into another consultation's comment: refused, nothing changes.
    const before = await stored();
    for (const [from, into] of [[ids.pupilProposes, ids.pupilProposes], [ids.pupilProposes, ids.teacherDuplicate], [ids.pupilProposes, ids.otherDepartment], [ids.teacherDuplicate, ids.pupilProposes]]) {
      const refused = await api(round.desk.editor).post(`${base}/comments/${from}/merge`, { intoId: into });
      expect({ from, into, status: refused.status }).toEqual({ from, into, status: 400 });
      expect(refused.body.error.message).toMatch(VIETNAMESE);
    }
    expect(await stored()).toEqual(before);
  });

  it('answers, makes an answer public, and e-mails it to the commenter who left an address (once)', async () => {
    const answer = 'Cảm ơn ý kiến của ông. Dự thảo giữ quy định không dạy thêm đối với học sinh tiểu học.';
    const res = await api(round.desk.editor).put(`${base}/comments/${ids.parentAgrees}/answer`, { answer, answerPublic: true });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'answered', answer, answerPublic: true, answerMailedAt: null });
    const privateAnswer = 'Phòng đã chuyển nội dung này cho Thanh tra Sở xem xét.';
    expect((await api(round.desk.head).put(`${base}/comments/${ids.citizenConcern}/answer`, { answer: privateAnswer })).body.data).toMatchObject({ answerPublic: false });
    const teacherAnswer = 'Dự thảo cho phép dạy thêm ngoài nhà trường theo đăng ký kinh doanh.';
    expect((await api(round.desk.editor).put(`${base}/comments/${ids.teacherDisagrees}/answer`, { answer: teacherAnswer })).status).toBe(200);
    expect((await api(round.desk.editor).put(`${base}/comments/${ids.teacherDisagrees}/answer-public`, { answerPublic: true })).body.data).toMatchObject({ answerPublic: true });

    const mailed = await api(round.desk.editor).post(`${base}/comments/${ids.parentAgrees}/answer-mail`, {});
    expect(mailed.status).toBe(200);
    expect(mailed.body.data.answerMailedAt).toEqual(expect.any(String));
    const mail = box.received.find((entry) => entry.rcptTo.includes('binh.phuhuynh@example.test'));
    expect(mail).toBeDefined();
    expect(mail!.mail.subject).toContain('Dự thảo quy định dạy thêm, học thêm');
    expect(mail!.mail.text).toContain(answer);
    expect(mail!.mail.text).toContain('Nguyễn Văn Bình');
    expect(mail!.mail.text).toContain(codes.parentAgrees);
    // Once: a second send is refused; a comment with no address cannot be mailed; a merged one cannot be answered.
    const count = box.messages.length;
    for (const [id, message] of [[ids.parentAgrees, /đã được gửi/], [ids.teacherDisagrees, /không để lại địa chỉ/], [ids.pupilProposes, /chưa được trả lời/]] as const) {
      const refused = await api(round.desk.editor).post(`${base}/comments/${id}/answer-mail`, {});
      expect({ id, status: refused.status }).toEqual({ id, status: 400 });
      expect(refused.body.error.message).toMatch(message);
    }
    expect((await api(round.desk.editor).put(`${base}/comments/${ids.teacherDuplicate}/answer`, { answer: 'x' })).status).toBe(400);
    expect(box.messages.length).toBe(count);
  });

  it('sends a concern raised in a comment to the opinion desk’s register, once, linked back', async () => {
    const before = await app.strapi.db.query(CONCERN).count();
    const res = await api(round.desk.editor).post(`${base}/comments/${ids.citizenConcern}/concern`, {});
    expect(res.status).toBe(201);
    const concernId = res.body.data.concern.id;
    expect(res.body.data.comment).toMatchObject({ id: ids.citizenConcern, concernId });
    const concern = await app.strapi.db.query(CONCERN).findOne({ where: { id: concernId }, populate: { topic: true } });
    expect(concern.description).toContain('Trường X vẫn thu tiền dạy thêm 500.000 đồng/tháng');
    expect(concern.topic.code).toBe('III.2');
    // The register's own view: the department reads it there.
    expect((await api(round.desk.editor).get(`/editorial-workflow/concerns/${concernId}`)).status).toBe(200);
    const again = await api(round.desk.editor).post(`${base}/comments/${ids.citizenConcern}/concern`, {});
    expect(again.status).toBe(400);
    expect(await app.strapi.db.query(CONCERN).count()).toBe(before + 1);
    // The commenter's address is not copied into the register.
    expect(JSON.stringify(concern)).not.toContain('nguoidan@example.test');
  });

  it('counts the summary’s figures equal to a recount of the stored comments (a merged duplicate once)', async () => {
    const res = await api(round.desk.head).get(`${base}/consultations/${consultation}/summary`);
    expect(res.status).toBe(200);
    const view = res.body.data as FeedbackSummaryView;
    const rows: Array<{ group: CommenterGroup; commune: string; status: CommentStatus; stance: CommentStance | null }> = await app.strapi.db
      .query(PUBLIC_COMMENT)
      .findMany({ where: { itemDocumentId: consultation } });
    const counted = rows.filter((row) => row.status !== 'merged');
    const recount = {
      total: counted.length,
      byGroup: Object.fromEntries(COMMENTER_GROUPS.map((group) => [group, counted.filter((row) => row.group === group).length])),
      byStance: Object.fromEntries(COMMENT_STANCES.map((stance) => [stance, counted.filter((row) => row.stance === stance).length])),
      unclassified: counted.filter((row) => !row.stance).length,
    };
    expect(view.figures).toMatchObject(recount);
    expect(view.figures.total).toBe(5);
    expect(view.figures.byCommune.reduce((sum, row) => sum + row.count, 0)).toBe(5);
    // "Xã Mường Phăng" and "xã  Mường Phăng" are one commune; the merged duplicate is not counted there either.
    expect(view.figures.byCommune).toEqual(expect.arrayContaining([{ commune: 'Phường Him Lam', count: 2 }, { commune: 'Xã Mường Phăng', count: 1 }]));
    expect(view.answers.map((row) => [row.id, row.answerPublic])).toEqual([[ids.parentAgrees, true], [ids.teacherDisagrees, true], [ids.citizenConcern, false]]);
    expect(view.published).toBeNull();
  });

  it('writes the summary and exports it as a Word document in the administrative layout, with the public answers only', async () => {
    const mainPoints = 'Đa số ý kiến đồng tình với quy định không dạy thêm đối với học sinh tiểu học.\nMột số giáo viên vùng cao đề nghị cho phép dạy thêm có thu tiền.';
    const put = await api(round.desk.editor).put(`${base}/consultations/${consultation}/summary`, { mainPoints });
    expect(put.status).toBe(200);
    expect(put.body.data.mainPoints).toBe(mainPoints);
    // Written is not published.
    expect(put.body.data.published).toBeNull();
    expect(await publicFeedbackSummary(app.strapi, consultation)).toBeNull();
    const res = await api(office.token).get(`${base}/consultations/${consultation}/summary/document`).buffer(true).parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['cache-control']).toBe('no-store');
    const xml = await docxText(res.body as Buffer);
    expect(xml).toBe(xml.normalize('NFC'));
    for (const line of ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', 'Tổng hợp ý kiến góp ý đối với dự thảo: Dự thảo quy định dạy thêm, học thêm', 'Nơi nhận:', 'I. TỔNG HỢP SỐ LƯỢNG Ý KIẾN', 'Phụ huynh', 'Đồng tình', 'Phường Him Lam', 'Một số giáo viên vùng cao đề nghị cho phép dạy thêm có thu tiền.', 'Dự thảo cho phép dạy thêm ngoài nhà trường theo đăng ký kinh doanh.']) {
      expect({ line, found: xml.includes(line) }).toEqual({ line, found: true });
    }
    expect(xml).toContain('Tổng số ý kiến góp ý nhận được: 5');
    for (const secret of ['Phòng đã chuyển nội dung này cho Thanh tra Sở xem xét.', 'binh.phuhuynh@example.test', '0912 345 678', 'Nguyễn Văn Bình', codes.parentAgrees]) {
      expect({ secret, leaked: xml.includes(secret) }).toEqual({ secret, leaked: false });
    }
  });

  it('publishes the summary: the public summary and its Word download appear, with no contact detail or classification', async () => {
    expect(await publicFeedbackSummary(app.strapi, consultation)).toBeNull();
    const path = `/api/editorial-workflow/feedback-summaries/${consultation}.docx`;
    expect((await request(app.server).get(path)).status).toBe(404);
    const res = await api(round.desk.head).post(`${base}/consultations/${consultation}/summary/publish`, {});
    expect(res.status).toBe(200);
    expect(res.body.data.published).toEqual({ publishedAt: expect.any(String), documentUrl: `${PUBLIC_URL}${path}` });

    const summary = (await publicFeedbackSummary(app.strapi, consultation))!;
    expect(summary).toMatchObject({
      total: 5,
      byGroup: { parent: 1, teacher: 1, pupil: 1, citizen: 1, manager: 1, other: 0 },
      byStance: { agrees: 1, disagrees: 1, proposes: 2 },
      documentUrl: `${PUBLIC_URL}${path}`,
    });
    expect(summary.answers).toEqual([
      { group: 'parent', text: 'Tôi đồng tình với việc cấm dạy thêm đối với học sinh tiểu học.', answer: expect.stringContaining('Cảm ơn ý kiến của ông') },
      { group: 'teacher', text: 'Giáo viên vùng cao cần được dạy thêm có thu tiền để bù thu nhập.', answer: 'Dự thảo cho phép dạy thêm ngoài nhà trường theo đăng ký kinh doanh.' },
    ]);
    const keys = keysIn(summary);
    for (const key of PRIVATE_KEYS) expect({ key, leaked: keys.has(key) }).toEqual({ key, leaked: false });
    const text = JSON.stringify(summary);
    for (const secret of ['binh.phuhuynh@example.test', '0912 345 678', 'Nguyễn Văn Bình', 'nguoidan@example.test', 'Thanh tra Sở', codes.parentAgrees, 'Him Lam']) {
      expect({ secret, leaked: text.includes(secret) }).toEqual({ secret, leaked: false });
    }

    const download = await request(app.server).get(path).buffer(true).parse(asBuffer);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('wordprocessingml');
    const xml = await docxText(download.body as Buffer);
    expect(xml).toContain('Tổng hợp ý kiến góp ý đối với dự thảo');
    expect(xml).not.toContain('binh.phuhuynh@example.test');
    // Frozen at publishing: a later answer does not change the published summary until it is published again.
    await api(round.desk.editor).put(`${base}/comments/${ids.pupilProposes}/answer`, { answer: 'Nhà trường sẽ tổ chức câu lạc bộ.', answerPublic: true });
    expect((await publicFeedbackSummary(app.strapi, consultation))!.answers).toHaveLength(2);
    // Another consultation with nothing published: no summary, no download.
    expect(await publicFeedbackSummary(app.strapi, other)).toBeNull();
    expect((await request(app.server).get(`/api/editorial-workflow/feedback-summaries/${other}.docx`)).status).toBe(404);
    for (const bad of ['x.pdf', '..%2F..%2Fetc.docx', `${consultation}`]) expect((await request(app.server).get(`/api/editorial-workflow/feedback-summaries/${bad}`)).status).toBe(404);
  });

  it('exports the reply list, with contact details, to the department only', async () => {
    const res = await api(round.desk.editor).get(`${base}/consultations/${consultation}/reply-list`).buffer(true).parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['cache-control']).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const rows = workbook.worksheets[0].getSheetValues().slice(2).map((row) => (row as unknown[]).map((cell) => (cell === undefined || cell === null ? '' : String(cell))));
    // Those who left a contact: the parent (name, e-mail, phone), the teacher (phone), the citizen (e-mail).
    expect(rows).toHaveLength(3);
    expect(rows.flat()).toEqual(expect.arrayContaining(['binh.phuhuynh@example.test', '0912 345 678', 'Nguyễn Văn Bình', '0988 777 666', 'nguoidan@example.test']));
    // Contacts deleted after closing leave the list.
    await app.strapi.db.query(PUBLIC_COMMENT).update({ where: { id: ids.teacherDisagrees }, data: { phone: null, contactsDeletedAt: new Date() } });
    const after = await api(round.desk.head).get(`${base}/consultations/${consultation}/reply-list`).buffer(true).parse(asBuffer);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(after.body as never);
    expect(again.worksheets[0].rowCount).toBe(3);
  });

  it('refuses bad input with a 4xx in Vietnamese and stores nothing', async () => {
    const before = await stored();
    const editor = api(round.desk.editor);
    const cases: Array<[string, () => request.Test, number]> = [
      ['unknown stance', () => editor.put(`${base}/comments/${ids.managerUnclassified}/classification`, { stance: 'maybe' }), 400],
      ['no stance', () => editor.put(`${base}/comments/${ids.managerUnclassified}/classification`, {}), 400],
      ['unknown field', () => editor.put(`${base}/comments/${ids.managerUnclassified}/classification`, { stance: 'agrees', status: 'answered' }), 400],
      ['lineIds not a list', () => editor.put(`${base}/comments/${ids.managerUnclassified}/classification`, { stance: 'agrees', lineIds: '1' }), 400],
      ['lineIds of objects', () => editor.put(`${base}/comments/${ids.managerUnclassified}/classification`, { stance: 'agrees', lineIds: [{ $gt: 0 }] }), 400],
      ['body an array', () => editor.put(`${base}/comments/${ids.managerUnclassified}/classification`, [{ stance: 'agrees' }]), 400],
      ['empty answer', () => editor.put(`${base}/comments/${ids.managerUnclassified}/answer`, { answer: '   ' }), 400],
      ['answer too long', () => editor.put(`${base}/comments/${ids.managerUnclassified}/answer`, { answer: 'a'.repeat(5001) }), 400],
      ['answer a number', () => editor.put(`${base}/comments/${ids.managerUnclassified}/answer`, { answer: 42 }), 400],
      ['answer with NUL', () => editor.put(`${base}/comments/${ids.managerUnclassified}/answer`, { answer: 'a\u0000b' }), 400],
      ['public flag not a flag', () => editor.put(`${base}/comments/${ids.managerUnclassified}/answer-public`, { answerPublic: 'có' }), 400],
      ['public without answer', () => editor.put(`${base}/comments/${ids.managerUnclassified}/answer-public`, { answerPublic: true }), 400],
      ['merge with no target', () => editor.post(`${base}/comments/${ids.managerUnclassified}/merge`, {}), 400],
      ['merge into a giant id', () => editor.post(`${base}/comments/${ids.managerUnclassified}/merge`, { intoId: 99_999_999_999 }), 400],
      ['mail with a body', () => editor.post(`${base}/comments/${ids.managerUnclassified}/answer-mail`, { to: 'attacker@example.test' }), 400],
      ['concern with a body', () => editor.post(`${base}/comments/${ids.managerUnclassified}/concern`, { severity: 'crisis' }), 400],
      ['summary too long', () => editor.put(`${base}/consultations/${consultation}/summary`, { mainPoints: 'a'.repeat(20_001) }), 400],
      ['summary unknown field', () => editor.put(`${base}/consultations/${consultation}/summary`, { mainPoints: 'x', publishedAt: '2020-01-01' }), 400],
      ['queue filter unknown', () => editor.get(`${base}/consultations/${consultation}/comments?stance=maybe`), 400],
      ['queue filter nested', () => editor.get(`${base}/consultations/${consultation}/comments?status[$ne]=merged`), 400],
      ['queue parameter unknown', () => editor.get(`${base}/consultations/${consultation}/comments?populate=*`), 400],
      ['queue page size', () => editor.get(`${base}/consultations/${consultation}/comments?pageSize=1000`), 400],
      ['summary query', () => editor.get(`${base}/consultations/${consultation}/summary?populate=*`), 400],
      ['comment not there', () => editor.put(`${base}/comments/2147483000/answer`, { answer: 'x' }), 404],
      ['comment id not a number', () => editor.put(`${base}/comments/abc/answer`, { answer: 'x' }), 404],
      ['consultation not there', () => editor.get(`${base}/consultations/khongtontai123/comments`), 404],
      ['consultation id odd', () => editor.get(`${base}/consultations/a..b/summary`), 404],
      ['not a consultation', () => editor.get(`${base}/consultations/${round.xaA.documentId}/comments`), 404],
    ];
    for (const [what, call, status] of cases) {
      const res = await call();
      expect({ what, status: res.status }).toEqual({ what, status });
      expect({ what, message: res.body?.error?.message }).toEqual({ what, message: expect.stringMatching(VIETNAMESE) });
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses to publish without main points', async () => {
    const publish = await api(otherHead.token).post(`${base}/consultations/${other}/summary/publish`, {});
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toMatch(/nội dung chính/);
    expect(await publicFeedbackSummary(app.strapi, other)).toBeNull();
  });

  it('keeps one classification of two at once (a conditional write on the row read)', async () => {
    const both = await Promise.all(
      (['agrees', 'disagrees'] as const).map((stance) => api(round.desk.editor).put(`${base}/comments/${ids.managerUnclassified}/classification`, { stance }))
    );
    expect(both.every((res) => [200, 400].includes(res.status))).toBe(true);
    const row = await app.strapi.db.query(PUBLIC_COMMENT).findOne({ where: { id: ids.managerUnclassified } });
    expect(row.status).toBe('classified');
    const winners = both.filter((res) => res.status === 200).map((res) => (res.body.data as FeedbackComment).stance);
    expect(winners).toContain(row.stance);
  });
});
