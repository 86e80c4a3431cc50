import type { Core } from '@strapi/strapi';
import { normaliseName, readPeopleLines, ROLE_NAMES, splitFullName, type PersonLine } from '../../../../../import/people';
import type {
  PeopleImportChange,
  PeopleImportRefusal,
  PeopleImportReport,
  PeopleImportRole,
} from '../../../shared/contracts/network-import';
import type { MemberRole } from '../../../shared/member-roles';
import { membershipKey } from '../services/membership';
import { displayName } from '../utils/display-name';
import { getService } from '../get-service';
import { createInvitedAccount, invitationNotice, registrationLink } from './people-import-invitation';
import { ADMIN_USER, MEMBERSHIP, NOTIFICATION, PERSON, UNIT } from '../../../shared/uids';

/** The admin role each line's role gives (added to the account's roles, never replacing them). */
export const ADMIN_ROLE_OF: Record<PeopleImportRole, string> = {
  author: 'newsroom-author',
  editor: 'newsroom-editor',
  head: 'newsroom-head',
  publisher: 'newsroom-publisher',
  'unit-head': 'newsroom-unit-head',
  leader: 'newsroom-leader',
};

export type ImportProgress = (linesDone: number, linesTotal: number) => void;

interface StoredUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  active: boolean;
}

/** An account as the file finds it: loaded once for the whole file. */
interface Account {
  id: number;
  name: string;
  roleIds: Map<string, number>;
  person: { id: number; phone: string | null } | null;
  /** `unitId:role` → membership id. */
  memberships: Map<string, number>;
}

/** An invitation written, by the first line of its person. */
interface Invitation {
  line: number;
  id: number;
}

/** What the lines of one person change, worked out before anything is written. */
interface Plan {
  email: string;
  lines: PersonLine[];
  account: Account | undefined;
  create: boolean;
  name: { firstname: string; lastname: string | null } | null;
  phone: string | null;
  roleCodes: Set<string>;
  rolesChanged: boolean;
  grant: Array<{ unitId: number; role: MemberRole }>;
  end: number[];
  /** For the invitation: what the new account holds, in words. */
  grants: string[];
  outcomes: Map<number, PeopleImportChange | null>;
}

/** People written per transaction (a commit per person is most of the time of a large file). */
const WRITE_BATCH = 50;
/** Batches written at once on PostgreSQL (the pool holds 10 connections by default). */
const WRITE_LANES = 4;

/** One import at a time in this process: a second upload while one runs would race it on the same accounts. */
let running = false;

