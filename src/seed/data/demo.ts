import type { UnitSeed } from './units';
import type { MemberRole } from '../../plugins/editorial-workflow/shared/member-roles';

/** A few units of each kind besides the Sở's departments (demo only). */
export const DEMO_UNITS: UnitSeed[] = [
  { code: 'XA-MUONGPHANG', name: 'Phòng Văn hoá - Xã hội xã Mường Phăng', kind: 'commune-culture', defaultDepartment: 'SGD-VP', contactEmail: 'vhxh.muongphang@demo.local' },
  { code: 'PHUONG-DIENBIENPHU', name: 'Phòng Văn hoá - Xã hội phường Điện Biên Phủ', kind: 'commune-culture', defaultDepartment: 'SGD-VP', contactEmail: 'vhxh.dienbienphu@demo.local' },
  { code: 'XA-TUANGIAO', name: 'Phòng Văn hoá - Xã hội xã Tuần Giáo', kind: 'commune-culture', defaultDepartment: 'SGD-VP' },
  { code: 'THPT-CHUYEN-LQD', name: 'Trường THPT Chuyên Lê Quý Đôn', kind: 'affiliated', defaultDepartment: 'SGD-GDPT', contactEmail: 'lqd@demo.local' },
  { code: 'PTDTNT-TINH', name: 'Trường PTDTNT THPT tỉnh Điện Biên', kind: 'affiliated', defaultDepartment: 'SGD-GDPT' },
  { code: 'TT-GDNN-GDTX', name: 'Trung tâm GDNN - GDTX tỉnh', kind: 'affiliated', defaultDepartment: 'SGD-GDTX' },
  { code: 'MN-HOABAN', name: 'Trường Mầm non Hoa Ban', kind: 'school', defaultDepartment: 'SGD-GDMN' },
  { code: 'TH-HIMLAM', name: 'Trường Tiểu học Him Lam', kind: 'school', defaultDepartment: 'SGD-GDPT' },
  { code: 'THCS-THANHBINH', name: 'Trường THCS Thanh Bình', kind: 'school', defaultDepartment: 'SGD-GDPT' },
  { code: 'CH-MYTHUAT', name: 'Chi hội Mỹ thuật', kind: 'association', defaultDepartment: 'SGD-VP' },
  { code: 'CH-LICHSU', name: 'Chi hội Lịch sử', kind: 'association', defaultDepartment: 'SGD-VP' },
  { code: 'CH-VANHOC', name: 'Chi hội Văn học', kind: 'association', defaultDepartment: 'SGD-VP' },
];

/** The communication contact of some units (plan III.3; private: the network page and the directory show it). */
export const DEMO_CONTACTS: Record<string, { contactName: string; contactPosition: string; contactPhone: string; contactEmail: string }> = {
  'SGD-VP': { contactName: 'Đỗ Thị Thu', contactPosition: 'Chuyên viên Văn phòng Sở', contactPhone: '0215 3825 101', contactEmail: 'vanphong@demo.local' },
  'SGD-QLCL': { contactName: 'Nguyễn Hùng Cường', contactPosition: 'Chuyên viên Phòng QLCL', contactPhone: '0215 3825 102', contactEmail: 'qlcl@demo.local' },
  'SGD-GDPT': { contactName: 'Hoàng Văn Đức', contactPosition: 'Phó Trưởng phòng Giáo dục Phổ thông', contactPhone: '0215 3825 103', contactEmail: 'gdpt@demo.local' },
  'XA-MUONGPHANG': { contactName: 'Lò Thị Hoa', contactPosition: 'Công chức Văn hoá - Xã hội', contactPhone: '0912 345 601', contactEmail: 'vhxh.muongphang@demo.local' },
  'PHUONG-DIENBIENPHU': { contactName: 'Quàng Văn Thắng', contactPosition: 'Trưởng phòng Văn hoá - Xã hội', contactPhone: '0912 345 611', contactEmail: 'vhxh.dienbienphu@demo.local' },
  'XA-TUANGIAO': { contactName: 'Lường Thị Ngọc', contactPosition: 'Công chức Văn hoá - Xã hội', contactPhone: '0912 345 612', contactEmail: 'vhxh.tuangiao@demo.local' },
  'THPT-CHUYEN-LQD': { contactName: 'Nguyễn Văn Nam', contactPosition: 'Giáo viên, cộng tác viên truyền thông', contactPhone: '0912 345 602', contactEmail: 'lqd@demo.local' },
  'MN-HOABAN': { contactName: 'Cà Thị Hương', contactPosition: 'Phó Hiệu trưởng', contactPhone: '0912 345 613', contactEmail: 'mn.hoaban@demo.local' },
  'TH-HIMLAM': { contactName: 'Bùi Văn Hải', contactPosition: 'Tổng phụ trách Đội', contactPhone: '0912 345 614', contactEmail: 'th.himlam@demo.local' },
  'CH-VANHOC': { contactName: 'Trần Văn Sơn', contactPosition: 'Chi hội trưởng', contactPhone: '0912 345 615', contactEmail: 'chvanhoc@demo.local' },
};

