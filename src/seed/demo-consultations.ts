import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { demoDesk } from './demo';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { consultationWindow } from '../plugins/editorial-workflow/server/src/consultations/status';
import { commentTextHash } from '../plugins/editorial-workflow/server/src/public-comments/text-hash';
import { newTrackingCode } from '../plugins/editorial-workflow/server/src/public-comments/tracking-code';
import { CONTACT_PURPOSE, type CommenterGroup } from '../plugins/editorial-workflow/shared/contracts/consultations';
import { pathTo } from '../plugins/editorial-workflow/shared/state-machine';
import { ARTICLE, CONSULTATION, PUBLIC_COMMENT, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';

const DAY = 86_400_000;

interface DemoComment {
  text: string;
  group: CommenterGroup;
  commune: string;
  name?: string;
  email?: string;
  phone?: string;
}

interface DemoConsultation {
  title: string;
  summary: string;
  /** First and last day of comments, in days from today (Vietnam days). */
  opensIn: number;
  closesIn: number;
  comments: DemoComment[];
}

/** Two consultations of the Office, routed to Phòng GDPT: one open now, one closed three weeks ago (its contacts still kept: 30 days by default). */
export const DEMO_CONSULTATIONS: DemoConsultation[] = [
  {
    title: 'Lấy ý kiến dự thảo Quy định về dạy thêm, học thêm trên địa bàn tỉnh',
    summary: 'Sở GD&ĐT lấy ý kiến học sinh, phụ huynh, giáo viên và người dân về dự thảo quy định dạy thêm, học thêm.',
    opensIn: -5,
    closesIn: 20,
    comments: [
      { text: 'Đề nghị quy định rõ không dạy thêm đối với học sinh tiểu học trong mọi trường hợp.', group: 'parent', commune: 'Phường Him Lam', name: 'Lò Văn Tuấn', phone: '0914 222 333' },
      { text: 'Cần có cơ chế để giáo viên dạy phụ đạo miễn phí cho học sinh yếu ngay tại trường.', group: 'teacher', commune: 'Xã Mường Phăng', email: 'giaovien.mp@example.vn' },
    ],
  },
  {
    title: 'Lấy ý kiến dự thảo Kế hoạch tuyển sinh lớp 10 năm học 2026-2027',
    summary: 'Dự thảo kế hoạch tuyển sinh vào lớp 10 trung học phổ thông, phương thức xét tuyển và thi tuyển.',
    opensIn: -50,
    closesIn: -20,
    comments: [
      { text: 'Đồng ý giữ ba môn thi như năm trước để học sinh yên tâm ôn tập.', group: 'pupil', commune: 'Phường Tân Thanh' },
      { text: 'Đề nghị công bố chỉ tiêu từng trường sớm hơn một tháng so với dự thảo.', group: 'parent', commune: 'Xã Thanh Nưa', name: 'Quàng Thị Liên', email: 'lien.quang@example.vn' },
      { text: 'Nên tăng điểm ưu tiên cho học sinh vùng đặc biệt khó khăn.', group: 'manager', commune: 'Xã Mường Phăng' },
    ],
  },
];

/**
 * The consultations' demo (issue 22): the Office writes each consultation, the department's editor
 * forwards it, its head approves, the publisher publishes; its dates and department are set; the
 * public's comments are stored as the public form stores them. Once: a second seeding finds them.
 */
export async function ensureDemoConsultations(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const existing = await strapi.db.query(CONSULTATION).count();
  if (existing > 0) return { created: 0, kept: existing };
  const office = await strapi.db.query('admin::user').findOne({ where: { email: 'office@demo.local' }, select: ['id'] });
  const [unit, department, topic] = await Promise.all([
    strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' }, select: ['id'] }),
    strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] }),
    strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] }),
  ]);
  if (!office || !unit || !department || !topic) return { created: 0, kept: 0 };
  const desk = { ...(await demoDesk(strapi)), author: { id: office.id as number, name: await actorName(strapi, office.id) } };
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');
  const today = new Date(now.getTime() + 7 * 3_600_000);
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  let created = 0;
  for (const demo of DEMO_CONSULTATIONS) {
    const { documentId } = await strapi.documents(ARTICLE).create({
      data: {
        title: demo.title,
        summary: demo.summary,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: demo.summary }] }],
        kind: 'consultation',
        unit: unit.id,
        topics: [topic.id],
        byline: 'Văn phòng Sở',
        channelWebsite: true,
      } as never,
    });
    const { opensAt, closesAt } = consultationWindow(day(demo.opensIn), day(demo.closesIn));
    await strapi.db.query(CONSULTATION).create({ data: { itemDocumentId: documentId, opensAt, closesAt, draftFileId: null, departmentId: department.id } });
    const publishedAt = new Date(opensAt.getTime() - DAY);
    for (const { action, role } of pathTo('published')) {
      const { version } = await itemState.recordOf(documentId);
      await workflow.transition({ documentId, action, expectedVersion: version }, desk[role], { now: publishedAt });
    }
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt } });
    for (const [i, comment] of demo.comments.entries()) {
      const textHash = commentTextHash(comment.text);
      const at = new Date(Math.min(now.getTime(), opensAt.getTime() + (i + 1) * DAY));
      await strapi.db.query(PUBLIC_COMMENT).create({
        data: {
          itemDocumentId: documentId,
          trackingCode: newTrackingCode(),
          text: comment.text,
          textHash,
          textKey: `${documentId}:${textHash}`,
          group: comment.group,
          commune: comment.commune,
          name: comment.name ?? null,
          email: comment.email ?? null,
          phone: comment.phone ?? null,
          consentPurpose: CONTACT_PURPOSE,
          consentedAt: at,
          status: 'received',
          createdAt: at,
        },
      });
    }
    created += 1;
  }
  return { created, kept: 0 };
}
