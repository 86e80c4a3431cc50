import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { displayName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import type { Actor } from '../plugins/editorial-workflow/server/src/services/item-state';
import type { ReportEntryInput } from '../plugins/editorial-workflow/shared/contracts/opinion-reports';
import { CONCERN, OPINION_REPORT as REPORT, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { monthKey } from '../utils/vietnam-time';

/**
 * Last month's opinion reports as the Office receives them (issue 15 item 4), on top of the reports
 * demo.ts files (their filing times, on time or late, are kept): a commune's report of entries (one
 * naming a concern of the register, one new that enters it), a school's report of entries, an
 * affiliated unit's "không có vấn đề phát sinh", a report the Office returned with its reason, and
 * one it acknowledged. Through the opinion-reports service, as the page does (the Office's and the
 * units' notices go out). Once: a second seeding finds the school's report.
 */
export async function ensureDemoReportReceipts(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const [year, month] = monthKey(now).split('-').map(Number);
  const period = monthKey(new Date(Date.UTC(year, month - 2, 15)));
  const reports = getService(strapi, 'opinion-reports');
  const unitOf = async (code: string): Promise<{ id: number } | null> => strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] });
  const reportOf = async (code: string): Promise<{ documentId: string; receiptStatus: string | null } | null> => {
    const unit = await unitOf(code);
    return unit ? strapi.db.query(REPORT).findOne({ where: { period, unit: { id: unit.id } }, select: ['documentId', 'receiptStatus'] }) : null;
  };
  const actorOf = async (email: string): Promise<Actor | null> => {
    const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id', 'firstname', 'lastname', 'email'] });
    return user ? { id: user.id, name: displayName(user) } : null;
  };
  const topicId = async (code: string): Promise<number | null> => (await strapi.db.query(TOPIC).findOne({ where: { code }, select: ['id'] }))?.id ?? null;
  const concernId = async (title: string): Promise<number | null> => (await strapi.db.query(CONCERN).findOne({ where: { title: { $startsWith: title } }, select: ['id'] }))?.id ?? null;

  const school = await unitOf('TH-HIMLAM');
  if (!school) return { created: 0, kept: 0 };
  if (await reportOf('TH-HIMLAM')) return { created: 0, kept: 1 };
  const [author, author2, office] = await Promise.all([actorOf('author@demo.local'), actorOf('author2@demo.local'), actorOf('office@demo.local')]);
  const [schoolTopic, feesTopic] = await Promise.all([topicId('VII.3'), topicId('VI.2')]);
  if (!author || !author2 || !office || !schoolTopic || !feesTopic) return { created: 0, kept: 0 };
  let created = 0;

  // A commune's report of entries: the register's concern it filed, and a new one.
  const commune = await reportOf('XA-MUONGPHANG');
  const rumour = await concernId('Thông tin sai lệch về ngộ độc thực phẩm');
  if (commune && rumour) {
    const entries: ReportEntryInput[] = [
      { concernId: rumour, actions: 'Phối hợp trạm y tế xã xác minh, thông tin tại buổi sinh hoạt thôn bản.', result: 'Dư luận lắng xuống sau thông tin chính thức của Sở.' },
      { topicId: schoolTopic, channel: 'meeting', summary: 'Phụ huynh lo ngại an toàn giao thông trước cổng trường giờ tan học.', actions: 'Đề nghị công an xã bố trí người phân luồng.', result: 'Đang theo dõi.' },
    ];
    await reports.refile(author, false, commune.documentId, { noIssues: false, entries });
    created += 1;
  }

  // A school's report of entries, filed on the 12th: on time.
  const fees = await concernId('Phụ huynh phản ánh các khoản thu đầu năm học');
  const filed = await reports.file(author2, false, {
    unitId: school.id,
    period,
    noIssues: false,
    entries: [
      ...(fees ? [{ concernId: fees, actions: 'Nhà trường công khai các khoản thu, trả lại khoản thu tiền điều hoà.', result: 'Phụ huynh đồng thuận.' }] : []),
      { topicId: feesTopic, channel: 'social-network', summary: 'Bài đăng trên nhóm Zalo phụ huynh hỏi về sách giáo khoa tham khảo bắt buộc mua.', actions: 'Giáo viên chủ nhiệm giải thích: không bắt buộc.', result: 'Đã xử lý.' },
    ],
  });
  const twelfth = new Date(Date.UTC(year, month - 2, 12, 2, 0, 0));
  await strapi.db.query(REPORT).updateMany({ where: { documentId: filed.documentId }, data: { submittedAt: twelfth, lastFiledAt: twelfth } });
  created += 1;

  // An affiliated unit with nothing to report, says so.
  const boarding = await reportOf('PTDTNT-TINH');
  if (boarding) {
    await reports.refile(author2, false, boarding.documentId, { noIssues: true, entries: [] });
    created += 1;
  }

  // The Office returned one, with its reason, and acknowledged another.
  const ward = await reportOf('PHUONG-DIENBIENPHU');
  if (ward?.receiptStatus === 'filed') {
    await reports.returnReport(office, ward.documentId, 'Báo cáo chưa nêu kết quả xử lý và chưa kèm bản scan có chữ ký của Thủ trưởng đơn vị; đề nghị bổ sung.');
    created += 1;
  }
  const lqd = await reportOf('THPT-CHUYEN-LQD');
  if (lqd?.receiptStatus === 'filed') {
    await reports.acknowledge(office, lqd.documentId);
    created += 1;
  }
  return { created, kept: 0 };
}
