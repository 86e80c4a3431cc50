import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { displayName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import type { Actor } from '../plugins/editorial-workflow/server/src/services/item-state';
import { INFO_REQUEST, PRESS_INQUIRY, SPOKESPERSON, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';

const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;

/**
 * The press desk at first start (issue 22 items 4 and 5): the spokesperson register (the Sở's
 * deputy director on every topic; an Office official once delegated on one topic, the delegation
 * ended), information requests in several states (one entered from a letter long ago and still
 * unanswered: overdue, escalated by the job's next round), and press inquiries (one answered, approved
 * by the spokesperson and sent; one open, its answer waiting for the approval). Written through the
 * services as the pages do; once: a second seeding finds them (by subject, outlet, user).
 */
export async function ensureDemoPressDesk(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  const actor = async (email: string): Promise<Actor | null> => {
    const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id', 'firstname', 'lastname', 'email'] });
    return user ? { id: user.id, name: displayName(user) } : null;
  };
  const [office, leader] = await Promise.all([actor('office@demo.local'), actor('leader@demo.local')]);
  const topic = async (code: string): Promise<number> => (await strapi.db.query(TOPIC).findOne({ where: { code }, select: ['id'] })).id;
  const unit = async (code: string): Promise<number> => (await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
  if (!office || !leader) return tally;

  // The register.
  const register = getService(strapi, 'spokespeople');
  const entries = [
    { userId: leader.id, title: 'Phó Giám đốc Sở, người phát ngôn', allTopics: true, topicIds: [], validFrom: '2025-01-01', validTo: null, note: 'Theo quyết định giao nhiệm vụ phát ngôn của Giám đốc Sở.' },
    { userId: office.id, title: 'Chuyên viên Văn phòng Sở (được uỷ quyền)', allTopics: false, topicIds: [await topic('III.2')], validFrom: '2025-09-01', validTo: '2025-12-31', note: 'Uỷ quyền phát ngôn về kỳ thi học sinh giỏi, đã hết hạn.' },
  ];
  for (const entry of entries) {
    if (await strapi.db.query(SPOKESPERSON).findOne({ where: { userId: entry.userId, validFrom: entry.validFrom }, select: ['id'] })) tally.kept += 1;
    else {
      await register.create(entry, now);
      tally.created += 1;
    }
  }

  // Information requests.
  const requests = getService(strapi, 'info-requests');
  const gdpt = await unit('SGD-GDPT');
  const base = { requesterKind: 'citizen' as const };
  const demos: Array<{ subject: string; make: () => Promise<void> }> = [
    {
      subject: 'Kế hoạch tuyển sinh lớp 10 năm học 2026-2027',
      make: async () => {
        await requests.receiveFromWebsite(
          { ...base, name: 'Nguyễn Văn Bình', email: 'binh.nguyen@example.invalid', subject: 'Kế hoạch tuyển sinh lớp 10 năm học 2026-2027', content: 'Đề nghị Sở cung cấp kế hoạch tuyển sinh lớp 10 và chỉ tiêu của các trường THPT trên địa bàn thành phố.' },
          new Date(now.getTime() - 2 * DAY)
        );
      },
    },
    {
      subject: 'Các khoản thu đầu năm học được phép',
      make: async () => {
        const view = await requests.enterLetter(office, {
          requesterKind: 'organisation',
          name: 'Lò Văn Sơn',
          organisation: 'Ban đại diện cha mẹ học sinh Trường THCS Thanh Bình',
          address: 'Tổ dân phố 5, phường Thanh Bình, tỉnh Điện Biên',
          phone: '0915 000 222',
          subject: 'Các khoản thu đầu năm học được phép',
          content: 'Đề nghị cung cấp văn bản quy định các khoản thu, mức thu đầu năm học tại các trường trung học cơ sở.',
          receivedAt: new Date(now.getTime() - 40 * DAY).toISOString(),
        });
        // Routed long ago and still not answered: past the legal deadline, escalated once by the job.
        await requests.act(office, view.id, { action: 'route', departmentId: gdpt });
        await requests.act(office, view.id, { action: 'start' });
      },
    },
    {
      subject: 'Danh sách trường đạt chuẩn quốc gia',
      make: async () => {
        const view = await requests.enterLetter(office, {
          ...base,
          name: 'Quàng Thị Hương',
          email: 'huong.quang@example.invalid',
          subject: 'Danh sách trường đạt chuẩn quốc gia',
          content: 'Đề nghị cung cấp danh sách các trường mầm non, tiểu học đạt chuẩn quốc gia năm 2025.',
          receivedAt: new Date(now.getTime() - 10 * DAY).toISOString(),
        });
        await requests.act(office, view.id, { action: 'route', departmentId: gdpt });
        await requests.act(office, view.id, { action: 'answer', text: 'Sở gửi kèm danh sách 112 trường đạt chuẩn quốc gia (cập nhật tháng 12/2025) qua thư điện tử của bà.' });
      },
    },
  ];
  for (const demo of demos) {
    if (await strapi.db.query(INFO_REQUEST).findOne({ where: { subject: demo.subject }, select: ['id'] })) tally.kept += 1;
    else {
      await demo.make();
      tally.created += 1;
    }
  }

  // Press inquiries.
  const inquiries = getService(strapi, 'press-inquiries');
  const press = [
    {
      outlet: 'Báo Giáo dục và Thời đại',
      make: async () => {
        const view = await inquiries.log(office, {
          outlet: 'Báo Giáo dục và Thời đại',
          journalist: 'Nguyễn Thị Thu Trang',
          contact: 'phongvien.gdtd@example.invalid',
          question: 'Đề nghị Sở cho biết kết quả kỳ thi học sinh giỏi cấp tỉnh năm học 2025-2026 và kế hoạch bồi dưỡng đội tuyển dự thi quốc gia.',
          topicId: await topic('III.2'),
          departmentId: gdpt,
          receivedAt: new Date(now.getTime() - 3 * DAY).toISOString(),
          dueAt: new Date(now.getTime() - 1 * DAY).toISOString(),
        });
        await inquiries.update(office, view.id, { answer: 'Kỳ thi có 1.250 thí sinh dự thi, 486 em đạt giải. Sở đã thành lập 8 đội tuyển, bồi dưỡng từ tháng 10 đến tháng 12.' });
        await inquiries.approve(leader, view.id, false, new Date(now.getTime() - 1 * DAY - 4 * HOUR));
        await inquiries.send(office, view.id, new Date(now.getTime() - 1 * DAY - 2 * HOUR));
      },
    },
    {
      outlet: 'Báo Điện Biên Phủ',
      make: async () => {
        const view = await inquiries.log(office, {
          outlet: 'Báo Điện Biên Phủ',
          journalist: 'Trần Văn Hùng',
          contact: '0215 3830 000',
          question: 'Phụ huynh phản ánh một số trường thu quỹ lớp đầu năm cao. Sở đã chỉ đạo kiểm tra chưa và kết quả thế nào?',
          topicId: await topic('VII.3'),
          departmentId: gdpt,
          receivedAt: new Date(now.getTime() - 5 * HOUR).toISOString(),
          dueAt: new Date(now.getTime() + 2 * DAY).toISOString(),
        });
        await inquiries.update(office, view.id, { answer: 'Sở đã yêu cầu các phòng văn hoá - xã hội xã, phường kiểm tra việc thu quỹ ở các trường; kết quả sẽ được công bố trước ngày 15.' });
      },
    },
  ];
  for (const demo of press) {
    if (await strapi.db.query(PRESS_INQUIRY).findOne({ where: { outlet: demo.outlet }, select: ['id'] })) tally.kept += 1;
    else {
      await demo.make();
      tally.created += 1;
    }
  }
  return tally;
}
