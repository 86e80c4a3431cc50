import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { createSuperAdmin } from './harness/http';
import { applyFieldLabels } from '../src/field-labels/apply';
import { ARTICLE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const configuration = (uid: string) => `/content-manager/content-types/${uid}/configuration`;

describe('content-manager in Vietnamese: field labels, hints, list columns', () => {
  let app: TestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    app = await startStrapi();
    auth = { Authorization: `Bearer ${await createSuperAdmin(app)}` };
  });

  afterAll(() => app?.stop());

  it('labels the fields of items in Vietnamese, with hints and useful list columns', async () => {
    const res = await request(app.server).get(configuration(ARTICLE)).set(auth);
    expect(res.status).toBe(200);
    const { metadatas, layouts, settings } = res.body.data.contentType;
    expect(metadatas.title.edit.label).toBe('Tiêu đề');
    expect(metadatas.title.list.label).toBe('Tiêu đề');
    expect(metadatas.topics.edit.description).toMatch(/chủ đề chính/);
    // Issue 20: an item's video links and documents, on its edit screen.
    expect([metadatas.videoLinks.edit.label, metadatas.documents.edit.label]).toEqual(['Liên kết video (YouTube, Facebook)', 'Văn bản đính kèm']);
    expect(metadatas.videoLinks.edit.description).toMatch(/YouTube và Facebook/);
    const onEditScreen = (layouts.edit as Array<Array<{ name: string }>>).flat().map((field) => field.name);
    expect(onEditScreen).toEqual(expect.arrayContaining(['videoLinks', 'documents']));
    expect(layouts.list).toEqual(['title', 'kind', 'unit', 'updatedAt']);
    expect(settings.mainField).toBe('title');

    const topics = await request(app.server).get(configuration(TOPIC)).set(auth);
    expect(topics.body.data.contentType.settings.mainField).toBe('title');
  });

  it('keeps what an administrator configured when it runs again', async () => {
    const current = (await request(app.server).get(configuration(UNIT)).set(auth)).body.data.contentType;
    // As the admin UI does: GET adds each relation's main field to its list metadata, PUT refuses it back.
    const metadatas = Object.fromEntries(
      Object.entries(current.metadatas as Record<string, { edit: object; list: { mainField?: unknown } }>).map(([field, meta]) => {
        const { mainField: _added, ...list } = meta.list;
        return [field, { ...meta, list }];
      })
    );
    metadatas.name.edit = { ...metadatas.name.edit, label: 'Tên' };
    const put = await request(app.server)
      .put(configuration(UNIT))
      .set(auth)
      .send({ settings: current.settings, metadatas, layouts: { ...current.layouts, list: ['name', 'code'] } });
    expect(put.status).toBe(200);

    await applyFieldLabels(app.strapi);
    const after = (await request(app.server).get(configuration(UNIT)).set(auth)).body.data.contentType;
    expect(after.metadatas.name.edit.label).toBe('Tên');
    expect(after.layouts.list).toEqual(['name', 'code']);
  });
});
