import { createHash, randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { displayName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import type { Actor } from '../plugins/editorial-workflow/server/src/services/item-state';
import { CONTACT_PURPOSE, type CommentStance, type CommenterGroup } from '../plugins/editorial-workflow/shared/contracts/consultations';
import { ARTICLE, CONSULTATION, FEEDBACK_SUMMARY, ITEM_STATE, PUBLIC_COMMENT, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;

/**
 * The consultation the feedback demo sits on: one of its own, beside the consultations' demo (whose
 * comments are left as the public sent them), a draft routed to Phòng GDPT, closed a week ago, so
 * that the department's handling and its summary are seen on a consultation whose comments are in.
 */
const OWN_CONSULTATION = {
  documentId: 'demofeedbackconsultation1',
  title: 'Dự thảo Quy định quản lý dạy thêm, học thêm trên địa bàn tỉnh Điện Biên',
  slug: 'du-thao-quy-dinh-day-them-hoc-them',
  summary: 'Sở Giáo dục và Đào tạo lấy ý kiến học sinh, giáo viên, phụ huynh và nhân dân về dự thảo quy định quản lý dạy thêm, học thêm.',
  topic: 'III.2',
  department: 'SGD-GDPT',
};
export const DEMO_FEEDBACK_CONSULTATION = OWN_CONSULTATION.documentId;

async function demoConsultation(strapi: Core.Strapi, now: Date): Promise<string | null> {
  const { documentId, title, slug, summary } = OWN_CONSULTATION;
  const existing: { documentId: string } | null = await strapi.db.query(ARTICLE).findOne({ where: { documentId }, select: ['documentId'] });
  if (existing) return existing.documentId;
  const topic = await strapi.db.query(TOPIC).findOne({ where: { code: OWN_CONSULTATION.topic }, select: ['id'] });
  const department = await strapi.db.query(UNIT).findOne({ where: { code: OWN_CONSULTATION.department }, select: ['id'] });
  if (!topic || !department) return null;
  await strapi.db.query(ARTICLE).create({ data: { documentId, title, slug, summary, kind: 'consultation', topics: [topic.id], unit: department.id, publishedAt: null, createdAt: new Date(now.getTime() - 20 * 24 * HOUR) } });
  await strapi.db.query(ITEM_STATE).create({ data: { itemDocumentId: documentId, state: 'draft', version: 1, departmentId: department.id } });
  await strapi.db.query(CONSULTATION).create({
    data: { itemDocumentId: documentId, opensAt: new Date(now.getTime() - 20 * 24 * HOUR), closesAt: new Date(now.getTime() - 7 * 24 * HOUR), departmentId: department.id },
  });
  return documentId;
}

interface DemoComment {
  text: string;
  group: CommenterGroup;
  commune: string;
  hoursAgo: number;
  contact?: { name?: string; email?: string; phone?: string };
  stance?: CommentStance;
  /** Merged into the comment at this index of the list (a duplicate). */
  duplicateOf?: number;
  answer?: { text: string; public: boolean };
}

/**
 * Comments on the demo consultation, handled by Phòng GDPT's editor: classified, one duplicate
 * merged, two answered (one public, one only to its commenter), one left to classify; and the main
 * points of the summary written (not published: the department publishes it after closing).
 */
const COMMENTS: DemoComment[] = [
  {
    text: 'Tôi đồng tình với quy định không tổ chức dạy thêm đối với học sinh tiểu học, trừ bồi dưỡng kỹ năng sống và nghệ thuật.',
    group: 'parent',
    commune: 'Phường Him Lam',
    hoursAgo: 200,
    contact: { name: 'Lò Văn Minh', email: 'lovanminh@example.test' },
    stance: 'agrees',
    answer: { text: 'Sở ghi nhận ý kiến đồng tình; dự thảo giữ nguyên quy định đối với cấp tiểu học.', public: true },
  },
  {
    text: 'Giáo viên vùng cao thu nhập thấp, đề nghị cho phép dạy thêm có thu tiền ngoài nhà trường nếu đăng ký kinh doanh.',
    group: 'teacher',
    commune: 'Xã Mường Phăng',
    hoursAgo: 150,
    contact: { phone: '0914 222 333' },
    stance: 'proposes',
    answer: { text: 'Dự thảo cho phép giáo viên dạy thêm ngoài nhà trường khi đã báo cáo hiệu trưởng về môn học, địa điểm và thời gian.', public: false },
  },
  {
    text: 'Giáo viên vùng cao thu nhập thấp, đề nghị cho phép dạy thêm có thu tiền ngoài nhà trường khi đăng ký kinh doanh!',
    group: 'teacher',
    commune: 'xã Mường Phăng',
    hoursAgo: 148,
    stance: 'proposes',
    duplicateOf: 1,
  },
  {
    text: 'Không đồng tình việc cấm dạy thêm trong trường vì học sinh lớp 9 cần ôn thi vào lớp 10.',
    group: 'pupil',
    commune: 'Phường Tân Thanh',
    hoursAgo: 90,
    stance: 'disagrees',
  },
  {
    text: 'Đề nghị quy định rõ trách nhiệm của UBND cấp xã trong kiểm tra các cơ sở dạy thêm.',
    group: 'manager',
    commune: 'Xã Thanh Nưa',
    hoursAgo: 30,
  },
];

const MAIN_POINTS =
  'Đa số ý kiến đồng tình với quy định không dạy thêm đối với học sinh tiểu học.\n' +
  'Một số giáo viên vùng cao đề nghị cho phép dạy thêm có thu tiền ngoài nhà trường; học sinh lớp 9 đề nghị được ôn thi trong trường.';

/** Once: a second seeding finds the comments and leaves them. */
export async function ensureDemoFeedback(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const documentId = await demoConsultation(strapi, now);
  if (!documentId) return { created: 0, kept: 0 };
  const already = await strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId: documentId } });
  if (already > 0) return { created: 0, kept: already };
  const user = await strapi.db.query('admin::user').findOne({ where: { email: 'editor@demo.local' }, select: ['id', 'firstname', 'lastname', 'email'] });
  if (!user) return { created: 0, kept: 0 };
  const editor: Actor = { id: user.id, name: displayName(user) };
  const feedback = getService(strapi, 'feedback');
  const ids: number[] = [];
  for (const demo of COMMENTS) {
    const at = new Date(now.getTime() - demo.hoursAgo * HOUR);
    const textHash = createHash('sha256').update(demo.text.normalize('NFC').trim().toLowerCase()).digest('hex');
    const row = await strapi.db.query(PUBLIC_COMMENT).create({
      data: {
        itemDocumentId: documentId,
        trackingCode: randomBytes(12).toString('base64url'),
        textHash,
        textKey: `${documentId}:${textHash}`,
        text: demo.text,
        group: demo.group,
        commune: demo.commune,
        ...demo.contact,
        consentPurpose: CONTACT_PURPOSE,
        consentedAt: at,
        status: 'received',
        createdAt: at,
      },
    });
    ids.push(row.id);
  }
  // The department's handling, through the service as the page does it.
  for (const [i, demo] of COMMENTS.entries()) {
    if (demo.stance) await feedback.classify(editor, ids[i], { stance: demo.stance, lineIds: [] });
    if (demo.duplicateOf !== undefined) await feedback.merge(editor, ids[i], ids[demo.duplicateOf]);
    if (demo.answer) await feedback.answer(editor, ids[i], { answer: demo.answer.text, answerPublic: demo.answer.public }, now);
  }
  if (!(await strapi.db.query(FEEDBACK_SUMMARY).findOne({ where: { itemDocumentId: documentId } }))) await feedback.writeSummary(editor, documentId, { mainPoints: MAIN_POINTS }, now);
  return { created: COMMENTS.length, kept: 0 };
}
