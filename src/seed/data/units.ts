export const UNIT_KINDS = ['department', 'commune-culture', 'affiliated', 'school', 'association'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: 'Phòng chuyên môn nghiệp vụ Sở',
  'commune-culture': 'Phòng Văn hoá - Xã hội xã, phường',
  affiliated: 'Đơn vị trực thuộc Sở',
  school: 'Trường mầm non, phổ thông',
  association: 'Chi hội',
};

export interface UnitSeed {
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of the department items are routed to when their topic names none. */
  defaultDepartment?: string;
  contactEmail?: string;
}

/**
 * The units of the Sở that section III of the plan names: the Office (the standing body for
 * communication), Phòng Quản lý Chất lượng (publishes, counts, keeps the archive) and the
 * professional departments the topic taxonomy routes to. An administrator can add and rename them.
 */
export const SO_DEPARTMENTS: UnitSeed[] = [
  { code: 'SGD-VP', name: 'Văn phòng Sở', kind: 'department' },
  { code: 'SGD-QLCL', name: 'Phòng Quản lý Chất lượng', kind: 'department' },
  { code: 'SGD-TCCB', name: 'Phòng Tổ chức cán bộ', kind: 'department' },
  { code: 'SGD-KHTC', name: 'Phòng Kế hoạch - Tài chính', kind: 'department' },
  { code: 'SGD-GDMN', name: 'Phòng Giáo dục Mầm non', kind: 'department' },
  { code: 'SGD-GDPT', name: 'Phòng Giáo dục Phổ thông', kind: 'department' },
  { code: 'SGD-GDTX', name: 'Phòng Giáo dục Thường xuyên - Giáo dục nghề nghiệp', kind: 'department' },
];
