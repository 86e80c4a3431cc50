import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv';
import { roleFitsUnitKind, MEMBER_ROLE_LABELS } from '../plugins/editorial-workflow/shared/member-roles';
import {
  PEOPLE_IMPORT_COLUMNS,
  PEOPLE_IMPORT_ROLES,
  type PeopleImportColumn,
  type PeopleImportRefusal,
  type PeopleImportRole,
} from '../plugins/editorial-workflow/shared/contracts/network-import';

/**
 * Reading a people file (npm run import:people, and the upload of the network page): pure, so that
 * every reason a line is refused is decided here, before anything is written. The service
 * (plugin server/src/network/people-import.ts) applies the lines that pass.
 */

/** One line that passed every check. */
export interface PersonLine {
  line: number;
  email: string;
  /** NFC, single spaces. */
  fullName: string;
  /** Digits, with a leading + for an international number; absent when the cell is empty. */
  phone?: string;
  /** Absent only for a leader given no unit. */
  unitCode?: string;
  role: PeopleImportRole;
  active: boolean;
}

/** What the reader needs to know of each unit, by code (the service loads them all once). */
export interface UnitFacts {
  kind: string;
  active: boolean;
}

export interface PeopleLines {
  /** Data lines read (the header and blank lines are not counted). */
  total: number;
  lines: PersonLine[];
  refused: PeopleImportRefusal[];
}

const REQUIRED: PeopleImportColumn[] = ['email', 'fullName', 'unitCode', 'role'];
const CODE = /^[A-Z0-9][A-Z0-9_.-]*$/;
// The HTML standard's e-mail rule: what a browser's e-mail field accepts, and no more.
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const TRUE = new Set(['', 'true', '1', 'yes', 'có', 'co', 'x']);
const FALSE = new Set(['false', '0', 'no', 'không', 'khong']);
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_NAME = 255;

/** `Full Name`, `full_name`, `FULLNAME` and `fullName` name one column. */
const headerKey = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, '');

export const ROLE_NAMES: Record<PeopleImportRole, string> = { ...MEMBER_ROLE_LABELS, leader: 'Lãnh đạo Sở' };

/**
 * A Vietnamese full name as Strapi's two name fields: `firstname` the family and middle names
 * (họ và tên đệm, "Nguyễn Văn"), `lastname` the given name (tên, "Nam"). Strapi and the plugin show a
 * person as "firstname lastname", so this is the one split that shows "Nguyễn Văn Nam" in the right
 * order everywhere, and sorting by `lastname` sorts by tên, as Vietnamese lists do. The demo
 * accounts are written the same way. A one-word name is all `firstname` (Strapi requires it).
 */
export function splitFullName(fullName: string): { firstname: string; lastname: string | null } {
  const words = fullName.split(' ').filter(Boolean);
  if (words.length <= 1) return { firstname: words[0] ?? '', lastname: null };
  return { firstname: words.slice(0, -1).join(' '), lastname: words[words.length - 1] };
}

export const normaliseName = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * A phone number as stored: spaces, dots, dashes and brackets dropped, a leading + kept. Excel
 * turns 0912345678 into the number 912345678: nine digits not starting with 0 get their 0 back.
 * Returns null when what is left is not 8 to 15 digits.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.()\-]/g, '');
  if (!/^\+?\d{8,15}$/.test(compact)) return null;
  return /^[1-9]\d{8}$/.test(compact) ? `0${compact}` : compact;
}

/**
 * Reads the header and checks every line on its own and against the lines above it and the
 * units: the lines that pass, and each refused line with all its reasons.
 *
 * A person may hold several roles, one line each. Lines of one e-mail must agree on the person:
 * a different full name, or a different phone where both lines give one, refuses the later line.
 * The same e-mail, unit and role twice is a duplicate: the later line is refused, whatever its
 * `active` says (the file must say once what it wants).
 */