/** Units allowed to run a round single-handed (the unit setting `allowSingleHandedRounds`). */
export const DEMO_SINGLE_HANDED_UNITS = ['CH-VANHOC'];

export interface DemoAccount {
  email: string;
  firstname: string;
  lastname: string;
  /** An admin role code from ADMIN_ROLES, or the super admin. */
  role: string;
  /** The units where the person holds the workflow role of `role` (the workflow plugin's membership). */
  units?: string[];
  /** Admin roles held besides `role` (the Office: network management and a department's editing). */
  extraRoles?: string[];
  /** Memberships besides those of `role`: a membership role in some units. */
  memberships?: Array<{ role: MemberRole; units: string[] }>;
  /** Kept in the network's person record (the directory shows them). */
  phone?: string;
  position?: string;
}

export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

const COMMUNES = ['XA-MUONGPHANG', 'PHUONG-DIENBIENPHU', 'XA-TUANGIAO'];
const SCHOOLS = ['THPT-CHUYEN-LQD', 'PTDTNT-TINH', 'TT-GDNN-GDTX', 'MN-HOABAN', 'TH-HIMLAM', 'THCS-THANHBINH'];
/** In the demo one editor and one head cover every department, so every demo item can move. */
const DEPARTMENTS = ['SGD-VP', 'SGD-QLCL', 'SGD-TCCB', 'SGD-KHTC', 'SGD-GDMN', 'SGD-GDPT', 'SGD-GDTX'];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.local', firstname: 'Quản trị', lastname: 'Hệ thống', role: SUPER_ADMIN_ROLE },
  { email: 'author@demo.local', firstname: 'Lò Thị', lastname: 'Hoa', role: 'newsroom-author', units: COMMUNES, phone: '0912 345 601', position: 'Công chức Văn hoá - Xã hội' },
  { email: 'author2@demo.local', firstname: 'Nguyễn Văn', lastname: 'Nam', role: 'newsroom-author', units: SCHOOLS, phone: '0912 345 602', position: 'Giáo viên, cộng tác viên truyền thông' },
  { email: 'editor@demo.local', firstname: 'Trần Thị', lastname: 'Mai', role: 'newsroom-editor', units: DEPARTMENTS, phone: '0912 345 603', position: 'Chuyên viên' },
  { email: 'head@demo.local', firstname: 'Phạm Đức', lastname: 'Long', role: 'newsroom-head', units: DEPARTMENTS, phone: '0912 345 604', position: 'Trưởng phòng' },
  { email: 'publisher@demo.local', firstname: 'Nguyễn Hùng', lastname: 'Cường', role: 'newsroom-publisher', units: ['SGD-QLCL'], phone: '0912 345 605', position: 'Chuyên viên Phòng QLCL' },
  { email: 'leader@demo.local', firstname: 'Vũ Thị', lastname: 'Lan', role: 'newsroom-leader', phone: '0912 345 606', position: 'Phó Giám đốc Sở' },
  // The head of the demo author's commune office: reads its items, figures and reports, gets the copy of its reminders.
  {
    email: 'unithead@demo.local',
    firstname: 'Quàng Văn',
    lastname: 'Dũng',
    role: 'newsroom-unit-head',
    memberships: [{ role: 'unit-head', units: ['XA-MUONGPHANG'] }],
    phone: '0912 345 608',
    position: 'Trưởng phòng Văn hoá - Xã hội xã Mường Phăng',
  },
  // After editor@: the demo's items are moved by editor@ (the first editor of the list).
  {
    email: 'office@demo.local',
    firstname: 'Đỗ Thị',
    lastname: 'Thu',
    role: 'newsroom-office',
    extraRoles: ['newsroom-editor'],
    // The Office edits the communes' items and drafts the Sở's official responses (its own unit's author).
    memberships: [
      { role: 'editor', units: ['SGD-VP'] },
      { role: 'author', units: ['SGD-VP'] },
    ],
    phone: '0912 345 607',
    position: 'Chuyên viên Văn phòng Sở',
  },
];

