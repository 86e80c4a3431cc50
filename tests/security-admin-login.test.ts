import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { createSuperAdmin } from './harness/http';
import { createAdminUser } from './harness/admin-client';
import { NOTIFICATION } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * The admin panel's sign-in routes: failed attempts are limited per client address whatever the
 * e-mails tried, and an account is locked after repeated failed logins, with a notice to the super
 * admins. The client address comes from X-Forwarded-For only through a trusted proxy (here the
 * loopback), read right to left as the public API reads it.
 */
const MAX = 10;
const PASSWORD = 'Newsroom@123';

describe('admin sign-in limits', () => {
  let app: TestApp;
  let adminId: number;
  const login = (email: string, password: string, address: string, path = '/admin/login') =>
    request(app.server).post(path).set('X-Forwarded-For', address).send({ email, password });

  beforeAll(async () => {
    Object.assign(process.env, { PUBLIC_API_TRUSTED_PROXIES: '127.0.0.0/8,::1', ADMIN_AUTH_MAX_FAILURES_PER_ADDRESS: '', ADMIN_LOGIN_MAX_FAILURES_PER_ACCOUNT: '' });
    app = await startStrapi();
    await createSuperAdmin(app);
    adminId = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'root@test.local' }, select: ['id'] }))!.id;
    for (const email of ['victim@test.local', 'bystander@test.local', 'colleague@test.local']) {
      await createAdminUser(app.strapi, { email, password: PASSWORD });
    }
  }, 300_000);

  afterAll(() => app?.stop());

  it('slows one address trying many e-mails, and no other address', async () => {
    const attacker = '203.0.113.5';
    const statuses: number[] = [];
    for (let i = 0; i < 15; i += 1) statuses.push((await login(`guess${i}@test.local`, 'Wrong@12345', attacker)).status);
    expect(statuses.slice(0, MAX).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(MAX)).toEqual([429, 429, 429, 429, 429]);

    const refused = await login('bystander@test.local', PASSWORD, attacker);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^Quá nhiều lần đăng nhập không thành công/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(refused.body.data).toBeNull();
    // Other spellings of the route, and the other sign-in routes, are the same limit.
    expect((await login('bystander@test.local', PASSWORD, attacker, '/ADMIN/Login/')).status).toBe(429);
    expect((await request(app.server).post('/admin/forgot-password').set('X-Forwarded-For', attacker).send({ email: 'bystander@test.local' })).status).toBe(429);
    expect((await request(app.server).post('/admin/reset-password').set('X-Forwarded-For', attacker).send({ resetPasswordToken: 'x', password: 'Abcdef@123' })).status).toBe(429);
    // A hop the attacker writes in front of its own is not believed: the proxy appends the real one.
    expect((await login('bystander@test.local', PASSWORD, `198.51.100.77, ${attacker}`)).status).toBe(429);

    // Someone at another address signs in as usual.
    const ok = await login('bystander@test.local', PASSWORD, '203.0.113.6');
    expect(ok.status).toBe(200);
    expect(ok.body.data.token).toEqual(expect.any(String));
  });

  it('counts only failures: many good sign-ins from one address pass', async () => {
    // A department's office behind one address: more people than the limit sign in.
    // (Strapi's own limit allows each e-mail five requests per five minutes from one address.)
    const office = '203.0.113.20';
    for (let i = 0; i < MAX + 5; i += 1) {
      await createAdminUser(app.strapi, { email: `staff${i}@test.local`, password: PASSWORD });
      expect((await login(`staff${i}@test.local`, PASSWORD, office)).status).toBe(200);
    }
    // A few typos between them do not lock anyone out either.
    for (let i = 0; i < 3; i += 1) expect((await login('colleague@test.local', 'typo', office)).status).toBe(400);
    expect((await login('colleague@test.local', PASSWORD, office)).status).toBe(200);
  });

  it('counts requests for a reset e-mail, which always succeed', async () => {
    const address = '203.0.113.30';
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 1; i += 1) {
      statuses.push((await request(app.server).post('/admin/forgot-password').set('X-Forwarded-For', address).send({ email: `nobody${i}@test.local` })).status);
    }
    expect(statuses.slice(0, MAX).every((status) => status < 300)).toBe(true);
    expect(statuses[MAX]).toBe(429);
  });

  it('locks an account after repeated failures from many addresses, even to the right password, and tells the super admins', async () => {
    const notices = () => app.strapi.db.query(NOTIFICATION).findMany({ where: { userId: adminId, action: 'account-locked' } });
    expect(await notices()).toHaveLength(0);
    // One guess from each of ten addresses: no address limit is reached (Strapi's own limit, per
    // e-mail and socket address, answers 429 after five: still failures).
    for (let i = 0; i < MAX; i += 1) {
      const res = await login('Victim@Test.local', `Wrong@${i}`, `192.0.2.${i + 1}`);
      expect([400, 429]).toContain(res.status);
    }
    const locked = await login('victim@test.local', PASSWORD, '192.0.2.100');
    expect(locked.status).toBe(403);
    expect(locked.body.error.message).toMatch(/^Tài khoản tạm khoá do đăng nhập sai nhiều lần/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(locked.body.data).toBeNull();

    const told = await notices();
    expect(told).toHaveLength(1);
    expect(told[0].title).toContain('victim@test.local');
    expect(told[0].message).toContain('192.0.2.10');
    expect(told[0].emailTo).toBe('root@test.local');
    // Further failures do not tell them again.
    await login('victim@test.local', 'Wrong@again', '192.0.2.101');
    expect(await notices()).toHaveLength(1);
    // The super admin sees it in the admin inbox.
    const rootToken = (await login('root@test.local', 'Root@12345', '192.0.2.200')).body.data.token;
    const inbox = await request(app.server).get('/editorial-workflow/notifications').set('Authorization', `Bearer ${rootToken}`);
    expect(inbox.status).toBe(200);
    expect(JSON.stringify(inbox.body)).toContain('victim@test.local');

    // Another account is not locked.
    expect((await login('bystander@test.local', PASSWORD, '192.0.2.102')).status).toBe(200);
    // An unknown e-mail is locked the same way (no telling which accounts exist) and nobody is told.
    for (let i = 0; i < MAX; i += 1) await login('ghost@test.local', `Wrong@${i}`, `192.0.3.${i + 1}`);
    expect((await login('ghost@test.local', PASSWORD, '192.0.3.100')).status).toBe(403);
    expect(await notices()).toHaveLength(1);
  });
});