/**
 * Applies a people file (src/import/people.ts reads it): for each person, creates or updates the
 * admin account, adds the admin role of each line, writes or ends the unit memberships and keeps
 * the phone in the person record; a new account gets Strapi's invitation (a registration link)
 * by e-mail through the mail outbox. Every reason to refuse a line is found before writing, from
 * the file and from units, roles and accounts loaded once; then each person's lines are written in
 * one transaction, so a line is either written whole or refused whole. Memberships and admin roles
 * reach the audit log through its database lifecycles, named after the admin who uploaded the file
 * (or the system, from the command line). A re-run finds nothing to change.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function loadAccounts(): Promise<Map<string, Account>> {
    const [users, people, memberships] = await Promise.all([
      strapi.db.query(ADMIN_USER).findMany({
        select: ['id', 'email', 'firstname', 'lastname'],
        populate: { roles: { select: ['id', 'code'] } },
      }) as Promise<Array<{ id: number; email: string; firstname: string | null; lastname: string | null; roles: Array<{ id: number; code: string }> }>>,
      strapi.db.query(PERSON).findMany({ select: ['id', 'userId', 'phone'] }) as Promise<Array<{ id: number; userId: number; phone: string | null }>>,
      strapi.db.query(MEMBERSHIP).findMany({ select: ['id', 'userId', 'unitId', 'role'] }) as Promise<Array<{ id: number; userId: number; unitId: number; role: string }>>,
    ]);
    const byId = new Map<number, Account>();
    const byEmail = new Map<string, Account>();
    for (const user of users) {
      const account: Account = {
        id: user.id,
        name: normaliseName(displayName({ firstname: user.firstname, lastname: user.lastname })),
        roleIds: new Map(user.roles.map((role) => [role.code, role.id])),
        person: null,
        memberships: new Map(),
      };
      byId.set(user.id, account);
      byEmail.set(user.email.toLowerCase(), account);
    }
    for (const person of people) {
      const account = byId.get(person.userId);
      if (account) account.person = { id: person.id, phone: person.phone };
    }
    for (const row of memberships) byId.get(row.userId)?.memberships.set(`${row.unitId}:${row.role}`, row.id);
    return byEmail;
  }

  function planPerson(email: string, lines: PersonLine[], account: Account | undefined, units: Map<string, StoredUnit>, roleIds: Map<string, number>): Plan {
    const fullName = lines[0].fullName;
    const phone = lines.find((line) => line.phone)?.phone ?? null;
    const plan: Plan = {
      email,
      lines,
      account,
      create: false,
      name: null,
      phone: null,
      roleCodes: new Set(account?.roleIds.keys() ?? []),
      rolesChanged: false,
      grant: [],
      end: [],
      grants: [],
      outcomes: new Map(),
    };
    const held = new Map(account?.memberships ?? []);
    let exists = Boolean(account);

    for (const [index, line] of lines.entries()) {
      const changes: string[] = [];
      let created = false;
      if (!exists) {
        // Ending what an account that does not exist holds changes nothing.
        if (!line.active) {
          plan.outcomes.set(line.line, null);
          continue;
        }
        exists = true;
        created = plan.create = true;
        plan.name = splitFullName(fullName);
        plan.phone = phone;
        changes.push(`tạo tài khoản "${fullName}" và gửi thư mời đăng ký`);
        if (phone) changes.push(`số điện thoại ${phone}`);
      } else if (account && index === 0) {
        if (account.name !== fullName) {
          plan.name = splitFullName(fullName);
          changes.push(`họ tên "${account.name}" → "${fullName}"`);
        }
        if (phone && phone !== (account.person?.phone ?? null)) {
          plan.phone = phone;
          changes.push(account.person?.phone ? `số điện thoại ${account.person.phone} → ${phone}` : `số điện thoại ${phone}`);
        }
      }

      const adminRole = ADMIN_ROLE_OF[line.role];
      const unit = line.unitCode ? units.get(line.unitCode) : undefined;
      if (line.active) {
        if (!plan.roleCodes.has(adminRole)) {
          plan.roleCodes.add(adminRole);
          plan.rolesChanged = true;
          if (!created) changes.push(`thêm vai trò quản trị ${adminRole}`);
        }
        if (line.role === 'leader') {
          plan.grants.push(ROLE_NAMES.leader);
        } else if (unit) {
          const key = `${unit.id}:${line.role}`;
          plan.grants.push(`${ROLE_NAMES[line.role]} tại ${unit.name} (${unit.code})`);
          if (!held.has(key)) {
            held.set(key, 0);
            plan.grant.push({ unitId: unit.id, role: line.role });
            changes.push(`cấp vai trò ${ROLE_NAMES[line.role]} tại ${unit.code}`);
          }
        }
      } else if (line.role === 'leader') {
        if (plan.roleCodes.delete(adminRole)) {
          plan.rolesChanged = true;
          changes.push(`bỏ vai trò quản trị ${adminRole} (Lãnh đạo Sở)`);
        }
      } else if (unit) {
        const key = `${unit.id}:${line.role}`;
        const id = held.get(key);
        if (id !== undefined) {
          held.delete(key);
          if (id > 0) plan.end.push(id);
          changes.push(`kết thúc vai trò ${ROLE_NAMES[line.role]} tại ${unit.code}`);
        }
      }
      plan.outcomes.set(line.line, changes.length > 0 ? { line: line.line, email, outcome: created ? 'created' : 'updated', changes } : null);
    }
    // An admin role the file names that the database lacks (the seed was not run) stops at planning.
    for (const code of plan.roleCodes) if (!roleIds.has(code) && !account?.roleIds.has(code)) throw new MissingAdminRole(code);
    return plan;
  }

  /** Writes one person's plan (in the caller's transaction); returns the invitation's notification id, if one was written. */
  async function write(plan: Plan, roleIds: Map<string, number>, now: Date): Promise<number | null> {
    const users = strapi.service('admin::user');
    const roleIdOf = (code: string) => plan.account?.roleIds.get(code) ?? roleIds.get(code)!;
    const roles = [...plan.roleCodes].map(roleIdOf);
    {
      let userId: number;
      let invitation: number | null = null;
      if (plan.create) {
        const user = await createInvitedAccount(strapi, { email: plan.email, ...plan.name!, roles });
        userId = user.id;
        const notice = invitationNotice({
          fullName: plan.lines[0].fullName,
          email: plan.email,
          grants: plan.grants,
          link: registrationLink(strapi, user.registrationToken),
        });
        const { ids } = await strapi.db.query(NOTIFICATION).createMany({
          data: [{
            userId,
            itemDocumentId: null,
            action: notice.action,
            title: notice.title,
            message: notice.lines.join('\n'),
            // The invitation is an e-mail; in the account's list it is not news once they have logged in.
            readAt: now,
            emailTo: plan.email,
            emailStatus: 'pending',
            emailAttempts: 0,
            // As the inbox writes them: a first attempt this process does not make (it stopped) is the
            // outbox's retry job's, a minute after `createdAt`.
            emailNextAttemptAt: null,
            createdAt: now,
          }],
        });
        invitation = ids[0] as number;
      } else {
        userId = plan.account!.id;
        const data: Record<string, unknown> = {};
        if (plan.name) Object.assign(data, plan.name);
        if (plan.rolesChanged) data.roles = roles;
        if (Object.keys(data).length > 0) await users.updateById(userId, data);
      }
      if (plan.phone) {
        const person = plan.account?.person;
        if (person) await strapi.db.query(PERSON).update({ where: { id: person.id }, data: { phone: plan.phone } });
        else await strapi.db.query(PERSON).createMany({ data: [{ userId, phone: plan.phone }] });
      }
      // One row at a time: each one's lifecycle writes its audit entry.
      for (const { unitId, role } of plan.grant) {
        await strapi.db.query(MEMBERSHIP).create({ data: { userId, unitId, role, membershipKey: membershipKey(userId, unitId, role) } });
      }
      for (const id of plan.end) await strapi.db.query(MEMBERSHIP).delete({ where: { id } });
      return invitation;
    }
  }

  /**
   * Writes the plans of several people in one transaction (one commit instead of one each: what
   * an import of a thousand people spends most of its time on). If it fails, each person's plan is
   * written again in a transaction of its own, so the failure stays with the person it belongs to:
   * those lines are refused, the others written. Returns the people written and their invitations.
   */
  async function writeBatch(plans: Plan[], roleIds: Map<string, number>, now: Date): Promise<{ written: Plan[]; failed: Array<{ plan: Plan; code: string }>; invitations: Invitation[] }> {
    const writeAll = (group: Plan[]) =>
      strapi.db.transaction(async () => {
        const invitations: Invitation[] = [];
        for (const plan of group) {
          const invitation = await write(plan, roleIds, now);
          if (invitation !== null) invitations.push({ line: plan.lines[0].line, id: invitation });
        }
        return invitations;
      });
    try {
      return { written: plans, failed: [], invitations: await writeAll(plans) };
    } catch (error) {
      if (plans.length === 1) return { written: [], failed: [{ plan: plans[0], code: errorCode(error) }], invitations: [] };
    }
    const result = { written: [] as Plan[], failed: [] as Array<{ plan: Plan; code: string }>, invitations: [] as Invitation[] };
    for (const plan of plans) {
      try {
        result.invitations.push(...(await writeAll([plan])));
        result.written.push(plan);
      } catch (error) {
        result.failed.push({ plan, code: errorCode(error) });
      }
    }
    return result;
  }

  return {
    /** Whether an import is under way in this process. */
    busy: () => running,

    async run(text: string, options: { dryRun?: boolean; progress?: ImportProgress } = {}): Promise<PeopleImportReport> {
      if (running) throw new Error('people import already running');
      running = true;
      try {
        return await runImport(text, options);
      } finally {
        running = false;
      }
    },
  };

  async function runImport(text: string, { dryRun = false, progress = () => {} }: { dryRun?: boolean; progress?: ImportProgress }): Promise<PeopleImportReport> {
    const started = Date.now();
    const now = new Date();
    const unitRows: StoredUnit[] = await strapi.db.query(UNIT).findMany({ select: ['id', 'code', 'name', 'kind', 'active'] });
    const units = new Map(unitRows.map((unit) => [unit.code, unit]));
    const { total, lines, refused } = readPeopleLines(text, units);
    const roleRows: Array<{ id: number; code: string }> = await strapi.db.query('admin::role').findMany({ select: ['id', 'code'] });
    const roleIds = new Map(roleRows.map((role) => [role.code, role.id]));
    const accounts = await loadAccounts();

    const report: PeopleImportReport = {
      dryRun,
      lines: total,
      created: 0,
      updated: 0,
      unchanged: 0,
      refused: 0,
      refusedLines: refused,
      changes: [],
      totals: { accountsCreated: 0, accountsUpdated: 0, invitations: 0, adminRolesGranted: 0, adminRolesRemoved: 0, membershipsGranted: 0, membershipsEnded: 0 },
      seconds: 0,
    };

    const byEmail = new Map<string, PersonLine[]>();
    for (const line of lines) {
      if (!byEmail.has(line.email)) byEmail.set(line.email, []);
      byEmail.get(line.email)!.push(line);
    }

    // Plan everyone first (no writes): each line's outcome, and the reasons a line cannot be applied.
    const toWrite: Plan[] = [];
    let done = 0;
    progress(0, lines.length);
    for (const [email, personLines] of byEmail) {
      const account = accounts.get(email);
      let plan: Plan;
      try {
        plan = planPerson(email, personLines, account, units, roleIds);
      } catch (error) {
        if (!(error instanceof MissingAdminRole)) throw error;
        refuseAll(report, personLines, `chưa có vai trò quản trị ${error.code} (chạy npm run seed)`);
        continue;
      }
      if (dryRun || ![...plan.outcomes.values()].some(Boolean)) {
        count(report, plan);
        done += personLines.length;
      } else toWrite.push(plan);
    }
    progress(done, lines.length);

    const invitations: Invitation[] = [];
    const batches: Plan[][] = [];
    for (let start = 0; start < toWrite.length; start += WRITE_BATCH) batches.push(toWrite.slice(start, start + WRITE_BATCH));
    // People are independent of one another (each batch touches its own accounts), so PostgreSQL
    // takes several batches at once on the pool's connections; SQLite has one connection.
    const lanes = strapi.db.dialect.client === 'sqlite' ? 1 : WRITE_LANES;
    let next = 0;
    const lane = async () => {
      while (next < batches.length) {
        const { written, failed, invitations: sent } = await writeBatch(batches[next++], roleIds, now);
        for (const plan of written) count(report, plan);
        for (const { plan, code } of failed) {
          strapi.log.warn(`[editorial-workflow] people import: lines ${plan.lines.map((l) => l.line).join(', ')} not written (${code})`);
          refuseAll(report, plan.lines, `không ghi được vào cơ sở dữ liệu (${code}); chạy lại để thử lại`);
        }
        invitations.push(...sent);
        done += [...written, ...failed.map((f) => f.plan)].reduce((n, plan) => n + plan.lines.length, 0);
        progress(done, lines.length);
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));

    // In the file's order, whichever lane wrote them first.
    invitations.sort((a, b) => a.line - b.line);
    if (invitations.length > 0) getService(strapi, 'mail-outbox').deliverLater(invitations.map((invitation) => invitation.id));
    report.refused = report.refusedLines.length;
    report.refusedLines.sort((a, b) => a.line - b.line);
    report.changes.sort((a, b) => a.line - b.line);
    report.seconds = (Date.now() - started) / 1000;
    return report;
  }
};

