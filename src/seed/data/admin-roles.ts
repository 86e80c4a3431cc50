import { CONDITIONS, PERMISSIONS, PLUGIN_ID, conditionId } from '../../plugins/editorial-workflow/shared/permissions';

/**
 * The admin roles of the newsroom's people: authors, editors, heads, the publisher, the leadership. Their content-manager rights
 * here are the base; the editorial-workflow plugin decides who may move an item and publish it,
 * so no role has the content-manager's own publish action.
 */
export type CmAction = 'create' | 'read' | 'update' | 'delete';

export interface AdminRoleSeed {
  code: string;
  name: string;
  description: string;
  /** Content-manager actions per content type (short names: `article` for `api::article.article`). */
  content: Record<string, CmAction[]>;
  /** Media library actions (`plugin::upload.*`). */
  media: string[];
  /** RBAC conditions on the media library actions that take them (reading and changing files). */
  mediaConditions?: string[];
  /** RBAC conditions on the read, update and delete actions of a content type, by short name. */
  conditions?: Record<string, string[]>;
  /** Other admin actions, such as the workflow plugin's. */
  actions?: string[];
}

const MEDIA_WRITE = ['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'];
const READ_REFERENCE = { unit: ['read'], topic: ['read'], 'plan-line': ['read'] } as Record<string, CmAction[]>;
const WORKFLOW = [PERMISSIONS.useWorkflow];
/** Statistics of one's own units and departments (the scope is decided by the plugin). */
const STATS = [PERMISSIONS.readStats];
/** Statistics of every unit: Phòng QLCL counts for the emulation ranking, the leadership reads it all. */
const ALL_STATS = [PERMISSIONS.readStats, PERMISSIONS.readAllStats];
/** The network page and the directory, read only (the leadership). */
const NETWORK_READ = [PERMISSIONS.readNetwork, PERMISSIONS.readMemberships, PERMISSIONS.readDirectory];
/** The overview "Tổng quan": its figures follow the statistics' scope (every unit with `stats.read-all`, else one's own). */
const OVERVIEW = [PERMISSIONS.readOverview];
/** An author, editor or head lists and opens their unit's items, and those waiting at their department. */
const ITEMS_IN_SCOPE = { article: [conditionId(CONDITIONS.itemInScope)] };
/** An author also keeps to their unit's media and reports. */
const OWN_UNIT = [conditionId(CONDITIONS.ownUnit)];
/**
 * An editor's or head's media library: the files they uploaded, and those of the items of their
 * units and of their department's queue (the plugin's `file-in-scope` condition, conditions.ts).
 * Whatever the rights, a file used by an item under review, approved or online changes only through
 * a new round of the item (src/media/file-integrity.ts).
 */
const FILES_IN_SCOPE = ['admin::is-creator', `plugin::${PLUGIN_ID}.file-in-scope`];
/** Editors and heads work on their department's queue (and write their own department's items). */
const DEPARTMENT_REVIEW: Record<string, CmAction[]> = {
  ...READ_REFERENCE,
  article: ['create', 'read', 'update'],
  'media-asset': ['read'],
  'opinion-report': ['read'],
};

