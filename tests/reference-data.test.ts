import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { connect, contentManager, createSuperAdmin } from './harness/http';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { TOPICS } from '../src/seed/data/topics';
import { SO_DEPARTMENTS } from '../src/seed/data/units';
import { DEFAULT_QUOTAS } from '../src/seed/data/quotas';
import { ADMIN_ROLES } from '../src/seed/data/admin-roles';
import { QUOTA_POLICY, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

type TopicJson = {
  code: string;
  title: string;
  description: string | null;
  order: number;
  parent: { code: string } | null;
  department: { code: string; kind: string } | null;
};

describe('reference seed (npm run seed)', () => {
  let app: TestApp;
  let topics: TopicJson[];

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    topics = await app.strapi.db.query(TOPIC).findMany({
      select: ['code', 'title', 'description', 'order'],
      populate: { parent: { select: ['code'] }, department: { select: ['code', 'kind'] } },
      orderBy: { code: 'asc' },
    });
  });

  afterAll(() => app?.stop());

  it('seeds the 12 sections and 27 subsections of the appendix', () => {
    const sections = topics.filter((t) => !t.parent);
    const subsections = topics.filter((t) => t.parent);
    expect(sections.map((t) => t.code).sort()).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].sort());
    expect(subsections).toHaveLength(27);
  });

  it('lists the whole taxonomy in the plan’s order, as a tree, through GET /api/topics', async () => {
    const res = await request(app.server).get('/api/topics');
    expect(res.status).toBe(200);
    type Node = { code: string; children: Node[] };
    const flat = (nodes: Node[]): string[] => nodes.flatMap((node) => [node.code, ...flat(node.children)]);
    expect(flat(res.body.data)).toHaveLength(39);
    expect(flat(res.body.data).slice(0, 4)).toEqual(['I', 'I.1', 'I.2', 'II']);
  });

  it('numbers subsections consistently where the plan slips', () => {
    const byCode = new Map(topics.map((t) => [t.code, t]));
    // The plan's second "III" is section IV; its section III has two subsections numbered 3.
    expect(byCode.get('IV')?.title).toMatch(/^Bảo đảm công bằng trong cơ hội tiếp cận giáo dục/);
    expect(byCode.get('III.2')?.title).toBe('Giáo dục phổ thông');
    expect(byCode.get('III.3')?.title).toBe('Giáo dục thường xuyên');
    expect(byCode.get('III.4')?.title).toMatch(/^Phát triển giáo dục nghề nghiệp/);
    expect(byCode.get('III.5')?.title).toBe('Đánh giá chất lượng giáo dục');
    for (const topic of topics.filter((t) => t.parent)) {
      const [section, number] = topic.code.split('.');
      expect(topic.parent?.code).toBe(section);
      expect(topic.order).toBe(Number(number));
    }
    const perSection = (code: string) => topics.filter((t) => t.parent?.code === code).length;
    expect(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].map(perSection)).toEqual([2, 2, 5, 3, 2, 2, 3, 2, 2, 2, 1, 1]);
  });

  it('links every subsection to a department of the Sở, and carries its lines of information', () => {
    for (const topic of topics.filter((t) => t.parent)) {
      expect(topic.department).toMatchObject({ kind: 'department' });
      expect(topic.description).toMatch(/^- /);
    }
    const byCode = new Map(topics.map((t) => [t.code, t]));
    expect(byCode.get('III.1')?.department?.code).toBe('SGD-GDMN');
    expect(byCode.get('IX.1')?.department?.code).toBe('SGD-QLCL');
    expect(topics.filter((t) => !t.parent).every((t) => t.department === null)).toBe(true);
  });

  it('seeds the units of the Sở, the default quotas and the admin roles', async () => {
    const units = await app.strapi.db.query(UNIT).findMany({ where: { kind: 'department' } });
    expect(units.map((u: { code: string }) => u.code).sort()).toEqual(SO_DEPARTMENTS.map((u) => u.code).sort());
    expect(await app.strapi.db.query(QUOTA_POLICY).count()).toBe(DEFAULT_QUOTAS.length);
    const commune = await app.strapi.db
      .query(QUOTA_POLICY)
      .findOne({ where: { unitKind: 'commune-culture', metric: 'items_submitted', period: 'week' } });
    expect(commune.minimum).toBe(2);
    const report = await app.strapi.db
      .query(QUOTA_POLICY)
      .findOne({ where: { unitKind: 'affiliated', metric: 'opinion_report_on_time' } });
    expect(report).toMatchObject({ period: 'month', minimum: 1, dueDay: 20 });
    for (const role of ADMIN_ROLES) {
      expect(await app.strapi.service('admin::role').exists({ code: role.code })).toBe(true);
    }
  });

  it('is idempotent and keeps an administrator’s edits', async () => {
    const topic = await app.strapi.db.query(TOPIC).findOne({ where: { code: 'XI.1' } });
    await app.strapi.documents(TOPIC).update({ documentId: topic.documentId, data: { title: 'Sửa bởi quản trị' } });

    const report = await seedReference(app.strapi);
    expect(Object.values(report).every((tally) => tally.created === 0)).toBe(true);
    expect(await app.strapi.db.query(TOPIC).count()).toBe(
      TOPICS.length + TOPICS.reduce((n, s) => n + (s.children?.length ?? 0), 0)
    );
    expect((await app.strapi.db.query(TOPIC).findOne({ where: { code: 'XI.1' } })).title).toBe('Sửa bởi quản trị');
  });

  describe('keeps the shape routing relies on, on the admin path too', () => {
    let cm: ReturnType<typeof contentManager>;
    const topicId = async (code: string) => (await app.strapi.db.query(TOPIC).findOne({ where: { code } })).documentId;
    const counts = async () => ({
      units: await app.strapi.db.query(UNIT).count(),
      topics: await app.strapi.db.query(TOPIC).count(),
    });

    beforeAll(async () => {
      cm = contentManager(app, await createSuperAdmin(app));
    });

    it('takes only a department as a unit’s default department', async () => {
      const units = await unitIdsByCode(app.strapi, ['SGD-GDPT']);
      const school = await cm.create(UNIT, { code: 'TH-A', name: 'Trường A', kind: 'school', defaultDepartment: connect(units.get('SGD-GDPT')!) });
      expect(school.status).toBe(201);
      const before = await counts();
      const res = await cm.create(UNIT, { code: 'TH-B', name: 'Trường B', kind: 'school', defaultDepartment: connect(school.body.data.documentId) });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/phải là một phòng chuyên môn của Sở; TH-A là đơn vị loại school/);
      expect(await counts()).toEqual(before);
    });

    it('keeps topics to two levels with codes that extend their section’s', async () => {
      const before = await counts();
      const third = await cm.create(TOPIC, { code: 'III.2.1', title: 'Cấp ba', parent: connect(await topicId('III.2')) });
      expect(third.status).toBe(400);
      expect(third.body.error.message).toMatch(/chỉ có hai cấp/);
      const wrongCode = await cm.create(TOPIC, { code: 'IV.9', title: 'Sai mã', parent: connect(await topicId('III')) });
      expect(wrongCode.status).toBe(400);
      expect(wrongCode.body.error.message).toMatch(/phải bắt đầu bằng mã chủ đề cha: III\.1/);
      const orphan = await cm.create(TOPIC, { code: 'III.9', title: 'Không có cha' });
      expect(orphan.status).toBe(400);
      const schoolAsDepartment = await cm.create(TOPIC, {
        code: 'III.6',
        title: 'Phòng sai',
        parent: connect(await topicId('III')),
        department: connect((await unitIdsByCode(app.strapi, ['TH-A'])).get('TH-A')!),
      });
      expect(schoolAsDepartment.status).toBe(400);
      expect(await counts()).toEqual(before);

      const moveSection = await cm.update(TOPIC, await topicId('XII'), { parent: connect(await topicId('XI')) });
      expect(moveSection.status).toBe(400);
      expect(moveSection.body.error.message).toMatch(/đang có chủ đề con/);
      const good = await cm.create(TOPIC, { code: 'III.6', title: 'Mới', parent: connect(await topicId('III')) });
      expect(good.status).toBe(201);
    });
  });
});
