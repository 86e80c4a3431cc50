import { ROLES, type WorkflowRole } from './state-machine';

/**
 * The roles a unit membership holds: the workflow's acting roles, plus the unit's head (Thủ trưởng
 * đơn vị, plan III.3), who answers for the unit's communication. The head reads everything of the
 * unit and is copied on its reminders, and takes no workflow step: `decide` never sees this role.
 */
export const MEMBER_ROLES = [...ROLES, 'unit-head'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const isWorkflowRole = (role: MemberRole): role is WorkflowRole => (ROLES as readonly string[]).includes(role);

/** Which unit kinds each membership role fits: the department roles belong to the Sở's departments. */
export function roleFitsUnitKind(role: MemberRole, kind: string): boolean {
  if (role === 'editor' || role === 'head') return kind === 'department';
  if (role === 'unit-head') return kind !== 'department';
  return true;
}

/** Vietnamese names of the roles, for messages and the network page. */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  author: 'Cộng tác viên (tác giả)',
  editor: 'Biên tập viên',
  head: 'Trưởng phòng',
  publisher: 'Chuyên viên đăng tải (QLCL)',
  'unit-head': 'Thủ trưởng đơn vị',
};
