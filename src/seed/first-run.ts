import type { Core } from '@strapi/strapi';
import { seedDemo } from './demo';
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, SUPER_ADMIN_ROLE, type DemoAccount } from './data/demo';
import { ADMIN_ROLES } from './data/admin-roles';

/**
 * A newcomer's first `npm run develop`: on an empty database (no unit yet) it loads the reference
 * and demo data, and every `develop` start prints how to log in with the demo accounts.
 * Never in production, never in `strapi start`, tests or scripts (they do not auto-reload).
 */
export async function seedOnFirstRun(strapi: Core.Strapi): Promise<void> {
  const developing = Boolean(strapi.config.get('autoReload'));
  if (!developing || process.env.NODE_ENV === 'production' || process.env.SEED_ON_FIRST_RUN === 'false') return;

  if ((await strapi.db.query('api::unit.unit').count()) === 0) {
    strapi.log.info('Cơ sở dữ liệu trống: đang tạo dữ liệu tham chiếu và dữ liệu mẫu…');
    await seedDemo(strapi, { password: process.env.DEMO_PASSWORD || undefined, log: (line) => strapi.log.info(line) });
  }

  const adminEmail = DEMO_ACCOUNTS.find((account) => account.role === SUPER_ADMIN_ROLE)?.email;
  const demoAdmin = await strapi.db.query('admin::user').findOne({ select: ['id'], where: { email: adminEmail } });
  if (demoAdmin) {
    strapi.server.httpServer.once('listening', () => announceLogin(strapi));
  }
}

function announceLogin(strapi: Core.Strapi): void {
  const port = strapi.config.get('server.port', 1337);
  const url = `${strapi.config.get('server.url') || `http://localhost:${port}`}/admin`;
  const password = process.env.DEMO_PASSWORD ? '(giá trị DEMO_PASSWORD trong .env)' : DEFAULT_DEMO_PASSWORD;
  const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
  const lines = [
    '',
    `Đăng nhập trang quản trị / Log in to the admin panel: ${url}`,
    `Mật khẩu / password: ${password}`,
    ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(width)}  ${roleLabel(account)}`),
    '',
  ];
  // Plain output on purpose: this is the one thing a newcomer must see in the develop log.
  process.stdout.write(`${lines.join('\n')}\n`);
}

function roleLabel(account: DemoAccount): string {
  const names = [account.role, ...(account.extraRoles ?? [])].map((code) => ADMIN_ROLES.find((seed) => seed.code === code)?.name ?? 'Quản trị hệ thống (super admin)');
  const role = names.join(' + ');
  const units = [...(account.units ?? []), ...(account.memberships ?? []).flatMap((grant) => grant.units)];
  if (!units.length) return role;
  return units.length > 3 ? `${role}, ${units.length} đơn vị (${units[0]}…)` : `${role}, ${units.join(', ')}`;
}
