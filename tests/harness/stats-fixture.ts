import type { TestApp } from './strapi';
import { adminLogin, createAdminUser } from './admin-client';
import { PASSWORD, deskOfFour } from './workflow';
import { adminRoleIdsByCode } from '../../src/seed/admin-roles';
import { seedReference, unitIdsByCode } from '../../src/seed/reference';
import type { WorkflowAction } from '../../src/plugins/editorial-workflow/shared/state-machine';
import { ARTICLE, OPINION_REPORT as REPORT, UNIT } from '../../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../../src/plugins/editorial-workflow/server/src/get-service';

type Strapi = TestApp['strapi'];

/** An instant given as Vietnam wall time: vn('2026-10-05T00:30') is 2026-10-04T17:30Z. */
export const vn = (local: string): Date => new Date(`${local}:00+07:00`);

/** The fixture's units besides the Sở's departments: default department SGD-VP, except the school. */
export const FIXTURE_UNITS = [
  { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', defaultDepartment: 'SGD-VP' },
  { code: 'XA-B', name: 'Phòng VH-XH xã "B", Điện Biên', kind: 'commune-culture', defaultDepartment: 'SGD-VP' },
  { code: 'XA-C', name: 'Phòng VH-XH xã C', kind: 'commune-culture', defaultDepartment: 'SGD-VP' },
  { code: 'TH-D', name: 'Trường Tiểu học D', kind: 'school', defaultDepartment: 'SGD-GDPT' },
  { code: 'LT-E', name: 'Trường PTDTNT E', kind: 'affiliated', defaultDepartment: 'SGD-GDPT' },
] as const;

export async function seedStatsReference(strapi: Strapi): Promise<Map<string, string>> {
  await seedReference(strapi);
  const departments = await unitIdsByCode(strapi, ['SGD-VP', 'SGD-GDPT']);
  for (const unit of FIXTURE_UNITS) {
    await strapi.documents(UNIT).create({ data: { ...unit, defaultDepartment: departments.get(unit.defaultDepartment) } as never });
  }
  return unitIdsByCode(strapi, [...FIXTURE_UNITS.map((unit) => unit.code), 'SGD-VP', 'SGD-GDPT', 'SGD-QLCL']);
}

/**
 * A desk of four people (author, editor, head, publisher: one person takes one step of a round)
 * with their roles everywhere, taking real workflow transitions at a given time (the service's
 * injected clock, as the demo seed replays the past).
 */
export async function clockDesk(strapi: Strapi, email = 'clock-desk@test.local') {
  const desk = await deskOfFour(strapi, email.replace(/@.*$/, ''));
  await desk.ensureMembers();
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');

  const step = async (documentId: string, action: WorkflowAction, now: Date, extra: Record<string, unknown> = {}) => {
    const { version } = await itemState.recordOf(documentId);
    return workflow.transition({ documentId, action, expectedVersion: version, ...extra }, await desk.actorFor(documentId, action), { now });
  };

  return {
    people: desk.people,
    step,
    async item(unitDocumentId: string, kind: 'news' | 'article' | 'feature', title: string): Promise<string> {
      const created = await strapi.documents(ARTICLE).create({ data: { title, kind, unit: unitDocumentId, summary: title } as never });
      return created.documentId;
    },
    /** submit → forward → approve → publish, each at its own time. */
    async publish(documentId: string, times: { submit?: Date; forward: Date; approve: Date; publish: Date }) {
      if (times.submit) await step(documentId, 'submit', times.submit);
      await step(documentId, 'forward', times.forward);
      await step(documentId, 'approve', times.approve);
      return step(documentId, 'publish', times.publish);
    },
  };
}

/** Files a unit's opinion report through the Document Service, then back-dates its filing time. */
export async function fileReport(strapi: Strapi, unitDocumentId: string, period: string, submittedAt: Date): Promise<void> {
  const report = await strapi.documents(REPORT).create({ data: { unit: unitDocumentId, period, concerns: 'Dư luận ổn định.' } as never });
  await strapi.db.query(REPORT).updateMany({ where: { documentId: report.documentId }, data: { submittedAt } });
}

/** An admin account with an admin role by code (the leadership has no workflow role). */
export async function adminWithRole(app: TestApp, email: string, roleCode: string): Promise<string> {
  const roles = await adminRoleIdsByCode(app.strapi);
  await createAdminUser(app.strapi, { email, firstname: 'Lãnh đạo', lastname: 'Sở', password: PASSWORD, roles: [roles.get(roleCode)] });
  return adminLogin(app.server, email, PASSWORD);
}