/**
 * A failed write's code for the report and the log. Never the error's text: the database driver's
 * message may quote the SQL with its values, a registration token among them.
 */
function errorCode(error: unknown): string {
  return String((error as { code?: unknown }).code ?? (error as Error).name ?? 'lỗi');
}

class MissingAdminRole extends Error {
  constructor(readonly code: string) {
    super(`missing admin role ${code}`);
  }
}

function refuseAll(report: PeopleImportReport, lines: PersonLine[], reason: string): void {
  for (const line of lines) report.refusedLines.push({ line: line.line, email: line.email, reasons: [reason] } satisfies PeopleImportRefusal);
}

function count(report: PeopleImportReport, plan: Plan): void {
  const account = plan.account;
  for (const outcome of plan.outcomes.values()) {
    if (!outcome) report.unchanged += 1;
    else {
      report[outcome.outcome] += 1;
      report.changes.push(outcome);
    }
  }
  const totals = report.totals;
  if (plan.create) {
    totals.accountsCreated += 1;
    totals.invitations += 1;
  } else if ([...plan.outcomes.values()].some(Boolean)) totals.accountsUpdated += 1;
  const before = new Set(account?.roleIds.keys() ?? []);
  totals.adminRolesGranted += [...plan.roleCodes].filter((code) => !before.has(code)).length;
  totals.adminRolesRemoved += [...before].filter((code) => !plan.roleCodes.has(code)).length;
  totals.membershipsGranted += plan.grant.length;
  totals.membershipsEnded += plan.end.length;
}
