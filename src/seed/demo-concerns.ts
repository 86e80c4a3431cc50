import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { displayName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import type { Actor } from '../plugins/editorial-workflow/server/src/services/item-state';
import type { ConcernRequestBody, ConcernUpdateBody, TimelineEntryBody } from '../plugins/editorial-workflow/shared/contracts/concerns';
import { CONCERN, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;

interface DemoConcern {
  filer: string;
  unit: string;
  topic: string;
  hoursAgo: number;
  input: Omit<ConcernRequestBody, 'topicId' | 'filingUnitId' | 'unitIds' | 'firstSeenAt'>;
  /** Units concerned, by code. */
  units?: string[];
  /** What the Office or the department then did, in order: a change, or a timeline entry. */
  steps?: Array<{ by: string; update?: ConcernUpdateBody; entry?: TimelineEntryBody }>;
}

/**
 * A few concerns (vấn đề dư luận) at each severity, to see on the page "Dư luận & sự cố": a forecast
 * to watch, one in hand with the department's view, a crisis handled with its agreed message, and an
 * incident past its four hours (filed six hours ago, still new): overdue, at the top of the desk, and
 * escalated to the leadership by the job's next round. Filed through the service, as the form does
 * (the alarms of sự cố and khủng hoảng go out); the filing times are then set back. Once: a second
 * seeding finds them.
 */
const CONCERNS: DemoConcern[] = [
  {
    filer: 'author2@demo.local',
    unit: 'THCS-THANHBINH',
    topic: 'VII.3',
    hoursAgo: 6,
    units: ['THCS-THANHBINH'],
    input: {
      title: 'Clip học sinh đánh nhau trước cổng trường lan truyền trên mạng xã hội',
      description: 'Một đoạn clip dài 40 giây ghi cảnh hai nhóm học sinh xô xát trước cổng trường được chia sẻ trên nhiều hội nhóm phụ huynh, kèm bình luận cho rằng nhà trường buông lỏng quản lý.',
      channel: 'social-network',
      sourceLinks: ['https://www.facebook.com/groups/phuhuynh-dienbien/posts/123456'],
      kind: 'current',
      severity: 'incident',
    },
  },
  {
    filer: 'author@demo.local',
    unit: 'XA-MUONGPHANG',
    topic: 'IV.1',
    hoursAgo: 70,
    input: {
      title: 'Thông tin sai lệch về ngộ độc thực phẩm ở trường bán trú',
      description: 'Một trang cá nhân đăng tin "hàng chục học sinh bán trú nhập viện vì ngộ độc". Thực tế có 3 em đau bụng nhẹ, đã được trạm y tế xã khám và cho về trong ngày.',
      channel: 'social-network',
      sourceLinks: ['https://www.facebook.com/tin.nong.dienbien/posts/987654', 'https://baodienbienphu.vn/tin-tuc/xa-hoi/demo'],
      kind: 'current',
      severity: 'crisis',
    },
    steps: [
      { by: 'office@demo.local', update: { status: 'in-progress', note: 'Văn phòng Sở tiếp nhận, liên hệ UBND xã và trạm y tế.' } },
      { by: 'head@demo.local', entry: { kind: 'department-view', text: 'Đã xác minh với trạm y tế xã: 3 học sinh đau bụng nhẹ, không phải ngộ độc tập thể. Đề nghị thông tin chính thức trong ngày.' } },
      { by: 'office@demo.local', entry: { kind: 'agreed-message', text: 'Sở GD&ĐT thông tin: ngày 01/12, 3 học sinh bán trú có biểu hiện đau bụng nhẹ, đã được khám và về trong ngày; không có ngộ độc tập thể. Nhà trường tiếp tục kiểm tra bếp ăn.' } },
      { by: 'office@demo.local', entry: { kind: 'action-taken', text: 'Đăng thông tin chính thức trên Cổng thông tin điện tử của Sở; gửi báo Điện Biên Phủ.' } },
      { by: 'office@demo.local', update: { status: 'resolved' } },
    ],
  },
  {
    filer: 'author2@demo.local',
    unit: 'TH-HIMLAM',
    topic: 'VI.2',
    hoursAgo: 20,
    units: ['TH-HIMLAM'],
    input: {
      title: 'Phụ huynh phản ánh các khoản thu đầu năm học',
      description: 'Đường dây nóng nhận 4 cuộc gọi phản ánh các khoản thu ngoài quy định (quỹ lớp, tiền điều hoà) tại trường.',
      channel: 'hotline',
      kind: 'current',
      severity: 'action',
    },
    steps: [
      { by: 'office@demo.local', update: { status: 'in-progress' } },
      { by: 'head@demo.local', entry: { kind: 'department-view', text: 'Đề nghị nhà trường báo cáo bằng văn bản các khoản thu, đối chiếu với quy định về thu chi đầu năm học.' } },
    ],
  },
  {
    filer: 'author@demo.local',
    unit: 'XA-MUONGPHANG',
    topic: 'III.2',
    hoursAgo: 30,
    input: {
      title: 'Dự báo: dư luận quan tâm phương án thi tuyển sinh lớp 10',
      description: 'Tại buổi tiếp xúc cử tri, nhiều ý kiến hỏi về môn thi thứ ba và lịch công bố. Dự báo sẽ được quan tâm nhiều khi có thông báo chính thức.',
      channel: 'voter-petition',
      kind: 'forecast',
      severity: 'watch',
    },
    steps: [{ by: 'office@demo.local', entry: { kind: 'note', text: 'Chuẩn bị sẵn hỏi - đáp về phương án tuyển sinh để đăng cùng thông báo.' } }],
  },
];

export async function ensureDemoConcerns(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  if ((await strapi.db.query(CONCERN).count()) > 0) return { created: 0, kept: CONCERNS.length };
  const actors = new Map<string, Actor>();
  const actor = async (email: string): Promise<Actor | null> => {
    if (!actors.has(email)) {
      const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id', 'firstname', 'lastname', 'email'] });
      if (!user) return null;
      actors.set(email, { id: user.id, name: displayName(user) });
    }
    return actors.get(email)!;
  };
  const unitId = async (code: string): Promise<number | undefined> => (await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] }))?.id;
  const concerns = getService(strapi, 'concerns');
  let created = 0;
  for (const demo of CONCERNS) {
    const filer = await actor(demo.filer);
    const topic = await strapi.db.query(TOPIC).findOne({ where: { code: demo.topic }, select: ['id'] });
    const filingUnitId = await unitId(demo.unit);
    if (!filer || !topic || !filingUnitId) continue;
    const filedAt = new Date(now.getTime() - demo.hoursAgo * HOUR);
    const unitIds = (await Promise.all((demo.units ?? []).map(unitId))).filter((id): id is number => id !== undefined);
    const view = await concerns.create(filer, { ...demo.input, topicId: topic.id, filingUnitId, unitIds, firstSeenAt: new Date(filedAt.getTime() - HOUR).toISOString() }, filedAt);
    // Filed `hoursAgo` ago: its age and its clock run from then.
    await strapi.db.query(CONCERN).update({ where: { id: view.id }, data: { createdAt: filedAt } });
    for (const step of demo.steps ?? []) {
      const by = await actor(step.by);
      if (!by) continue;
      if (step.update) await concerns.update(by, view.id, step.update, now);
      if (step.entry) await concerns.addEntry(by, view.id, step.entry, now);
    }
    created += 1;
  }
  return { created, kept: 0 };
}
