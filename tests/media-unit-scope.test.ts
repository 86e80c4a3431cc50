import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminLogin, connect, contentManager, CM } from './harness/http';
import { newsroomUser } from './harness/workflow';
import { seedDemo } from '../src/seed/demo';
import { DEFAULT_DEMO_PASSWORD } from '../src/seed/data/demo';
import { uploadPhoto, uploadsSnapshot } from './harness/media';
import { MEDIA_ASSET as ASSET, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

type Unit = { id: number; documentId: string; code: string };

/** Real logins over HTTP: a commune's author, a school's author and the QLCL publisher. */
describe('media archive: authors see and change only their own unit’s assets', () => {
  let app: TestApp;
  let uploads: ReturnType<typeof uploadsSnapshot>;
  const tokens: Record<'author' | 'author2' | 'publisher', string> = { author: '', author2: '', publisher: '' };
  let commune: Unit;
  let school: Unit;
  let schoolAsset: string;
  let communeAsset: string;

  const as = (who: keyof typeof tokens) => contentManager(app, tokens[who]);
  const uploadAs = (who: keyof typeof tokens, name: string) => uploadPhoto(app, tokens[who], name, { width: 900, height: 600 });
  const unitOf = async (documentId: string) =>
    (await app.strapi.db.query(ASSET).findOne({ where: { documentId }, populate: { unit: { select: ['code'] } } }))?.unit?.code;

  beforeAll(async () => {
    uploads = uploadsSnapshot();
    app = await startStrapi();
    await seedDemo(app.strapi);
    for (const who of Object.keys(tokens) as Array<keyof typeof tokens>) {
      tokens[who] = await adminLogin(app, `${who}@demo.local`, DEFAULT_DEMO_PASSWORD);
    }
    const unit = (code: string): Promise<Unit> => app.strapi.db.query(UNIT).findOne({ select: ['id', 'documentId', 'code'], where: { code } });
    commune = await unit('XA-MUONGPHANG');
    school = await unit('THPT-CHUYEN-LQD');
    // The whole demo (every feature's) is seeded: minutes on a loaded machine, where 120 s ran out.
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    uploads?.removeAdded();
  });

  it('gives the new asset of an author of one unit that unit, and asks an author of several to choose', async () => {
    const single = await newsroomUser(app, 'mot-don-vi@media.test', 'author', ['XA-MUONGPHANG']);
    const file = await uploadAs('author', 'le-hoi.jpg');
    const res = await contentManager(app, single.token).create(ASSET, { title: 'Lễ hội đầu xuân', kind: 'photo', file });
    expect(res.status).toBe(201);
    communeAsset = res.body.data.documentId;
    expect(await unitOf(communeAsset)).toBe('XA-MUONGPHANG');

    // author@demo.local writes for three communes: the unit is theirs to choose.
    const several = await as('author').create(ASSET, { title: 'Chưa chọn đơn vị', kind: 'photo', file });
    expect(several.status).toBe(400);
    expect(several.body.error.message).toMatch(/phải thuộc một đơn vị/);
  });

  it('refuses an author’s asset filed for another unit with a 403, and stores nothing', async () => {
    const file = await uploadAs('author', 'nham-don-vi.jpg');
    const before = await app.strapi.db.query(ASSET).count();
    const res = await as('author').create(ASSET, { title: 'Nhầm đơn vị', kind: 'photo', file, unit: connect(school.documentId) });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/THPT-CHUYEN-LQD.*không thuộc đơn vị của bạn/);
    expect(await app.strapi.db.query(ASSET).count()).toBe(before);
  });

  it('lists to each author only their own unit’s assets, and everything to the publisher', async () => {
    const file = await uploadAs('author2', 'khai-giang.jpg');
    const res = await as('author2').create(ASSET, { title: 'Khai giảng THPT chuyên', kind: 'photo', file, unit: connect(school.documentId) });
    expect(res.status).toBe(201);
    schoolAsset = res.body.data.documentId;

    const titles = async (who: keyof typeof tokens) =>
      ((await as(who).find(ASSET)).body.results as Array<{ title: string }>).map((row) => row.title).sort();
    expect(await titles('author')).toEqual(['Lễ hội đầu xuân']);
    expect(await titles('author2')).toEqual(['Khai giảng THPT chuyên']);
    expect(await titles('publisher')).toEqual(['Khai giảng THPT chuyên', 'Lễ hội đầu xuân']);
  });

  it('refuses an author reading, changing or deleting another unit’s asset', async () => {
    const auth = { Authorization: `Bearer ${tokens.author}` };
    expect((await request(app.server).get(`${CM}/${ASSET}/${schoolAsset}`).set(auth)).status).toBe(403);
    expect((await as('author').update(ASSET, schoolAsset, { title: 'Sửa trộm' })).status).toBe(403);
    expect((await request(app.server).delete(`${CM}/${ASSET}/${schoolAsset}`).set(auth)).status).toBe(403);
    const stored = await app.strapi.db.query(ASSET).findOne({ where: { documentId: schoolAsset } });
    expect(stored.title).toBe('Khai giảng THPT chuyên');
  });

  it('refuses an author moving their own asset to another unit', async () => {
    const res = await as('author').update(ASSET, communeAsset, { unit: connect(school.documentId) });
    expect(res.status).toBe(403);
    expect(await unitOf(communeAsset)).toBe('XA-MUONGPHANG');
  });

  it('lets the publisher (Phòng QLCL) change any unit’s asset', async () => {
    const res = await as('publisher').update(ASSET, schoolAsset, { caption: 'Ảnh do Phòng QLCL biên tập chú thích.' });
    expect(res.status).toBe(200);
    expect(commune.id).not.toBe(school.id);
  });

  it('keeps an author’s media library to the files they uploaded: other units’ photos of children stay out of sight', async () => {
    const mine = await uploadAs('author2', 'anh-cua-truong.jpg');
    const theirs = await uploadAs('author', 'anh-cua-xa.jpg');
    const listed = async (who: keyof typeof tokens) => {
      const res = await request(app.server).get('/upload/files?pageSize=100').set('Authorization', `Bearer ${tokens[who]}`);
      expect(res.status).toBe(200);
      return res.body.results.map((file: { id: number }) => file.id);
    };
    expect(await listed('author2')).toContain(mine);
    expect(await listed('author2')).not.toContain(theirs);
    const open = await request(app.server).get(`/upload/files/${theirs}`).set('Authorization', `Bearer ${tokens.author2}`);
    expect(open.status).toBe(403);
    expect(await listed('publisher')).toEqual(expect.arrayContaining([mine, theirs]));
  });
});
