import fs from 'fs';
import path from 'path';
import request from 'supertest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UPLOADS } from './harness/media';
import { startStrapi, type TestApp } from './harness/strapi';
import { contentManager, createDraft } from './harness/http';
import { act, newsroomDesk, publishThroughWorkflow, workflowApi, type Desk } from './harness/workflow';
import { seedReference } from '../src/seed/reference';
import * as samples from './fixtures/media/samples';
import { ARTICLE, ITEM_SNAPSHOT, ITEM_STATE, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { CHANGED_SINCE_APPROVAL } from '../src/plugins/editorial-workflow/server/src/workflow/wording';
import { previousContentHash } from '../src/plugins/editorial-workflow/server/src/services/item-content';

const FILE = 'plugin::upload.file';
const YOUTUBE = 'https://youtu.be/dQw4w9WgXcQ?si=chiase';
const FACEBOOK = 'https://www.facebook.com/SoGDDT/videos/le-khai-giang/1234567890123/';
const EMBEDS = [
  { provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  { provider: 'facebook', id: '1234567890123', url: 'https://www.facebook.com/watch/?v=1234567890123' },
];

/** A Word document as Word writes it (its content types first), and an Excel workbook as ExcelJS writes it. */
async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}
async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Kế hoạch').addRow(['Tuần', 'Nội dung']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface StoredFile {
  id: number;
  name: string;
  mime: string;
  size: number;
  url: string;
}

/**
 * Video links and documents on an item (issue 20): only YouTube and Facebook videos, only PDF, DOCX
 * and XLSX files by their bytes, refused in Vietnamese with nothing stored; shown by the public API
 * (typed embeds, never HTML; documents with name, type, size, address) and downloadable only once
 * the item is published.
 */
