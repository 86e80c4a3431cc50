import fs from 'fs';
import path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { connect, contentManager } from './harness/http';
import { workflowApi } from './harness/workflow';
import { until } from './harness/until';
import { mailbox } from './harness/mailbox';
import { seedReference } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { importUnits } from '../src/import/units';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { PEOPLE_IMPORT_MAX_BYTES, type PeopleImportReport } from '../src/plugins/editorial-workflow/shared/contracts/network-import';
import { ADMIN_USER, ARTICLE, AUDIT_ENTRY, MEMBERSHIP, NOTIFICATION, PERSON, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
// The generator the benchmark uses (bench/people/run.js): 600 units, two lines each.
import { nameOf, peopleFile, unitsFile } from '../bench/people/generate';

const PUBLIC_URL = 'https://toasoan.sogd.test';
const ENV_KEYS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_FROM', 'PUBLIC_URL'];
const PASSWORD = 'Newsroom@123';
const HEADER = 'email,fullName,phone,unitCode,role,active';
const UNITS = unitsFile(600);
const PEOPLE = peopleFile(UNITS.units);
const code = (i: number) => UNITS.units[i].code;

describe('import of people (npm run import:people, POST /network/people-import)', () => {
  let app: TestApp;
  let box: ReturnType<typeof mailbox>;
  let office: string;
  const saved = { ...process.env };

  const upload = (body: unknown, token = office) => adminClient(app.server, token).post('/editorial-workflow/network/people-import', body as object);
  const importPeople = async (csv: string, dryRun = false): Promise<PeopleImportReport> => {
    const res = await upload({ csv, dryRun });
    if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.data;
  };
  const mailTo = (address: string) => box.messages.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)));
  const userOf = (email: string) => app.strapi.db.query(ADMIN_USER).findOne({ where: { email }, populate: { roles: { select: ['code'] } } });
  const membershipsOf = async (email: string) => {
    const user = await userOf(email);
    if (!user) return [];
    const rows: Array<{ unitId: number; role: string }> = await app.strapi.db.query(MEMBERSHIP).findMany({ where: { userId: user.id } });
    const units: Array<{ id: number; code: string }> = await app.strapi.db.query(UNIT).findMany({ select: ['id', 'code'] });
    return rows.map((row) => `${units.find((u) => u.id === row.unitId)?.code}:${row.role}`).sort();
  };
  /** Everything an import may write: a run that writes nothing leaves these as they were. */
  const snapshot = async () => ({
    users: await app.strapi.db.query(ADMIN_USER).count(),
    memberships: await app.strapi.db.query(MEMBERSHIP).count(),
    people: await app.strapi.db.query(PERSON).count(),
    notifications: await app.strapi.db.query(NOTIFICATION).count(),
    audit: await app.strapi.db.query(AUDIT_ENTRY).count(),
    names: (await app.strapi.db.query(ADMIN_USER).findMany({ select: ['email', 'firstname', 'lastname'], orderBy: { id: 'asc' } })) as unknown[],
    phones: (await app.strapi.db.query(PERSON).findMany({ select: ['userId', 'phone'], orderBy: { id: 'asc' } })) as unknown[],
  });

  beforeAll(async () => {
    box = mailbox();
    const port = await box.listen();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>', PUBLIC_URL });
    app = await startStrapi();
    await seedReference(app.strapi);
    const units = await importUnits(app.strapi, `${UNITS.csv}TH-CU,Trường Tiểu học cũ,school,,,false\n`);
    expect(units).toMatchObject({ created: 601, errors: [] });
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'vanphong@sogd.test', password: PASSWORD, roles: [roles.get('newsroom-office')], firstname: 'Hà Thị', lastname: 'Thu' });
    office = await adminLogin(app.server, 'vanphong@sogd.test', PASSWORD);
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('imports 1,200 people over 600 units: accounts, admin roles, memberships, phones, audited as the uploader', async () => {
    const before = await snapshot();
    const report = await importPeople(PEOPLE.csv);

    expect(report).toMatchObject({ dryRun: false, lines: 1200, created: 1100, updated: 100, unchanged: 0, refused: 0, refusedLines: [] });
    expect(report.totals).toEqual({
      accountsCreated: 1100,
      accountsUpdated: 0,
      invitations: 1100,
      adminRolesGranted: 1200,
      adminRolesRemoved: 0,
      membershipsGranted: 1200,
      membershipsEnded: 0,
    });
    const after = await snapshot();
    expect(after.users - before.users).toBe(1100);
    expect(after.memberships - before.memberships).toBe(1200);
    expect(after.people - before.people).toBe(1100);

    // ctv1 is both the author and the head of the first unit (two lines); ctv101 only its author.
    const both = await userOf(PEOPLE.author(0));
    expect(both).toMatchObject({ firstname: 'Nguyễn Văn', lastname: 'Nam', isActive: false, preferedLanguage: 'vi' });
    expect(both.password).toBeFalsy();
    expect(both.registrationToken).toMatch(/^[0-9a-f]{40}$/);
    expect(both.roles.map((r: { code: string }) => r.code).sort()).toEqual(['newsroom-author', 'newsroom-unit-head']);
    expect(await membershipsOf(PEOPLE.author(0))).toEqual([`${code(0)}:author`, `${code(0)}:unit-head`]);
    expect(await membershipsOf(PEOPLE.author(100))).toEqual([`${code(100)}:author`]);
    expect(await membershipsOf(PEOPLE.head(100))).toEqual([`${code(100)}:unit-head`]);
    expect(await app.strapi.db.query(PERSON).findOne({ where: { userId: both.id } })).toMatchObject({ phone: '0900000000' });

    // The audit log names the Office's account for each membership granted, as for the API's.
    const granted = await app.strapi.db.query(AUDIT_ENTRY).findMany({ where: { kind: 'membership-granted' }, orderBy: { id: 'asc' } });
    expect(granted).toHaveLength(1200);
    expect(new Set(granted.map((entry: { actorName: string }) => entry.actorName))).toEqual(new Set(['Hà Thị Thu']));
    const first = granted.find((entry: { details: { email?: string; role?: string } }) => entry.details.email === PEOPLE.author(0) && entry.details.role === 'author');
    expect(first).toMatchObject({ summary: expect.stringContaining(code(0)), details: expect.objectContaining({ unitCode: code(0) }) });

    // No report line, change or refusal carries a token.
    expect(JSON.stringify(report)).not.toContain(both.registrationToken);
  }, 600_000);

  it('changes nothing on a re-run', async () => {
    const before = await snapshot();
    const again = await getService(app.strapi, 'people-import').run(PEOPLE.csv);
    expect(again).toMatchObject({ lines: 1200, created: 0, updated: 0, unchanged: 1200, refused: 0, changes: [] });
    expect(Object.values(again.totals).every((n) => n === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  }, 300_000);

  it('invites a new account through the mail outbox; the person registers by the link and acts in their unit only', async () => {
    const email = PEOPLE.author(0);
    const mail = await until(() => mailTo(email)[0], 'the invitation e-mail', { timeoutMs: 60_000 });
    // The outbox sends the other 1,099 invitations one by one after it; this suite needs no more of
    // them, and would wait a minute or two on its own SMTP server at the end.
    await app.strapi.db.query(NOTIFICATION).updateMany({ where: { action: 'invitation', emailStatus: 'pending' }, data: { emailStatus: 'none' } });
    expect(mail.subject).toBe('Mời tham gia Tòa soạn điện tử Sở GDĐT');
    expect(mail.from?.text).toContain('toasoan@sogd.test');
    expect(mail.text).toContain('Kính gửi Nguyễn Văn Nam,');
    expect(mail.text).toContain(`- Cộng tác viên (tác giả) tại Phòng Văn hoá - Xã hội xã số 1 (${code(0)})`);
    expect(mail.text).toContain(`- Thủ trưởng đơn vị tại Phòng Văn hoá - Xã hội xã số 1 (${code(0)})`);
    expect(mail.text).toMatch(/giờ Việt Nam/);
    expect(mail.text).not.toMatch(/UTC|GMT/);
    const link = /(\S+\/auth\/register\?registrationToken=([0-9a-f]{40}))/.exec(mail.text ?? '');
    expect(link?.[1].startsWith(`${PUBLIC_URL}/admin/auth/register?registrationToken=`)).toBe(true);
    const registrationToken = link![2];
    expect(box.messages.filter((m) => m.text?.includes(registrationToken))).toHaveLength(1);

    // What Strapi's registration screen does: read who is invited, then register with a password.
    const info = await request(app.server).get(`/admin/registration-info?registrationToken=${registrationToken}`);
    expect(info.body.data).toEqual({ email, firstname: 'Nguyễn Văn', lastname: 'Nam' });
    const registered = await request(app.server)
      .post('/admin/register')
      .send({ registrationToken, userInfo: { firstname: 'Nguyễn Văn', lastname: 'Nam', password: PASSWORD } });
    expect(registered.status).toBe(200);
    const token = await adminLogin(app.server, email, PASSWORD);
    expect(await userOf(email)).toMatchObject({ isActive: true, registrationToken: null });

    const unitDoc = async (i: number) => (await app.strapi.db.query(UNIT).findOne({ where: { code: code(i) }, select: ['documentId'] })).documentId as string;
    const cm = contentManager(app, token);
    const mine = await cm.create(ARTICLE, { title: 'Tin của xã số 1', kind: 'news', unit: connect(await unitDoc(0)) });
    expect(mine.status).toBe(201);
    const before = await app.strapi.db.query(ARTICLE).count();
    const elsewhere = await cm.create(ARTICLE, { title: 'Tin của xã số 2', kind: 'news', unit: connect(await unitDoc(1)) });
    expect(elsewhere.status).toBe(403);
    expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);
    const theirs = await app.strapi.documents(ARTICLE).create({ data: { title: 'Tin riêng của xã số 2', kind: 'news', unit: await unitDoc(1) } as never });
    expect((await workflowApi(app, token).item(theirs.documentId)).status).toBe(404);
    expect((await workflowApi(app, token).item(mine.body.data.documentId)).status).toBe(200);
  }, 120_000);

  it('refuses each bad line with its line number and every reason, keeps the good lines, and writes nothing of a refused one', async () => {
    const csv = [
      HEADER,
      `moi1@people.test,Đỗ Thị Bình,0911111111,${code(1)},author,`, // 2: good, a new person
      `moi2@people.test,Lý Văn Hùng,,XA-KHONGCO,author,`, // 3: unknown unit
      `moi3@people.test,Lý Văn Hùng,,${code(2)},tác giả,`, // 4: unknown role
      `moi4@@people.test,Lý Văn Hùng,,${code(2)},author,`, // 5: malformed e-mail
      `moi1@people.test,Đỗ Thị Bình,0911111111,${code(1)},author,`, // 6: line 2 again
      `moi1@people.test,Đỗ Thị Bính,,${code(3)},author,`, // 7: another name for line 2's e-mail
      `moi5@people.test,Cao Văn Sơn,,${code(4)},editor,`, // 8: an editor of a commune
      `moi6@people.test,Cao Văn Sơn,,TH-CU,author,`, // 9: an inactive unit
      `moi1@people.test,Đỗ Thị Bình,,SGD-GDPT,editor,`, // 10: good: line 2's person, a second role
      `moi7@people.test,,abc,XA-KHONGCO,head,maybe`, // 11: every column wrong
      `lanhdao@people.test,Vũ Thị Lan,0987000111,,leader,`, // 12: good: the leadership, no unit
    ].join('\r\n');
    const before = await snapshot();
    const report = await importPeople(csv);

    expect(report).toMatchObject({ lines: 11, created: 2, updated: 1, unchanged: 0, refused: 8 });
    const reasons = (line: number) => report.refusedLines.find((r) => r.line === line)?.reasons;
    expect(report.refusedLines.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 11]);
    expect(reasons(3)).toEqual(['không có đơn vị XA-KHONGCO']);
    expect(reasons(4)).toEqual([expect.stringMatching(/^vai trò "tác giả" không hợp lệ/)]);
    expect(reasons(5)).toEqual(['e-mail "moi4@@people.test" không hợp lệ']);
    expect(reasons(6)).toEqual(['trùng với dòng 2 (cùng e-mail, vai trò và đơn vị)']);
    expect(reasons(7)).toEqual(['e-mail moi1@people.test đã có ở dòng 2 với họ tên khác ("Đỗ Thị Bình")']);
    expect(reasons(8)).toEqual([expect.stringMatching(/Biên tập viên thuộc một phòng chuyên môn của Sở; XA-0005 không phải phòng chuyên môn/)]);
    expect(reasons(9)).toEqual(['đơn vị TH-CU đã ngừng hoạt động: không thể thêm thành viên']);
    expect(reasons(11)).toEqual([
      'thiếu họ và tên (fullName)',
      expect.stringMatching(/^số điện thoại "abc" không hợp lệ/),
      'cột active "maybe" phải là true hoặc false',
      'không có đơn vị XA-KHONGCO',
    ]);

    // The good lines are written, the refused ones not at all.
    expect(await membershipsOf('moi1@people.test')).toEqual(['SGD-GDPT:editor', `${code(1)}:author`]);
    expect((await userOf('moi1@people.test')).roles.map((r: { code: string }) => r.code).sort()).toEqual(['newsroom-author', 'newsroom-editor']);
    const leader = await userOf('lanhdao@people.test');
    expect(leader.roles.map((r: { code: string }) => r.code)).toEqual(['newsroom-leader']);
    expect(await membershipsOf('lanhdao@people.test')).toEqual([]);
    for (const refused of ['moi2@people.test', 'moi3@people.test', 'moi5@people.test', 'moi6@people.test', 'moi7@people.test']) {
      expect(await userOf(refused)).toBeNull();
    }
    const after = await snapshot();
    expect(after.users - before.users).toBe(2);
    expect(after.memberships - before.memberships).toBe(2);
    expect(after.people - before.people).toBe(2);
    expect(after.notifications - before.notifications).toBe(2);
  }, 120_000);

  it('writes nothing on a dry run and says what would change; the real run then does it, ending memberships with active=false', async () => {
    const csv = [
      HEADER,
      `${PEOPLE.author(5)},${nameOf(5)},0900000005,${code(5)},author,false`, // 2: ends a membership (keeps the account)
      `${PEOPLE.author(6)},Vũ Văn Sửa,0900000099,${code(6)},author,`, // 3: a new name and a new phone
      `${PEOPLE.author(7)},${(await userOf(PEOPLE.author(7))).firstname} ${(await userOf(PEOPLE.author(7))).lastname},,SGD-VP,publisher,`, // 4: a new role
      `moi8@people.test,Tạ Thị Ngân,,${code(8)},author,`, // 5: a new person
      'lanhdao@people.test,Vũ Thị Lan,,,leader,không', // 6: the leadership ends
      `khongco@people.test,Không Có,,${code(9)},author,false`, // 7: ends nothing: no such account
    ].join('\n');

    const before = await snapshot();
    const dry = await importPeople(csv, true);
    expect(dry).toMatchObject({ dryRun: true, lines: 6, created: 1, updated: 4, unchanged: 1, refused: 0 });
    expect(dry.totals).toEqual({
      accountsCreated: 1,
      accountsUpdated: 4,
      invitations: 1,
      adminRolesGranted: 2,
      adminRolesRemoved: 1,
      membershipsGranted: 2,
      membershipsEnded: 1,
    });
    const change = (line: number) => dry.changes.find((c) => c.line === line)?.changes;
    expect(change(2)).toEqual([`kết thúc vai trò Cộng tác viên (tác giả) tại ${code(5)}`]);
    expect(change(3)).toEqual([expect.stringMatching(/^họ tên ".+" → "Vũ Văn Sửa"$/), 'số điện thoại 0900000006 → 0900000099']);
    expect(change(4)).toEqual(['thêm vai trò quản trị newsroom-publisher', 'cấp vai trò Chuyên viên đăng tải (QLCL) tại SGD-VP']);
    expect(change(5)?.[0]).toBe('tạo tài khoản "Tạ Thị Ngân" và gửi thư mời đăng ký');
    expect(change(6)).toEqual(['bỏ vai trò quản trị newsroom-leader (Lãnh đạo Sở)']);
    expect(change(7)).toBeUndefined();
    expect(await snapshot()).toEqual(before);

    const real = await importPeople(csv);
    expect({ ...real, seconds: 0 }).toEqual({ ...dry, dryRun: false, seconds: 0 });
    expect(await membershipsOf(PEOPLE.author(5))).toEqual([`${code(5)}:unit-head`]);
    expect(await userOf(PEOPLE.author(5))).toMatchObject({ email: PEOPLE.author(5) });
    expect(await userOf(PEOPLE.author(6))).toMatchObject({ firstname: 'Vũ Văn', lastname: 'Sửa' });
    expect((await userOf('lanhdao@people.test')).roles).toEqual([]);
    const revoked = await app.strapi.db.query(AUDIT_ENTRY).findMany({ where: { kind: 'membership-revoked' } });
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ actorName: 'Hà Thị Thu', details: expect.objectContaining({ unitCode: code(5), role: 'author' }) });
    expect((await importPeople(csv)).unchanged).toBe(6);
  }, 120_000);

  it('refuses the upload to a person without network.manage, a bad body and a file too large, changing nothing', async () => {
    const before = await snapshot();
    const author = await adminLogin(app.server, PEOPLE.author(0), PASSWORD);
    expect((await upload({ csv: PEOPLE.csv }, author)).status).toBe(403);
    const bad = [{}, { csv: 12 }, { csv: '' }, { csv: 'x', dryRun: 'maybe' }, { csv: 'x', extra: 1 }, [], { csv: 'a\0b' }];
    for (const body of bad) {
      const res = await upload(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
    const big = `${HEADER}\n${'x'.repeat(PEOPLE_IMPORT_MAX_BYTES)}`;
    const tooBig = await upload({ csv: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/^Tệp lớn quá/);
    expect(await snapshot()).toEqual(before);
  });

  it('runs as an npm script: progress, a summary, the refused lines, exit code 1, and never the token', async () => {
    // 150 lines: 148 already imported (the units 101 to 174, which no other test changed), a new person, a bad line.
    const lines = [HEADER, ...PEOPLE.csv.trim().split('\n').slice(1 + 2 * 100, 1 + 2 * 100 + 148)];
    lines.push(`cli@people.test,Hà Văn Lệnh,,${code(20)},author,`, `sai-email,Hà Văn Sai,,${code(20)},author,`);
    const file = path.join(__dirname, '..', '.tmp', `people-cli-${process.pid}.csv`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const run = promisify(execFile);
    const result = await run('npm', ['run', '--silent', 'import:people', '--', file], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    fs.rmSync(file, { force: true });

    expect('code' in result ? result.code : 0).toBe(1);
    // Progress counts the lines that pass the checks (149 here), as import:units does.
    expect(result.stdout).toMatch(/… 1\d\d\/149 dòng/);
    expect(result.stdout).toMatch(/Đã đọc 150 dòng trong [\d.]+ giây: 1 dòng tạo tài khoản, 0 dòng cập nhật, 148 dòng không đổi, 1 dòng bị từ chối/);
    expect(result.stdout).toMatch(/dòng 151 \(sai-email\): e-mail "sai-email" không hợp lệ/);
    const user = await userOf('cli@people.test');
    expect(user).toMatchObject({ firstname: 'Hà Văn', lastname: 'Lệnh', isActive: false });
    // The command line's process sent the invitation before it ended, and printed no token.
    expect(mailTo('cli@people.test')).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain(user.registrationToken);
    expect(result.stdout + result.stderr).not.toMatch(/registrationToken/);
  }, 180_000);
});
