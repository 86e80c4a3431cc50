import request from 'supertest';
import type { TestApp } from './strapi';
import { CM, connect, contentManager } from './http';
import { adminClient } from './admin-client';
import { act, workflowApi } from './workflow';
import type { WorkflowState } from '../../src/plugins/editorial-workflow/shared/state-machine';
import { ARTICLE, ITEM_STATE, TRANSITION, UNIT } from '../../src/plugins/editorial-workflow/shared/uids';

/**
 * Every path that could publish an item around the workflow, as one block each lane runs: the
 * standard items (tests/workflow.test.ts) and the official response (tests/official-response.test.ts),
 * whose lane must be just as impossible to bypass. The suite hands over its app and people once its
 * `beforeAll` has run (hence functions).
 */
export interface BypassSetting {
  /** The lane's name, for the tests' titles. */
  lane: string;
  app(): TestApp;
  /** A new item of the lane, walked to `state` by the real roles. */
  itemIn(state: WorkflowState, title?: string): Promise<string>;
  /** Everyone who tries the content-manager's publish: the lane's people and the super admin. */
  tokens(): string[];
  /** The lane's author (edits a published item), publisher, the one who approves, and the super admin. */
  author(): string;
  publisher(): string;
  approver(): string;
  root(): string;
  /** What a create-and-publish names: the lane's kind and unit (a unit documentId). */
  draftFields(): { kind: string; unit: string };
  /**
   * An edit of an approved item: who tries it, and the state it leaves the item in (the standard
   * lane sends it back to review; the official response is edited by nobody once submitted).
   */
  editAfterApproval(): { token: string; status: number; state: WorkflowState };
}