export function readPeopleLines(text: string, units: ReadonlyMap<string, UnitFacts>): PeopleLines {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { total: 0, lines: [], refused: [{ line: error.line, email: null, reasons: [error.message] }] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) {
    return { total: 0, lines: [], refused: [{ line: 1, email: null, reasons: [`tệp trống: dòng đầu phải là tiêu đề cột (${PEOPLE_IMPORT_COLUMNS.join(',')})`] }] };
  }
  const columns = header.fields.map((name) => PEOPLE_IMPORT_COLUMNS.find((column) => headerKey(column) === headerKey(name)));
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      total: body.length,
      lines: [],
      refused: [{ line: header.line, email: null, reasons: [`thiếu cột bắt buộc: ${missing.join(', ')} (các cột: ${PEOPLE_IMPORT_COLUMNS.join(', ')})`] }],
    };
  }

  const lines: PersonLine[] = [];
  const refused: PeopleImportRefusal[] = [];
  const firstOfEmail = new Map<string, { line: number; fullName: string }>();
  const firstPhoneOfEmail = new Map<string, { line: number; phone: string }>();
  const firstOfMembership = new Map<string, number>();

  for (const record of body) {
    const value = (column: PeopleImportColumn) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record.fields[index] ?? '').trim();
    };
    const reasons: string[] = [];
    const email = value('email').toLowerCase();
    const fullName = normaliseName(value('fullName'));
    const rawPhone = value('phone');
    const unitCode = value('unitCode').toUpperCase();
    const role = value('role').toLowerCase();
    const active = value('active').toLowerCase();

    const emailOk = email !== '' && email.length <= 255 && EMAIL.test(email);
    if (!email) reasons.push('thiếu e-mail (email)');
    else if (!emailOk) reasons.push(`e-mail "${email}" không hợp lệ`);

    if (!fullName) reasons.push('thiếu họ và tên (fullName)');
    else if (fullName.length > MAX_NAME) reasons.push(`họ và tên dài quá ${MAX_NAME} ký tự`);
    else if (CONTROL.test(fullName)) reasons.push('họ và tên chứa ký tự điều khiển');

    const phone = rawPhone ? normalisePhone(rawPhone) : undefined;
    if (phone === null) reasons.push(`số điện thoại "${rawPhone}" không hợp lệ: 8 đến 15 chữ số, có thể có dấu + ở đầu`);

    const roleOk = (PEOPLE_IMPORT_ROLES as readonly string[]).includes(role);
    if (!role) reasons.push('thiếu vai trò (role)');
    else if (!roleOk) reasons.push(`vai trò "${role}" không hợp lệ: dùng một trong ${PEOPLE_IMPORT_ROLES.join(', ')}`);
    const isActive = !FALSE.has(active);
    if (!TRUE.has(active) && !FALSE.has(active)) reasons.push(`cột active "${active}" phải là true hoặc false`);

    if (!unitCode) {
      if (roleOk && role !== 'leader') reasons.push('thiếu mã đơn vị (unitCode)');
    } else if (!CODE.test(unitCode) || unitCode.length > 64) {
      reasons.push(`mã đơn vị "${unitCode}" không hợp lệ`);
    } else {
      const unit = units.get(unitCode);
      if (!unit) reasons.push(`không có đơn vị ${unitCode}`);
      else if (roleOk) reasons.push(...unitProblems(role as PeopleImportRole, unitCode, unit, isActive));
    }

    if (emailOk) {
      const first = firstOfEmail.get(email);
      if (!first) firstOfEmail.set(email, { line: record.line, fullName });
      else if (fullName && first.fullName !== fullName) {
        reasons.push(`e-mail ${email} đã có ở dòng ${first.line} với họ tên khác ("${first.fullName}")`);
      }
      if (phone) {
        const firstPhone = firstPhoneOfEmail.get(email);
        if (!firstPhone) firstPhoneOfEmail.set(email, { line: record.line, phone });
        else if (firstPhone.phone !== phone) reasons.push(`e-mail ${email} đã có ở dòng ${firstPhone.line} với số điện thoại khác (${firstPhone.phone})`);
      }
      if (roleOk) {
        const key = `${email}|${role}|${role === 'leader' ? '' : unitCode}`;
        const seen = firstOfMembership.get(key);
        if (seen === undefined) firstOfMembership.set(key, record.line);
        else reasons.push(`trùng với dòng ${seen} (cùng e-mail, vai trò${role === 'leader' ? '' : ' và đơn vị'})`);
      }
    }

    if (reasons.length > 0) {
      refused.push({ line: record.line, email: email || null, reasons });
      continue;
    }
    lines.push({
      line: record.line,
      email,
      fullName,
      ...(phone ? { phone } : {}),
      ...(unitCode ? { unitCode } : {}),
      role: role as PeopleImportRole,
      active: isActive,
    });
  }
  return { total: body.length, lines, refused };
}

/** Whether `role` may be held at `unit`: the kind it needs, and an active unit for a new membership. */
function unitProblems(role: PeopleImportRole, code: string, unit: UnitFacts, granting: boolean): string[] {
  const problems: string[] = [];
  if (role === 'leader') {
    // The leadership belongs to the Sở itself: no unit, or one of the Sở's departments (Văn phòng Sở).
    if (unit.kind !== 'department') problems.push(`Lãnh đạo Sở không thuộc đơn vị ${code}: để trống mã đơn vị hoặc dùng một phòng của Sở`);
    return problems;
  }
  if (!roleFitsUnitKind(role, unit.kind)) {
    problems.push(
      role === 'unit-head'
        ? `${ROLE_NAMES[role]} thuộc một đơn vị cơ sở; ${code} là phòng chuyên môn của Sở (dùng vai trò head)`
        : `${ROLE_NAMES[role]} thuộc một phòng chuyên môn của Sở; ${code} không phải phòng chuyên môn`
    );
  }
  if (granting && !unit.active) problems.push(`đơn vị ${code} đã ngừng hoạt động: không thể thêm thành viên`);
  return problems;
}
