import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startStrapi, type TestApp } from './harness/strapi';
import { createSuperAdmin } from './harness/http';
import { uploadPhoto } from './harness/media';
import { codeDesk } from './harness/workflow';
import { runCliCommand } from './harness/cli-command';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { runIntegrityChecks } from '../src/operations/integrity';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { COUNTERS_TABLE } from '../src/plugins/editorial-workflow/server/src/stats/counters';
import { ARTICLE, ITEM_STATE, TRANSITION } from '../src/plugins/editorial-workflow/shared/uids';

/** The violations of each check, by name. */
async function violationsOf(strapi: Core.Strapi): Promise<Record<string, number>> {
  const report = await runIntegrityChecks(strapi);
  return Object.fromEntries(report.checks.map((check) => [check.name, check.violations]));
}

describe('npm run check:integrity: the invariants on a healthy database and on one broken on purpose', () => {
  let app: TestApp;
  // A public folder of the suite's own (PUBLIC_DIR): public/uploads is shared with other suites.
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'integrity-public-'));
  const uploads = path.join(publicDir, 'uploads');
  fs.mkdirSync(uploads);
  let draftId: string;
  let publishedId: string;

  beforeAll(async () => {
    process.env.PUBLIC_DIR = publicDir;
    app = await startStrapi();
    await seedReference(app.strapi);
    const desk = await codeDesk(app.strapi);
    const unit = (await unitIdsByCode(app.strapi, ['SGD-VP'])).get('SGD-VP')!;
    const create = async (title: string) => (await app.strapi.documents(ARTICLE).create({ data: { title, kind: 'news', unit } as never })).documentId;
    publishedId = await create('Tin đã đăng để kiểm tra toàn vẹn');
    await desk.publish(publishedId);
    const second = await create('Tin đăng rồi gỡ');
    await desk.publish(second);
    await desk.unpublish(second);
    draftId = await create('Bản nháp chưa gửi');
    const token = await createSuperAdmin(app);
    await uploadPhoto(app, token, 'anh-truong-hoc.jpg', { width: 1200, height: 800 });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    delete process.env.PUBLIC_DIR;
    fs.rmSync(publicDir, { recursive: true, force: true });
  });

  it('passes on a healthy database: every check printed with its counts in Vietnamese, exit code 0', async () => {
    expect(await violationsOf(app.strapi)).toEqual({ 'item-state': 0, history: 0, counters: 0, mail: 0, files: 0 });
    const run = await runCliCommand('check-integrity');
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ĐẠT\s+Trạng thái tin bài khớp với bản đã đăng: đã kiểm tra \d+, vi phạm 0/);
    expect(run.stdout).toMatch(/ĐẠT\s+Lịch sử quy trình: mỗi phiên bản đúng một dòng: đã kiểm tra \d+, vi phạm 0/);
    expect(run.stdout).toMatch(/ĐẠT\s+Bộ đếm chỉ tiêu bằng kết quả đếm lại: đã kiểm tra [1-9]\d*, vi phạm 0/);
    expect(run.stdout).toMatch(/ĐẠT\s+Thư điện tử: không thư nào chờ gửi mãi/);
    expect(run.stdout).toMatch(/ĐẠT\s+Tệp tải lên khớp với thư viện .*: đã kiểm tra 1, vi phạm 0/);
    expect(run.stdout).toMatch(/Toàn vẹn dữ liệu: không có vi phạm\./);
  }, 120_000);

  it('fails, naming each violation, on a database broken on purpose', async () => {
    const knex = app.strapi.db.connection;
    const states = app.strapi.db.metadata.get(ITEM_STATE as never).tableName;
    const history = app.strapi.db.metadata.get(TRANSITION as never).tableName;
    // A state row that says published while no published version exists.
    await getService(app.strapi, 'item-state').recordOf(draftId);
    await knex(states).where({ item_document_id: draftId }).update({ state: 'published' });
    // A counter off by one.
    const [counter] = await knex(COUNTERS_TABLE).select('unit_id', 'period_key').orderBy('period_key').limit(1);
    await knex(COUNTERS_TABLE).where(counter).increment('items_submitted', 1);
    // A second history row for a version that has one.
    const [row] = await knex(history).where({ item_document_id: publishedId }).orderBy('version', 'desc').limit(1);
    const { id: _id, document_id: _doc, ...copy } = row;
    await knex(history).insert({ ...copy, document_id: `${_doc}-copy` });
    // A file row without its file, and a file without its row.
    const stored = fs.readdirSync(uploads).filter((name) => !name.startsWith('.'));
    const original = stored.find((name) => !/^(thumbnail|small|medium|large)_/.test(name))!;
    fs.rmSync(path.join(uploads, original));
    fs.writeFileSync(path.join(uploads, 'tep-la.jpg'), 'not ours');

    expect(await violationsOf(app.strapi)).toEqual({ 'item-state': 1, history: 1, counters: 1, mail: 0, files: 2 });
    const run = await runCliCommand('check-integrity');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`tin bài ${draftId}: trạng thái "published" nhưng không có bản đã đăng`);
    expect(run.stdout).toMatch(new RegExp(`tin bài ${publishedId}: phiên bản \\d+, lịch sử có \\d+ dòng cho \\d+ phiên bản`));
    expect(run.stdout).toMatch(new RegExp(`bộ đếm tin bài gửi của đơn vị #${counter.unit_id}, kỳ ${counter.period_key}: ghi (\\d+), đếm lại được (\\d+)`));
    expect(run.stdout).toContain(`có dòng nhưng thiếu tệp /uploads/${original}`);
    expect(run.stdout).toContain('tệp /uploads/tep-la.jpg: có trên đĩa nhưng không có dòng nào trong thư viện');
    expect(run.stdout).toMatch(/LỖI\s+Trạng thái tin bài/);
    expect(run.stdout).toMatch(/Toàn vẹn dữ liệu: 5 vi phạm \(mã thoát 1\)\./);
  }, 120_000);
});