export function describePublishBypasses(setting: BypassSetting): void {
  const app = () => setting.app();
  const onlineRow = (documentId: string) => app().strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  const stateOf = (documentId: string) => app().strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
  const snapshot = async (documentId: string) => ({
    state: await stateOf(documentId),
    history: await app().strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } }),
    online: await onlineRow(documentId),
    rows: await app().strapi.db.query(ARTICLE).count({ where: { documentId } }),
  });
  const cmPost = (token: string, path: string, body: Record<string, unknown> = {}) =>
    request(app().server).post(`${CM}/${ARTICLE}${path}`).set({ Authorization: `Bearer ${token}` }).send(body);

  describe(`every path that could publish around the workflow (${setting.lane})`, () => {
    it('refuses content-manager publish, bulk publish and create-and-publish, for every role and the super admin', async () => {
      const documentId = await setting.itemIn('awaiting_approval');
      const approved = await setting.itemIn('approved');
      const before = [await snapshot(documentId), await snapshot(approved)];
      const rows = await app().strapi.db.query(ARTICLE).count();
      const { kind, unit } = setting.draftFields();
      for (const token of setting.tokens()) {
        for (const id of [documentId, approved]) {
          expect((await cmPost(token, `/${id}/actions/publish`, { title: 'x' })).status).toBe(403);
        }
        expect((await cmPost(token, '/actions/bulkPublish', { documentIds: [documentId, approved] })).status).toBe(403);
        const createAndPublish = await cmPost(token, '/actions/publish', { title: 'Đăng thẳng', kind, unit: connect(unit) });
        expect(createAndPublish.status).toBe(403);
        expect(createAndPublish.body.error.message).not.toBe('Forbidden'); // a reason a person can act on
      }
      expect(await app().strapi.db.query(ARTICLE).count()).toBe(rows);
      expect([await snapshot(documentId), await snapshot(approved)]).toEqual(before);
    });

    it('refuses content-manager unpublish and discard of a published item', async () => {
      const documentId = await setting.itemIn('published', 'Bản đã đăng');
      await contentManager(app(), setting.author()).update(ARTICLE, documentId, { title: 'Bản nháp mới' });
      for (const token of [setting.author(), setting.publisher(), setting.root()]) {
        expect((await cmPost(token, `/${documentId}/actions/unpublish`)).status).toBe(403);
        expect((await cmPost(token, `/${documentId}/actions/discard`)).status).toBe(403);
      }
      expect((await onlineRow(documentId)).title).toBe('Bản đã đăng');
      expect((await app().strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } })).title).toBe('Bản nháp mới');
    });

    it('has no REST write route, even for a full-access API token', async () => {
      const token = await app().strapi.service('admin::api-token').create({ name: `full ${setting.lane}`, type: 'full-access', lifespan: null });
      const rows = await app().strapi.db.query(ARTICLE).count();
      const { kind } = setting.draftFields();
      for (const [method, path] of [['post', '/api/articles'], ['post', '/api/articles?status=published'], ['put', '/api/articles/abc?status=published']] as const) {
        const res = await request(app().server)[method](path).set({ Authorization: `Bearer ${token.accessKey}` }).send({ data: { title: 'x', kind, unit: 1 } });
        expect([403, 404, 405]).toContain(res.status);
      }
      expect(await app().strapi.db.query(ARTICLE).count()).toBe(rows);
    });

    it('refuses the Document Service and the query engine from code, unless the workflow publishes', async () => {
      const documentId = await setting.itemIn('awaiting_approval');
      const before = await snapshot(documentId);
      const documents = app().strapi.documents(ARTICLE);
      const { kind, unit } = setting.draftFields();
      await expect(documents.publish({ documentId })).rejects.toThrow(/quy trình biên tập/);
      await expect(documents.update({ documentId, data: { title: 'Đăng lén' }, status: 'published' } as never)).rejects.toThrow(/quy trình biên tập/);
      await expect(documents.discardDraft({ documentId })).rejects.toThrow(/quy trình biên tập/);
      await expect(documents.create({ data: { title: 'Tạo và đăng', kind, unit }, status: 'published' } as never)).rejects.toThrow(
        /quy trình biên tập/
      );
      await expect(
        app().strapi.db.query(ARTICLE).create({ data: { documentId, title: 'Chèn thẳng', kind, publishedAt: new Date() } })
      ).rejects.toThrow(/quy trình biên tập/);
      expect(await snapshot(documentId)).toEqual(before);

      const published = await setting.itemIn('published');
      await expect(documents.unpublish({ documentId: published })).rejects.toThrow(/quy trình biên tập/);
      expect(await onlineRow(published)).not.toBeNull();
    });

    it('keeps an edit after approval from reaching the site unapproved', async () => {
      const documentId = await setting.itemIn('approved');
      const { token, status, state } = setting.editAfterApproval();
      const edited = await contentManager(app(), token).update(ARTICLE, documentId, { title: 'Tiêu đề sửa sau khi duyệt' });
      expect(edited.status).toBe(status);
      const now = (await workflowApi(app(), setting.publisher()).item(documentId)).body.data;
      expect(now.state).toBe(state);
      if (state !== 'approved') {
        expect(now).toMatchObject({ allowedActions: [] });
        expect(now.history.at(-1)).toMatchObject({ action: 'edit', fromState: 'approved', toState: state });
        const res = await workflowApi(app(), setting.publisher()).transition(documentId, { action: 'publish', expectedVersion: now.version });
        expect(res.status).toBe(409);
        expect(await onlineRow(documentId)).toBeNull();
      } else {
        // Refused: what goes online is what was approved.
        expect((await app().strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } })).title).not.toBe('Tiêu đề sửa sau khi duyệt');
        await act(app(), setting.publisher(), documentId, 'publish');
        expect((await onlineRow(documentId)).title).not.toBe('Tiêu đề sửa sau khi duyệt');
      }
    });

    it('refuses a publish whose content no longer matches the approved hash, even if the state says approved', async () => {
      const documentId = await setting.itemIn('approved');
      // Content changed behind the workflow's back (a direct database write).
      await app().strapi.db.query(ARTICLE).update({ where: { documentId, publishedAt: null }, data: { title: 'Sửa thẳng trong cơ sở dữ liệu' } });
      const version = (await stateOf(documentId)).version;
      const res = await workflowApi(app(), setting.publisher()).transition(documentId, { action: 'publish', expectedVersion: version });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/thay đổi sau khi được duyệt/);
      expect(await onlineRow(documentId)).toBeNull();
      expect((await stateOf(documentId)).state).toBe('approved');
    });

    it('publishes nothing through the phone app’s routes (Gửi tin, /editorial-workflow/send)', async () => {
      const send = (token: string) => adminClient(app().server, token);
      const unit = (await app().strapi.db.query(UNIT).findOne({ where: { documentId: setting.draftFields().unit }, select: ['id'] })).id;
      const rows = await app().strapi.db.query(ARTICLE).count();
      for (const extra of [{ status: 'published' }, { publishedAt: new Date().toISOString() }]) {
        const res = await send(setting.author()).post('/editorial-workflow/send/items', { title: 'Đăng thẳng từ điện thoại', kind: 'news', unit, clientKey: `bypass-key-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`, ...extra });
        expect(res.status).toBe(400);
      }
      expect(await app().strapi.db.query(ARTICLE).count()).toBe(rows);

      // The workflow's own submit is the only move the app makes: from approved it is no move at all.
      const approved = await setting.itemIn('approved');
      const before = await snapshot(approved);
      for (const token of setting.tokens()) {
        const res = await send(token).post(`/editorial-workflow/send/items/${approved}/submit`, { expectedVersion: before.state.version });
        expect([403, 404, 409]).toContain(res.status);
      }
      expect(await snapshot(approved)).toEqual(before);

      // An edit of the approved item from the phone is the content-manager's edit: the same refusal or the same way back to review.
      const { token, status, state } = setting.editAfterApproval();
      const edited = await send(token).put(`/editorial-workflow/send/items/${approved}`, { title: 'Sửa sau khi duyệt, từ điện thoại' });
      expect(edited.status).toBe(status);
      expect((await stateOf(approved)).state).toBe(state);
      expect(await onlineRow(approved)).toBeNull();
    });

    it('of 20 simultaneous approvals, lets exactly one through and writes one history row', async () => {
      const documentId = await setting.itemIn('awaiting_approval');
      const { version } = await stateOf(documentId);
      const before = await app().strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } });
      const api = workflowApi(app(), setting.approver());
      const results = await Promise.all(Array.from({ length: 20 }, () => api.transition(documentId, { action: 'approve', expectedVersion: version })));
      const statuses = results.map((res) => res.status).sort();
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      expect(await app().strapi.db.query(TRANSITION).count({ where: { itemDocumentId: documentId } })).toBe(before + 1);
      expect(await stateOf(documentId)).toMatchObject({ state: 'approved', version: version + 1 });
    });
  });
}
