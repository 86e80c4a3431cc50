import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { UPLOADS } from './harness/media';
import { startStrapi, type TestApp } from './harness/strapi';
import { contentManager, createSuperAdmin, createDraft } from './harness/http';
import { seedReference } from '../src/seed/reference';
import { act, publishThroughWorkflow, workflowApi, type Desk, newsroomDesk } from './harness/workflow';
import * as samples from './fixtures/media/samples';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { legacyContentHash } from '../src/plugins/editorial-workflow/server/src/services/item-content';
import { ARTICLE, ITEM_STATE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const FILE = 'plugin::upload.file';
const REFUSED = /Không thể .*tệp đang được dùng trong tin bài/;

type Caller = 'uploader' | 'editor' | 'publisher' | 'apiToken';
type FileRow = Record<string, unknown> & { id: number; url: string; hash: string; ext: string };

/**
 * A file used by an item under review, approved or online changes only through a new round of the
 * item: not by its uploader, an editor, the publisher (who keeps the media archive) or a full-access
 * API token, on any route of the media library. The approval hash covers the files' bytes and what
 * the website shows of them.
 */
describe('security: published or approved content does not change through the media library', () => {
  let app: TestApp;
  let desk: Desk;
  let apiToken: string;
  let office: { id: number; documentId: string };
  let topic: { documentId: string };
  let filesBefore: Set<string>;
  let counter = 0;

  const tokenOf = (caller: Exclude<Caller, 'apiToken'>) => (caller === 'uploader' ? desk.author : desk[caller]);
  const photo = async () => samples.png(320 + (counter += 1), 200);

  const uploadAs = async (token: string, name = `anh-${counter}.png`) => {
    const res = await request(app.server)
      .post('/upload')
      .set('Authorization', `Bearer ${token}`)
      .field('fileInfo', JSON.stringify({ name, alternativeText: 'Ảnh gốc', caption: 'Chú thích gốc' }))
      .attach('files', await photo(), { filename: name, contentType: 'image/png' });
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body[0].id as number;
  };

  /** Every route of the media library that replaces, edits or deletes a file, as `caller`. */
  const routes = (caller: Caller) => {
    const admin = (method: 'post' | 'put' | 'delete', url: string) =>
      request(app.server)[method](url).set('Authorization', `Bearer ${caller === 'apiToken' ? apiToken : tokenOf(caller)}`);
    if (caller === 'apiToken') {
      return {
        replace: async (id: number) => admin('post', `/api/upload?id=${id}`).attach('files', await photo(), { filename: 'moi.png', contentType: 'image/png' }),
        editAlt: (id: number) => admin('post', `/api/upload?id=${id}`).send({ fileInfo: { alternativeText: 'Ảnh đã bị đổi' } }),
        editCaption: (id: number) => admin('post', `/api/upload?id=${id}`).send({ fileInfo: { caption: 'Chú thích đã bị đổi' } }),
        delete: (id: number) => admin('delete', `/api/upload/files/${id}`),
      };
    }
    return {
      replace: async (id: number) => admin('post', `/upload?id=${id}`).attach('files', await photo(), { filename: 'moi.png', contentType: 'image/png' }),
      replaceRoute: async (id: number) => admin('post', `/upload/files/${id}/replace`).attach('files', await photo(), { filename: 'moi.png', contentType: 'image/png' }),
      editAlt: (id: number) => admin('put', `/upload/files/${id}`).send({ fileInfo: { alternativeText: 'Ảnh đã bị đổi' } }),
      editCaption: (id: number) => admin('post', `/upload?id=${id}`).field('fileInfo', JSON.stringify({ caption: 'Chú thích đã bị đổi' })),
      rename: (id: number) => admin('put', `/upload/files/${id}`).send({ fileInfo: { name: 'ten-moi.png' } }),
      bulkUpdate: (id: number) => admin('post', '/upload/actions/bulk-update').send({ updates: [{ id, fileInfo: { alternativeText: 'Ảnh đã bị đổi' } }] }),
      delete: (id: number) => admin('delete', `/upload/files/${id}`),
      bulkDelete: (id: number) => admin('post', '/upload/actions/bulk-delete').send({ fileIds: [id] }),
    };
  };

  const fileRow = async (id: number): Promise<FileRow> => app.strapi.db.query(FILE).findOne({ where: { id } });
  const bytesOf = (row: FileRow) => crypto.createHash('sha256').update(fs.readFileSync(path.join(UPLOADS, `${row.hash}${row.ext}`))).digest('hex');
  const snapshot = async (id: number) => {
    const row = await fileRow(id);
    return row ? { row, bytes: bytesOf(row) } : null;
  };

  const draftItem = async (title: string, cover: number, gallery: number[] = []) =>
    (await createDraft(app, desk.author, { title, unit: office.documentId, topic: topic.documentId, cover, gallery })) as { documentId: string; slug: string };
  const stateOf = async (documentId: string) => getService(app.strapi, 'item-state').recordOf(documentId);
  const publicCover = async (slug: string) => {
    const res = await request(app.server).get(`/api/articles/by-slug/${slug}`);
    expect(res.status).toBe(200);
    return res.body.data.cover as { url: string; alternativeText: string | null; caption: string | null };
  };

  beforeAll(async () => {
    filesBefore = new Set(fs.readdirSync(UPLOADS));
    app = await startStrapi();
    await seedReference(app.strapi);
    await createSuperAdmin(app);
    office = await app.strapi.db.query(UNIT).findOne({ select: ['id', 'documentId'], where: { code: 'SGD-VP' } });
    topic = await app.strapi.db.query(TOPIC).findOne({ select: ['documentId'], where: { code: 'III.2' } });
    desk = await newsroomDesk(app, { authorUnit: 'SGD-VP', domain: 'integrity.test' });
    const token = await app.strapi.service('admin::api-token').create({ name: 'full access', kind: 'content-api', type: 'full-access', lifespan: null });
    apiToken = token.accessKey;
  });

  afterAll(async () => {
    await app?.stop();
    for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  describe('the file of a published item and of an approved item', () => {
    let published: { documentId: string; slug: string };
    let approved: { documentId: string; slug: string };
    const files: Record<'published' | 'publishedGallery' | 'approved', number> = { published: 0, publishedGallery: 0, approved: 0 };

    beforeAll(async () => {
      files.published = await uploadAs(desk.author);
      files.publishedGallery = await uploadAs(desk.author);
      files.approved = await uploadAs(desk.author);
      published = await draftItem('Khai giảng năm học mới', files.published, [files.publishedGallery]);
      await publishThroughWorkflow(app, desk, published.documentId);
      approved = await draftItem('Hội nghị tổng kết năm học', files.approved);
      await act(app, desk.author, approved.documentId, 'submit');
      await act(app, desk.editor, approved.documentId, 'forward');
      await act(app, desk.head, approved.documentId, 'approve');
    });

    const callers: Caller[] = ['uploader', 'editor', 'publisher', 'apiToken'];
    for (const caller of callers) {
      for (const which of ['published', 'publishedGallery', 'approved'] as const) {
        it(`refuses ${caller} every replace, edit and delete of the ${which} file, and changes nothing`, async () => {
          const id = files[which];
          const before = await snapshot(id);
          const item = which === 'approved' ? approved : published;
          const stateBefore = await stateOf(item.documentId);
          for (const [route, send] of Object.entries(routes(caller))) {
            const res = await send(id);
            // An editor's media library does not even list the file of another unit's published item (403
            // by rights); everywhere else the rights let the call through and the integrity rule refuses it.
            expect({ route, status: res.status }).toEqual({ route, status: 403 });
            const inScope = !(caller === 'editor' && which !== 'approved');
            if (inScope && caller !== 'apiToken') expect({ route, message: res.body.error?.message }).toEqual({ route, message: expect.stringMatching(REFUSED) });
            if (caller === 'apiToken') expect({ route, message: res.body.error?.message }).toEqual({ route, message: expect.stringMatching(REFUSED) });
          }
          expect(await snapshot(id)).toEqual(before);
          const stateAfter = await stateOf(item.documentId);
          expect({ state: stateAfter.state, version: stateAfter.version, approvedHash: stateAfter.approvedHash }).toEqual({
            state: stateBefore.state,
            version: stateBefore.version,
            approvedHash: stateBefore.approvedHash,
          });
        });
      }
    }

    it('names the item in the refusal', async () => {
      const res = await routes('publisher').editAlt(files.published);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('"Khai giảng năm học mới" (đang đăng trên trang thông tin)');
      const approvedRes = await routes('publisher').delete(files.approved);
      expect(approvedRes.body.error.message).toContain('"Hội nghị tổng kết năm học" (Đã duyệt');
    });

    it('the public API still serves the old file and its metadata', async () => {
      const cover = await publicCover(published.slug);
      expect(cover).toMatchObject({ alternativeText: 'Ảnh gốc', caption: 'Chú thích gốc' });
      expect(cover.url).toBe((await fileRow(files.published)).url);
    });

    it('refuses a folder delete that would take the file with it, before deleting anything', async () => {
      const folder = await request(app.server).post('/upload/folders').set('Authorization', `Bearer ${desk.publisher}`).send({ name: 'Kho ảnh', parent: null });
      expect(folder.status).toBe(201);
      const spare = await uploadAs(desk.publisher);
      for (const id of [spare, files.approved]) {
        const moved = await request(app.server)
          .post('/upload/actions/bulk-move')
          .set('Authorization', `Bearer ${desk.publisher}`)
          .send({ fileIds: [id], destinationFolderId: folder.body.data.id });
        // Moving a file between folders changes nothing an item shows: allowed.
        expect(moved.status).toBe(200);
      }
      const res = await request(app.server).post('/upload/actions/bulk-delete').set('Authorization', `Bearer ${desk.publisher}`).send({ folderIds: [folder.body.data.id] });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(REFUSED);
      expect(await fileRow(spare)).toBeTruthy();
      expect(await fileRow(files.approved)).toBeTruthy();
    });

    it('holds for code writing the rows directly (database lifecycles)', async () => {
      await expect(app.strapi.db.query(FILE).update({ where: { id: files.published }, data: { alternativeText: 'Đổi bằng mã' } })).rejects.toMatchObject({
        message: expect.stringMatching(REFUSED),
      });
      await expect(app.strapi.db.query(FILE).delete({ where: { id: files.approved } })).rejects.toMatchObject({ message: expect.stringMatching(REFUSED) });
      expect((await fileRow(files.published)).alternativeText).toBe('Ảnh gốc');
    });

    it('the approved item still publishes as approved', async () => {
      await act(app, desk.publisher, approved.documentId, 'publish');
      expect((await stateOf(approved.documentId)).state).toBe('published');
    });
  });

  describe('the legitimate uses', () => {
    it('an author replaces and re-captions a photo of their own draft; the digest follows the bytes', async () => {
      const id = await uploadAs(desk.author);
      await draftItem('Bản nháp có ảnh', id);
      const before = await fileRow(id);
      const digest = (before.provider_metadata as { contentSha256?: string })?.contentSha256;
      expect(digest).toMatch(/^[0-9a-f]{64}$/);
      const replaced = await routes('uploader').replace(id);
      expect(replaced.status).toBe(200);
      const after = await fileRow(id);
      // Strapi keeps the address on replace: only the digest tells the content changed.
      expect(after.url).toBe(before.url);
      expect((after.provider_metadata as { contentSha256?: string }).contentSha256).toMatch(/^[0-9a-f]{64}$/);
      expect((after.provider_metadata as { contentSha256?: string }).contentSha256).not.toBe(digest);
      expect((await routes('uploader').editCaption(id)).status).toBe(200);
      expect((await fileRow(id)).caption).toBe('Chú thích đã bị đổi');
    });

    it("an editor edits the file of an item in review (voiding nothing), and the publisher may not", async () => {
      const id = await uploadAs(desk.author);
      const item = await draftItem('Tin đang biên tập', id);
      await act(app, desk.author, item.documentId, 'submit');
      const before = await stateOf(item.documentId);
      const refused = await routes('publisher').editAlt(id);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(REFUSED);
      const res = await routes('editor').editAlt(id);
      expect(res.status).toBe(200);
      const after = await stateOf(item.documentId);
      expect({ state: after.state, version: after.version }).toEqual({ state: 'in_review', version: before.version });
      await act(app, desk.editor, item.documentId, 'forward');
      await act(app, desk.head, item.documentId, 'approve');
      await act(app, desk.publisher, item.documentId, 'publish');
      const slug = (await app.strapi.db.query(ARTICLE).findOne({ select: ['slug'], where: { documentId: item.documentId } })).slug;
      expect((await publicCover(slug)).alternativeText).toBe('Ảnh đã bị đổi');
    });

    it('an edit of a published item starts a new round whose new photo goes through review; the old one stays online', async () => {
      const oldId = await uploadAs(desk.author);
      const item = await draftItem('Tin sẽ đổi ảnh', oldId);
      await publishThroughWorkflow(app, desk, item.documentId);
      const oldUrl = (await fileRow(oldId)).url;

      const newId = await uploadAs(desk.author);
      const edited = await contentManager(app, desk.author).update(ARTICLE, item.documentId, { cover: newId });
      expect(edited.status).toBe(200);
      expect((await stateOf(item.documentId)).state).toBe('draft');
      // The published version still holds the old file: it stays as approved.
      expect((await routes('uploader').replace(oldId)).status).toBe(403);
      // The new round's own photo is the author's to change until it is submitted.
      expect((await routes('uploader').replace(newId)).status).toBe(200);
      expect((await publicCover(item.slug)).url).toBe(oldUrl);

      await act(app, desk.author, item.documentId, 'submit');
      expect((await routes('uploader').replace(newId)).status).toBe(403);
      await act(app, desk.editor, item.documentId, 'forward');
      await act(app, desk.head, item.documentId, 'approve');
      await act(app, desk.publisher, item.documentId, 'publish');
      expect((await publicCover(item.slug)).url).toBe((await fileRow(newId)).url);
    });

    it('the publisher deletes a file nothing under way or online uses', async () => {
      const id = await uploadAs(desk.author);
      expect((await routes('publisher').delete(id)).status).toBe(200);
      expect(await fileRow(id)).toBeNull();
    });
  });

  describe('media-library rights carry unit conditions', () => {
    it("an editor opens the files of their department's queue and their own, not another unit's draft files", async () => {
      const draftFile = await uploadAs(desk.author);
      await draftItem('Bản nháp của đơn vị khác', draftFile);
      const queued = await uploadAs(desk.author);
      const item = await draftItem('Tin chờ phòng biên tập', queued);
      await act(app, desk.author, item.documentId, 'submit');
      const own = await uploadAs(desk.editor);
      const open = (id: number) => request(app.server).get(`/upload/files/${id}`).set('Authorization', `Bearer ${desk.editor}`);
      expect((await open(draftFile)).status).toBe(403);
      expect((await open(queued)).status).toBe(200);
      expect((await open(own)).status).toBe(200);
      const listed = await request(app.server).get('/upload/files?pageSize=100').set('Authorization', `Bearer ${desk.editor}`);
      const ids = (listed.body.results as Array<{ id: number }>).map((file) => file.id);
      expect(ids).toEqual(expect.arrayContaining([queued, own]));
      expect(ids).not.toContain(draftFile);
    });

    it("the bulk delete applies the conditions to each file: an author cannot delete another person's file", async () => {
      const others = await uploadAs(desk.publisher);
      const mine = await uploadAs(desk.author);
      const res = await request(app.server).post('/upload/actions/bulk-delete').set('Authorization', `Bearer ${desk.author}`).send({ fileIds: [mine, others] });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/không có quyền xoá/);
      expect(await fileRow(others)).toBeTruthy();
      expect(await fileRow(mine)).toBeTruthy();
      const alone = await request(app.server).post('/upload/actions/bulk-delete').set('Authorization', `Bearer ${desk.author}`).send({ fileIds: [mine] });
      expect(alone.status).toBe(200);
      expect(await fileRow(mine)).toBeNull();
    });
  });

  describe('the approval hash', () => {
    it('covers what the website shows of the files, not only their ids', async () => {
      const id = await uploadAs(desk.author);
      const item = await draftItem('Tin đo mã băm', id);
      const content = getService(app.strapi, 'item-content');
      const before = (await content.loadDraft(item.documentId))!.hash;
      expect((await routes('uploader').editAlt(id)).status).toBe(200);
      const afterAlt = (await content.loadDraft(item.documentId))!.hash;
      expect(afterAlt).not.toBe(before);
      expect((await routes('uploader').replace(id)).status).toBe(200);
      expect((await content.loadDraft(item.documentId))!.hash).not.toBe(afterAlt);
    });

    it('an approval stored under the old hash is upgraded when its content is unchanged, and kept otherwise', async () => {
      const draftRow = async (documentId: string) =>
        app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $null: true } }, populate: { cover: true, gallery: true, topics: true, unit: true } });
      const approveWithOldHash = async (title: string) => {
        const item = await draftItem(title, await uploadAs(desk.author));
        await act(app, desk.author, item.documentId, 'submit');
        await act(app, desk.editor, item.documentId, 'forward');
        await act(app, desk.head, item.documentId, 'approve');
        const record = await stateOf(item.documentId);
        await app.strapi.db.query(ITEM_STATE).update({ where: { id: record.id }, data: { approvedHash: legacyContentHash(await draftRow(item.documentId)) } });
        return item;
      };
      const unchanged = await approveWithOldHash('Duyệt trước khi nâng cấp');
      const changed = await approveWithOldHash('Duyệt rồi bị sửa thẳng vào bảng');
      await app.strapi.db.query(ARTICLE).update({ where: { documentId: changed.documentId, publishedAt: { $null: true } }, data: { title: 'Đã sửa' } });

      await getService(app.strapi, 'item-content').upgradeApprovedHashes();

      const publish = async (documentId: string) => {
        const current = await workflowApi(app, desk.publisher).item(documentId);
        return workflowApi(app, desk.publisher).transition(documentId, { action: 'publish', expectedVersion: current.body.data.version });
      };
      expect((await publish(unchanged.documentId)).status).toBe(200);
      expect((await publish(changed.documentId)).status).toBe(409);
    });
  });
});