/** The documented default of DEMO_PASSWORD (demo data only; refused in production). */
export const DEFAULT_DEMO_PASSWORD = 'Demo@12345';

export interface DemoItemTemplate {
  title: string;
  kind: 'news' | 'article' | 'feature';
  topics: string[];
  summary: string;
}

/** Item templates; `{unit}` is replaced by the writing unit's name. */
export const DEMO_ITEMS: DemoItemTemplate[] = [
  { title: '{unit} tổ chức ngày hội “Bé vui đến trường”', kind: 'news', topics: ['III.1'], summary: 'Ngày hội giúp trẻ làm quen với trường lớp, cô giáo và bạn bè trong những ngày đầu năm học.' },
  { title: '{unit} triển khai dạy bơi an toàn cho học sinh', kind: 'news', topics: ['VII.3'], summary: 'Chương trình phòng chống đuối nước và dạy bơi an toàn được tổ chức trong dịp hè.' },
  { title: 'Học sinh {unit} đạt giải cao tại kỳ thi học sinh giỏi cấp tỉnh', kind: 'news', topics: ['III.2', 'X.2'], summary: 'Kết quả kỳ thi học sinh giỏi năm học 2025-2026 ghi nhận nhiều tiến bộ.' },
  { title: '{unit} đẩy mạnh chuyển đổi số: triển khai học bạ số', kind: 'article', topics: ['IX.1'], summary: 'Học bạ số giúp giảm hồ sơ giấy và kết nối dữ liệu với cơ sở dữ liệu ngành.' },
  { title: 'Tăng cường tiếng Việt cho học sinh dân tộc thiểu số tại {unit}', kind: 'article', topics: ['IV.1', 'III.2'], summary: 'Các giải pháp giúp học sinh dân tộc thiểu số tự tin giao tiếp bằng tiếng Việt.' },
  { title: 'Chuyên đề: Xây dựng văn hoá học đường ở {unit}', kind: 'feature', topics: ['VII.1'], summary: 'Loạt bài về những mô hình ứng xử văn hoá, thân thiện trong nhà trường.' },
  { title: '{unit} hưởng ứng phong trào “Bình dân học vụ số”', kind: 'news', topics: ['X.1', 'IX.1'], summary: 'Cán bộ, giáo viên và người dân cùng học kỹ năng số cơ bản.' },
  { title: 'Hỗ trợ bữa ăn trưa cho học sinh vùng biên giới: chuyện ở {unit}', kind: 'article', topics: ['IV.1'], summary: 'Chính sách hỗ trợ bữa ăn trưa giúp học sinh yên tâm đến lớp.' },
  { title: '{unit} tổ chức hội nghị chuyên môn đầu năm học', kind: 'news', topics: ['III.2'], summary: 'Hội nghị thống nhất kế hoạch dạy học và kiểm tra, đánh giá năm học mới.' },
  { title: 'Chuyên đề: Phòng, chống bạo lực học đường tại {unit}', kind: 'feature', topics: ['VII.3', 'VII.1'], summary: 'Tư vấn tâm lý học đường và các kênh tiếp nhận phản ánh của học sinh.' },
  { title: '{unit} tuyên dương nhà giáo tiêu biểu năm 2026', kind: 'news', topics: ['X.2', 'V.1'], summary: 'Những tấm gương nhà giáo tận tụy được ghi nhận, tôn vinh.' },
  { title: 'Xã hội hoá giáo dục: {unit} huy động nguồn lực xây phòng học', kind: 'article', topics: ['VI.2'], summary: 'Sự chung tay của phụ huynh và doanh nghiệp giúp xoá phòng học tạm.' },
];