export const ADMIN_ROLES: AdminRoleSeed[] = [
  {
    code: 'newsroom-author',
    name: 'Cộng tác viên đơn vị',
    description: 'Soạn tin, bài, chuyên đề của đơn vị; gửi tư liệu ảnh/video và báo cáo dư luận hằng tháng.',
    content: {
      ...READ_REFERENCE,
      article: ['create', 'read', 'update', 'delete'],
      'media-asset': ['create', 'read', 'update', 'delete'],
      'opinion-report': ['create', 'read', 'update'],
    },
    media: MEDIA_WRITE,
    // Most photos show children: an author's media library holds only the files they uploaded.
    mediaConditions: ['admin::is-creator'],
    conditions: { ...ITEMS_IN_SCOPE, 'media-asset': OWN_UNIT, 'opinion-report': OWN_UNIT },
    actions: [...WORKFLOW, ...STATS],
  },
  {
    code: 'newsroom-editor',
    name: 'Biên tập viên phòng chuyên môn',
    description: 'Biên tập tin bài thuộc lĩnh vực của phòng; trả lại tác giả kèm lý do hoặc chuyển Trưởng phòng duyệt.',
    content: DEPARTMENT_REVIEW,
    media: MEDIA_WRITE,
    mediaConditions: FILES_IN_SCOPE,
    conditions: ITEMS_IN_SCOPE,
    actions: [...WORKFLOW, ...STATS],
  },
  {
    code: 'newsroom-head',
    name: 'Trưởng phòng (Ban Biên tập)',
    description: 'Duyệt tin bài của phòng và chuyển Phòng Quản lý Chất lượng đăng tải, hoặc trả lại kèm lý do.',
    content: DEPARTMENT_REVIEW,
    media: MEDIA_WRITE,
    mediaConditions: FILES_IN_SCOPE,
    conditions: ITEMS_IN_SCOPE,
    actions: [...WORKFLOW, ...STATS],
  },
  {
    code: 'newsroom-publisher',
    name: 'Chuyên viên Phòng Quản lý Chất lượng',
    description: 'Đăng tải tin bài đã duyệt (ngay hoặc hẹn giờ), gỡ bài kèm lý do, quản lý kho tư liệu, thống kê tin bài.',
    content: {
      ...READ_REFERENCE,
      // Reads every item; publishes through the workflow, never edits content.
      article: ['read'],
      'media-asset': ['create', 'read', 'update', 'delete'],
      'opinion-report': ['read'],
      'quota-policy': ['read'],
    },
    // Phòng QLCL keeps the media archive: every file, under the same integrity rule as everyone.
    media: MEDIA_WRITE,
    // The channels page: deliveries to the fanpage, the portal and the press, retried or cancelled (issue 18).
    actions: [...WORKFLOW, ...ALL_STATS, ...OVERVIEW, PERMISSIONS.manageChannels],
  },
  {
    code: 'newsroom-unit-head',
    name: 'Thủ trưởng đơn vị',
    description: 'Thủ trưởng đơn vị (Kế hoạch, mục III.3): xem mọi tin bài của đơn vị ở mọi trạng thái cùng lịch sử, thống kê và báo cáo của đơn vị; nhận bản sao lời nhắc; không sửa, không thao tác quy trình.',
    // Reads only: the workflow's transitions refuse this role (it is no acting role), and no write right is given here.
    content: { ...READ_REFERENCE, article: ['read'], 'media-asset': ['read'], 'opinion-report': ['read'] },
    media: [],
    conditions: { ...ITEMS_IN_SCOPE, 'media-asset': OWN_UNIT, 'opinion-report': OWN_UNIT },
    // The overview of their own unit only (the statistics' scope).
    actions: [...WORKFLOW, ...STATS, ...OVERVIEW],
  },
  {
    code: 'newsroom-leader',
    name: 'Lãnh đạo Sở',
    description: 'Lãnh đạo Sở, Văn phòng Sở: xem mọi thống kê, báo cáo, xếp hạng thi đua và nhật ký quản trị; gỡ bài đang đăng khi cần; không sửa, không đăng tin bài.',
    content: { ...READ_REFERENCE, article: ['read'], 'media-asset': ['read'], 'opinion-report': ['read'], 'quota-policy': ['read'] },
    media: [],
    // The leadership reads every item's workflow, may take a live version down, and reads the audit log.
    actions: [...WORKFLOW, PERMISSIONS.takeDown, PERMISSIONS.readAudit, ...ALL_STATS, ...NETWORK_READ, ...OVERVIEW, PERMISSIONS.readInquiries],
  },
  {
    code: 'newsroom-office',
    name: 'Văn phòng Sở (mạng lưới đơn vị)',
    description: 'Văn phòng Sở: quản lý mạng lưới đơn vị (nhập danh sách cán bộ, thêm và kết thúc thành viên, đầu mối liên hệ) và danh bạ. Gán thêm cho cán bộ Văn phòng bên cạnh vai trò biên tập.',
    // Unit records: the contact official is edited here; units are created by `import:units`.
    content: { unit: ['read', 'update'], topic: ['read'], 'plan-line': ['read'] },
    media: [],
    // The Office reads the overview of every unit (read-all is what widens it; the statistics page itself needs `stats.read`).
    actions: [...NETWORK_READ, PERMISSIONS.manageMemberships, PERMISSIONS.manageNetwork, PERMISSIONS.readAllStats, ...OVERVIEW, PERMISSIONS.receiveReports, PERMISSIONS.managePlan, PERMISSIONS.manageInquiries],
  },
];