describe('an item’s video links and documents', () => {
  let app: TestApp;
  let desk: Desk;
  let office: { documentId: string };
  let topic: { documentId: string };
  let filesBefore: Set<string>;

  const upload = async (token: string, bytes: Buffer, filename: string, contentType: string) =>
    request(app.server).post('/upload').set('Authorization', `Bearer ${token}`).attach('files', bytes, { filename, contentType });
  const uploaded = async (bytes: Buffer, filename: string, contentType: string): Promise<StoredFile> => {
    const res = await upload(desk.author, bytes, filename, contentType);
    expect({ filename, status: res.status }).toEqual({ filename, status: 201 });
    return app.strapi.db.query(FILE).findOne({ where: { id: res.body[0].id } }) as Promise<StoredFile>;
  };
  const draft = (data: Record<string, unknown>) =>
    createDraft(app, desk.author, { title: `Chỉ thị năm học ${Math.random().toString(36).slice(2, 8)}`, unit: office.documentId, topic: topic.documentId, ...data });
  const stored = async (documentId: string) =>
    app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null }, select: ['videoLinks'], populate: { documents: { select: ['id'] } } });
  const counts = async () => ({ items: await app.strapi.db.query(ARTICLE).count(), files: await app.strapi.db.query(FILE).count(), onDisk: fs.readdirSync(UPLOADS).length });
  const publicItem = async (documentId: string) => {
    const row = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId }, select: ['slug'] });
    return request(app.server).get(`/api/articles/by-slug/${row.slug}`);
  };

  beforeAll(async () => {
    filesBefore = new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);
    app = await startStrapi();
    await seedReference(app.strapi);
    office = await app.strapi.db.query(UNIT).findOne({ select: ['documentId'], where: { code: 'SGD-VP' } });
    topic = await app.strapi.db.query(TOPIC).findOne({ select: ['documentId'], where: { code: 'III.2' } });
    desk = await newsroomDesk(app, { authorUnit: 'SGD-VP', domain: 'links.test' });
  });

  afterAll(async () => {
    await app?.stop();
    for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  describe('video links', () => {
    it('accepts YouTube and Facebook links and stores each video’s canonical address', async () => {
      const { documentId } = await draft({ videoLinks: [YOUTUBE, FACEBOOK] });
      expect((await stored(documentId)).videoLinks).toEqual(EMBEDS.map((embed) => embed.url));
      const cleared = await contentManager(app, desk.author).update(ARTICLE, documentId, { videoLinks: [] });
      expect(cleared.status).toBe(200);
      expect((await stored(documentId)).videoLinks).toBeNull();
    });

    it.each([
      ['another host', ['https://vimeo.com/123456']],
      ['a look-alike host', ['https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ']],
      ['javascript:', ['javascript:alert(document.cookie)']],
      ['HTML', ['<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>']],
      ['a malformed address', ['youtube.com/watch?v=dQw4w9WgXcQ']],
      ['a good link and a bad one', [YOUTUBE, 'https://evil.example/video']],
      ['a string, not a list', YOUTUBE],
      ['an object', { url: YOUTUBE }],
    ])('refuses %s in Vietnamese, creating nothing and changing nothing', async (_what, videoLinks) => {
      const before = await counts();
      const created = await contentManager(app, desk.author).create(ARTICLE, {
        title: 'Tin có liên kết xấu', kind: 'news', unit: { connect: [{ documentId: office.documentId }] }, videoLinks,
      });
      expect(created.status).toBe(400);
      expect(created.body.error.message).toMatch(/Liên kết video|đường dẫn/);
      expect(created.body.error.details.errors[0].path).toEqual(['videoLinks']);
      expect(await counts()).toEqual(before);

      const { documentId } = await draft({ videoLinks: [YOUTUBE] });
      const updated = await contentManager(app, desk.author).update(ARTICLE, documentId, { videoLinks });
      expect(updated.status).toBe(400);
      expect((await stored(documentId)).videoLinks).toEqual([EMBEDS[0].url]);
    });
  });

  describe('documents', () => {
    it('accepts PDF, DOCX and XLSX files, typed by their bytes', async () => {
      const files = [
        await uploaded(samples.pdf(), 'chi-thi-nam-hoc.pdf', 'application/pdf'),
        await uploaded(await docx(), 'ke-hoach.docx', 'application/octet-stream'),
        await uploaded(await xlsx(), 'lich-cong-tac.xlsx', 'application/vnd.ms-excel'),
      ];
      expect(files.map((file) => file.mime)).toEqual([
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      const { documentId } = await draft({ documents: files.map((file) => file.id) });
      expect((await stored(documentId)).documents.map((file: { id: number }) => file.id)).toEqual(files.map((file) => file.id));
    });

    it.each([
      ['a photo named .pdf', async () => samples.photoWithGps(400, 300), 'chi-thi.pdf', 'application/pdf'],
      ['an HTML page named .pdf', async () => samples.HTML, 'chi-thi.pdf', 'application/pdf'],
      ['a plain ZIP named .xlsx', async () => new JSZip().file('readme.txt', 'xin chào').generateAsync({ type: 'nodebuffer' }), 'bang-diem.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['a macro-enabled workbook', async () => {
        // Its macros within the first entries, where the signature reads (file-signature.ts).
        const zip = new JSZip();
        zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
        zip.file('xl/vbaProject.bin', 'macro');
        zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook/>');
        return zip.generateAsync({ type: 'nodebuffer' });
      }, 'bang-diem.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['a PDF named .docx', async () => samples.pdf(), 'ke-hoach.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ])('refuses a document whose bytes say otherwise (%s) in Vietnamese, storing nothing', async (_what, make, filename, contentType) => {
      const before = await counts();
      const res = await upload(desk.author, await make(), filename, contentType);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(filename);
      expect(res.body.error.message).toMatch(/không|Định dạng/);
      expect(await counts()).toEqual(before);
    });

    it('refuses a photo or a file that does not exist among an item’s documents, in Vietnamese, storing nothing', async () => {
      const photo = await uploaded(await samples.photoWithGps(400, 300), 'anh.jpg', 'image/jpeg');
      const pdf = await uploaded(samples.pdf(), 'cong-van.pdf', 'application/pdf');
      const before = await counts();
      for (const documents of [[pdf.id, photo.id], [999999]]) {
        const res = await contentManager(app, desk.author).create(ARTICLE, {
          title: 'Tin có văn bản xấu', kind: 'news', unit: { connect: [{ documentId: office.documentId }] }, documents,
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/Văn bản đính kèm chỉ nhận tệp PDF, DOCX hoặc XLSX/);
        expect(res.body.error.details.errors[0].path).toEqual(['documents']);
      }
      expect(await counts()).toEqual(before);
      const { documentId } = await draft({ documents: [pdf.id] });
      expect((await contentManager(app, desk.author).update(ARTICLE, documentId, { documents: [photo.id] })).status).toBe(400);
      expect((await stored(documentId)).documents.map((file: { id: number }) => file.id)).toEqual([pdf.id]);
    });
  });

  describe('the public API and the downloads', () => {
    let documentId: string;
    let directive: StoredFile;
    let sheet: StoredFile;
    let later: StoredFile;

    beforeAll(async () => {
      directive = await uploaded(samples.pdf(), 'chi-thi-nhiem-vu-nam-hoc.pdf', 'application/pdf');
      sheet = await uploaded(await xlsx(), 'lich-khai-giang.xlsx', 'application/octet-stream');
      later = await uploaded(samples.pdf(), 'cong-van-bimatnhap.pdf', 'application/pdf');
      ({ documentId } = await draft({ videoLinks: [YOUTUBE, FACEBOOK], documents: [directive.id, sheet.id] }));
    });

    it('before publication: the item is not shown and its documents are not downloadable', async () => {
      expect((await publicItem(documentId)).status).toBe(404);
      await act(app, desk.author, documentId, 'submit');
      for (const file of [directive, sheet]) expect({ url: file.url, status: (await request(app.server).get(file.url)).status }).toEqual({ url: file.url, status: 404 });
    });

    it('published: typed embeds and the documents (name, type, size, address), downloadable without a signature', async () => {
      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      await act(app, desk.publisher, documentId, 'publish');
      const res = await publicItem(documentId);
      expect(res.status).toBe(200);
      expect(res.body.data.videos).toEqual(EMBEDS);
      expect(res.body.data.documents).toEqual([
        { name: 'chi-thi-nhiem-vu-nam-hoc.pdf', mime: 'application/pdf', size: Number(directive.size), url: directive.url },
        { name: 'lich-khai-giang.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: Number(sheet.size), url: sheet.url },
      ]);
      expect(res.text).not.toMatch(/<iframe|<script|youtu\.be|si=chiase|le-khai-giang\/1234/);
      for (const file of [directive, sheet]) {
        const download = await request(app.server).get(file.url);
        expect({ url: file.url, status: download.status }).toEqual({ url: file.url, status: 200 });
        expect(download.headers['cache-control']).toMatch(/^public/);
      }
      // The list shows neither: they are the item's page alone.
      const list = await request(app.server).get('/api/articles?pageSize=100');
      const listed = list.body.data.find((item: { documentId: string }) => item.documentId === documentId);
      expect(listed).toBeDefined();
      expect(Object.keys(listed)).not.toEqual(expect.arrayContaining(['videos']));
      expect(Object.keys(listed)).not.toEqual(expect.arrayContaining(['documents']));
    });

    it('a draft revision’s new link and document stay private until it is published (leak probe)', async () => {
      const edit = await contentManager(app, desk.author).update(ARTICLE, documentId, {
        videoLinks: ['https://www.youtube.com/watch?v=bimatnhap01'], documents: [directive.id, later.id],
      });
      expect(edit.status).toBe(200);
      const res = await publicItem(documentId);
      expect(res.body.data.videos).toEqual(EMBEDS);
      expect(res.body.data.documents.map((file: { url: string }) => file.url)).toEqual([directive.url, sheet.url]);
      expect((await request(app.server).get(later.url)).status).toBe(404);
      for (const path of ['/api/articles?pageSize=100', '/api/articles?q=bimatnhap', '/api/feed.rss', '/api/sitemap.xml']) {
        const probe = await request(app.server).get(path);
        expect({ path, leaked: /bimatnhap|videoLinks/.test(probe.text) }).toEqual({ path, leaked: false });
      }
      expect(res.text).not.toMatch(/bimatnhap|videoLinks/);
    });

    it('unpublished: the documents are private again', async () => {
      await act(app, desk.publisher, documentId, 'unpublish', { comment: 'Gỡ để cập nhật văn bản mới' });
      expect((await publicItem(documentId)).status).toBe(404);
      for (const file of [directive, sheet]) expect({ url: file.url, status: (await request(app.server).get(file.url)).status }).toEqual({ url: file.url, status: 404 });
    });
  });

  /**
   * The approval hash covers the video links and the documents (hash v3): a change to either after
   * the head approved sends the item back as a text edit does, a save that changes nothing keeps the
   * approval, and content written past the Document Service is refused at publication.
   */
  describe('the approval covers the video links and the documents', () => {
    const OTHER_VIDEO = 'https://www.youtube.com/watch?v=aaaaaaaaaaa';
    let pdfA: StoredFile;
    let pdfB: StoredFile;

    const recordOf = (documentId: string) => app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
    const draftRow = (documentId: string) => app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } });
    const onlineRow = (documentId: string) => app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    const approvedItem = async (data: Record<string, unknown>) => {
      const { documentId } = await draft(data);
      await act(app, desk.author, documentId, 'submit');
      await act(app, desk.editor, documentId, 'forward');
      await act(app, desk.head, documentId, 'approve');
      const record = await recordOf(documentId);
      expect({ state: record.state, approvedHash: record.approvedHash }).toEqual({ state: 'approved', approvedHash: expect.stringMatching(/^v3:[0-9a-f]{64}$/) });
      return documentId;
    };
    /** An edit in the content manager, by the editor (who edits an approved item) unless told. */
    const edit = async (documentId: string, data: Record<string, unknown>, token = desk.editor) => {
      const res = await contentManager(app, token).update(ARTICLE, documentId, data);
      expect({ status: res.status, error: res.body.error?.message }).toEqual({ status: 200, error: undefined });
    };
    /** What an edit left: the state, the approval, and the history row it wrote. */
    const afterEdit = async (documentId: string) => {
      const record = await recordOf(documentId);
      const [last] = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'desc' }], limit: 1 });
      return { state: record.state, approvedHash: record.approvedHash, approvedAt: record.approvedAt, last: { action: last.action, fromState: last.fromState, toState: last.toState, comment: last.comment } };
    };
    const publish = async (documentId: string) => {
      const current = await workflowApi(app, desk.publisher).item(documentId);
      return workflowApi(app, desk.publisher).transition(documentId, { action: 'publish', expectedVersion: current.body.data.version });
    };

    beforeAll(async () => {
      pdfA = await uploaded(samples.pdf(), 'quyet-dinh-a.pdf', 'application/pdf');
      pdfB = await uploaded(await docx(), 'huong-dan-b.docx', 'application/octet-stream');
    });

    it('a changed video link after approval voids it, exactly as a text edit does', async () => {
      const byText = await approvedItem({ videoLinks: [YOUTUBE] });
      await edit(byText, { title: 'Tiêu đề sửa sau khi duyệt' });
      const textVoided = await afterEdit(byText);
      expect(textVoided).toMatchObject({ state: 'in_review', approvedHash: null, approvedAt: null, last: { action: 'edit', fromState: 'approved', toState: 'in_review' } });

      for (const videoLinks of [[OTHER_VIDEO], [YOUTUBE, FACEBOOK], [], null]) {
        const byLink = await approvedItem({ videoLinks: [YOUTUBE] });
        await edit(byLink, { videoLinks });
        expect({ videoLinks, after: await afterEdit(byLink) }).toEqual({ videoLinks, after: textVoided });
        // Voided: the publisher cannot publish it until the head approves again.
        expect((await publish(byLink)).status).toBe(409);
      }
      // The order is what the website shows: swapping two videos is a change too.
      const reordered = await approvedItem({ videoLinks: [YOUTUBE, FACEBOOK] });
      await edit(reordered, { videoLinks: [FACEBOOK, YOUTUBE] });
      expect(await afterEdit(reordered)).toEqual(textVoided);
    });

    it('adding or removing a document after approval voids it, exactly as a text edit does', async () => {
      const byText = await approvedItem({ documents: [pdfA.id] });
      await edit(byText, { summary: 'Tóm tắt sửa sau khi duyệt' });
      const textVoided = await afterEdit(byText);
      expect(textVoided).toMatchObject({ state: 'in_review', approvedHash: null, last: { action: 'edit', fromState: 'approved', toState: 'in_review' } });

      const added = await approvedItem({ documents: [pdfA.id] });
      await edit(added, { documents: [pdfA.id, pdfB.id] });
      expect(await afterEdit(added)).toEqual(textVoided);

      const removed = await approvedItem({ documents: [pdfA.id, pdfB.id] });
      await edit(removed, { documents: [pdfB.id] });
      expect(await afterEdit(removed)).toEqual(textVoided);

      const emptied = await approvedItem({ documents: [pdfA.id] });
      await edit(emptied, { documents: [] });
      expect(await afterEdit(emptied)).toEqual(textVoided);
    });

    it('a save that changes neither keeps the approval (another address of the same video included), and it publishes', async () => {
      const documentId = await approvedItem({ videoLinks: [YOUTUBE, FACEBOOK], documents: [pdfA.id, pdfB.id] });
      const approved = await recordOf(documentId);
      const row = await draftRow(documentId);
      await edit(documentId, { title: row.title, videoLinks: [EMBEDS[0].url, FACEBOOK], documents: [pdfA.id, pdfB.id] });
      await edit(documentId, {});
      const kept = await recordOf(documentId);
      expect({ state: kept.state, approvedHash: kept.approvedHash, version: kept.version }).toEqual({ state: 'approved', approvedHash: approved.approvedHash, version: approved.version });
      expect((await publish(documentId)).status).toBe(200);
      expect(await onlineRow(documentId)).not.toBeNull();
    });

    it('refuses to publish a link or a document written past the Document Service after approval, at once or on schedule', async () => {
      const documentId = await approvedItem({ videoLinks: [YOUTUBE], documents: [pdfA.id] });
      const { id } = await draftRow(documentId);
      const refused = async () => {
        const res = await publish(documentId);
        expect({ status: res.status, message: res.body.error?.message }).toEqual({ status: 409, message: expect.stringContaining(CHANGED_SINCE_APPROVAL) });
        expect(await onlineRow(documentId)).toBeNull();
        expect((await recordOf(documentId)).state).toBe('approved');
      };

      // An import or a script writing the rows: neither the link rule nor the edit rule runs.
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { videoLinks: [OTHER_VIDEO] } });
      await refused();
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { videoLinks: [EMBEDS[0].url] } });
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { documents: [pdfA.id, pdfB.id] } });
      await refused();
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { documents: [pdfA.id] } });
      // The document's bytes replaced in place (same file id, same name): its digest tells.
      const file = app.strapi.db.query(FILE);
      const original = await file.findOne({ where: { id: pdfA.id } });
      await file.update({ where: { id: pdfA.id }, data: { provider_metadata: { ...(original.provider_metadata ?? {}), contentSha256: 'f'.repeat(64) } } });
      await refused();
      await file.update({ where: { id: pdfA.id }, data: { provider_metadata: original.provider_metadata } });

      // The Document Service's own publish, from code, without the workflow's pass.
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { videoLinks: [OTHER_VIDEO] } });
      await expect(app.strapi.documents(ARTICLE).publish({ documentId })).rejects.toThrow();
      expect(await onlineRow(documentId)).toBeNull();

      // Scheduled: the scheduler refuses it when its time comes.
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { videoLinks: [EMBEDS[0].url] } });
      const at = new Date(Date.now() + 60 * 60 * 1000);
      await act(app, desk.publisher, documentId, 'publish', { publishAt: at.toISOString() });
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { videoLinks: [OTHER_VIDEO] } });
      const workflow = getService(app.strapi, 'workflow');
      expect(await workflow.publishDue(new Date(at.getTime() + 1000))).toBe(0);
      expect(await onlineRow(documentId)).toBeNull();

      // Back to what the head approved: it publishes (the refusals were the links' and documents').
      await app.strapi.db.query(ARTICLE).update({ where: { id }, data: { videoLinks: [EMBEDS[0].url] } });
      expect(await workflow.publishDue(new Date(at.getTime() + 2000))).toBe(1);
      expect(await onlineRow(documentId)).not.toBeNull();
    });

    it('upgrades at start-up an approval stored under v2 when the content still matches it, and keeps it otherwise', async () => {
      const withV2Hash = async (data: Record<string, unknown>, published = false) => {
        const documentId = await approvedItem(data);
        if (published) expect((await publish(documentId)).status).toBe(200);
        const row = await app.strapi.db.query(ARTICLE).findOne({
          where: { documentId, publishedAt: null },
          populate: { cover: true, gallery: true, documents: true, topics: true, unit: true },
        });
        const record = await recordOf(documentId);
        await app.strapi.db.query(ITEM_STATE).update({ where: { id: record.id }, data: { approvedHash: previousContentHash(row) } });
        expect((await recordOf(documentId)).approvedHash).toMatch(/^v2:[0-9a-f]{64}$/);
        return documentId;
      };
      const unchanged = await withV2Hash({ videoLinks: [YOUTUBE], documents: [pdfA.id] });
      const changed = await withV2Hash({ videoLinks: [YOUTUBE], documents: [pdfA.id] });
      await app.strapi.db.query(ARTICLE).update({ where: { documentId: changed, publishedAt: null }, data: { title: 'Sửa thẳng vào bảng trước khi nâng cấp' } });
      const online = await withV2Hash({ videoLinks: [FACEBOOK], documents: [pdfB.id] }, true);
      // Approved before the deploy and published after it: its history row holds the v2 hash too.
      const approvedBefore = await withV2Hash({ videoLinks: [YOUTUBE] });
      const v2Hash = (await recordOf(approvedBefore)).approvedHash;
      // The history is append-only through the app: written as the rows were before the deploy, in SQL.
      const history = app.strapi.db.metadata.get(TRANSITION);
      const column = (name: string) => (history.attributes[name] as { columnName?: string }).columnName ?? name;
      await app.strapi.db
        .connection(history.tableName)
        .where({ [column('itemDocumentId')]: approvedBefore, [column('action')]: 'approve' })
        .update({ [column('contentHash')]: v2Hash });

      await getService(app.strapi, 'item-content').upgradeApprovedHashes();

      // Its publication's snapshot still names who approved it (the approval under the old hash).
      expect((await publish(approvedBefore)).status).toBe(200);
      const approval = await app.strapi.db.query(TRANSITION).findOne({ where: { itemDocumentId: approvedBefore, action: 'approve' } });
      const snapshot = await app.strapi.db.query(ITEM_SNAPSHOT).findOne({ where: { itemDocumentId: approvedBefore, action: 'publish' } });
      expect(snapshot).toMatchObject({ approvedByName: approval.actorName, approvedById: approval.actorId });
      expect(snapshot.approvedByName).toBeTruthy();

      const content = getService(app.strapi, 'item-content');
      for (const documentId of [unchanged, online]) {
        expect((await recordOf(documentId)).approvedHash).toBe((await content.loadDraft(documentId))!.hash);
      }
      expect((await recordOf(changed)).approvedHash).toMatch(/^v2:/);
      // The published one: a save by its author that changes nothing starts no new round.
      await edit(online, {}, desk.author);
      expect((await recordOf(online)).state).toBe('published');
      // Upgraded, the hash covers the links: a change now voids the approval.
      await edit(unchanged, { videoLinks: [OTHER_VIDEO] });
      expect((await recordOf(unchanged)).state).toBe('in_review');
      expect((await publish(changed)).status).toBe(409);
    });
  });

  it('a published item without links or documents shows empty lists', async () => {
    const { documentId } = await draft({});
    await publishThroughWorkflow(app, desk, documentId);
    const res = await publicItem(documentId);
    expect([res.body.data.videos, res.body.data.documents]).toEqual([[], []]);
  });
});
