import fs from 'fs';
import path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { startStrapi, type TestApp } from './harness/strapi';
import { seedReference } from '../src/seed/reference';
import { importUnits } from '../src/import/units';
import { UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const FIXTURE = path.join(__dirname, 'fixtures', 'units.csv');

describe('unit importer (npm run import:units -- FILE.csv)', () => {
  let app: TestApp;
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const unitCount = () => app.strapi.db.query(UNIT).count();
  const unit = (code: string) =>
    app.strapi.db.query(UNIT).findOne({ where: { code }, populate: { defaultDepartment: { select: ['code'] } } });

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
  });

  afterAll(() => app?.stop());

  it('imports the good rows and reports each bad one with its line number and reason', async () => {
    const before = await unitCount();
    const progress: Array<[number, number]> = [];
    const report = await importUnits(app.strapi, text, (done, total) => progress.push([done, total]));

    expect(report).toMatchObject({ rows: 8, created: 3, updated: 0, unchanged: 0 });
    expect(report.errors.map((e) => e.line)).toEqual([5, 6, 7, 8, 9]);
    const reason = (line: number) => report.errors.find((e) => e.line === line)?.message;
    expect(reason(5)).toMatch(/thiếu mã đơn vị/);
    expect(reason(6)).toMatch(/loại đơn vị "trường học" không hợp lệ/);
    expect(reason(7)).toMatch(/XA-THANHAN không phải phòng chuyên môn/);
    expect(reason(8)).toMatch(/e-mail "chi-hoi-am-nhac" không hợp lệ/);
    expect(reason(9)).toMatch(/trùng với dòng 2/);
    // Progress runs over the rows that reach the database (4: one of them then fails on its department).
    expect(progress[0]).toEqual([0, 4]);
    expect(progress[progress.length - 1]).toEqual([4, 4]);

    expect(await unitCount()).toBe(before + 3);
    expect(await unit('THPT-PHANDINHGIOT')).toMatchObject({
      name: 'Trường THPT Phan Đình Giót, huyện Điện Biên',
      kind: 'affiliated',
      active: true,
      defaultDepartment: { code: 'SGD-GDPT' },
    });
    expect(await unit('XA-THANHAN')).toMatchObject({ contactEmail: 'vhxh.thanhan@example.vn', defaultDepartment: { code: 'SGD-VP' } });
    expect(await unit('TH-MUONGPHANG')).toBeNull();
  });

  it('does not duplicate on a re-run, and updates a row that changed', async () => {
    const before = await unitCount();
    const again = await importUnits(app.strapi, text);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const changed = text.replace('Trường Mầm non Sông Mã,school,SGD-GDMN,,', 'Trường Mầm non Sông Mã (mới),school,SGD-GDMN,,false');
    const third = await importUnits(app.strapi, changed);
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await unitCount()).toBe(before);
    expect(await unit('MN-SONGMA')).toMatchObject({ name: 'Trường Mầm non Sông Mã (mới)', active: false });
  });

  it('runs as an npm script against the same database, printing a summary and the bad lines', async () => {
    const file = path.join(__dirname, '..', '.tmp', `units-cli-${process.pid}.csv`);
    fs.writeFileSync(file, 'code;name;kind\nXA-NAHY;Phòng Văn hoá - Xã hội xã Nà Hỳ;commune-culture\nBAD;;school\n');
    const run = promisify(execFile);
    const result = await run('npm', ['run', '--silent', 'import:units', '--', file], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    fs.rmSync(file, { force: true });

    expect('code' in result ? result.code : 0).toBe(1); // some rows were bad
    expect(result.stdout).toMatch(/Đã đọc 2 dòng: 1 đơn vị mới, 0 cập nhật, 0 không đổi, 1 dòng lỗi/);
    expect(result.stdout).toMatch(/dòng 3: thiếu tên đơn vị/);
    expect(await unit('XA-NAHY')).toMatchObject({ kind: 'commune-culture' });
  });
});
