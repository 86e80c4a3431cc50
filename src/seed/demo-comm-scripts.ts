import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { scriptItemRowOf } from '../plugins/editorial-workflow/server/src/script-items/content-type';
import { dateOfDay, dayNumber, vnDateOf } from '../plugins/editorial-workflow/shared/periods';
import { ARTICLE, COMM_SCRIPT, SCRIPT_ITEM, TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';

const SCRIPT = {
  by: 'office@demo.local',
  title: 'Kịch bản truyền thông: Chuẩn bị kỳ thi tốt nghiệp THPT',
  topic: 'III.2',
  owner: 'SGD-GDPT',
  keyMessages: [
    'Kỳ thi an toàn, nghiêm túc, đúng quy chế; không để học sinh nào bỏ thi vì hoàn cảnh khó khăn.',
    'Ngành giáo dục đồng hành cùng học sinh vùng khó: ôn tập miễn phí, hỗ trợ chỗ ở, đi lại trong những ngày thi.',
    'Thông tin chính thức chỉ từ Sở GDĐT và các trường: không chia sẻ tin đồn về đề thi.',
  ].join('\n'),
  channels: ['website', 'fanpage', 'school', 'broadcast'] as const,
} as const;

/**
 * A communication script of the plan at work (issue 17) at the first start: the Office's script for
 * topic III.2, owned by Phòng GDPT (editor@ and head@ read it), with three dated milestones around
 * today and the first published item of the topic linked to it. Once: a second seeding finds it by title.
 */
export async function ensureDemoCommScripts(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  if (await strapi.db.query(COMM_SCRIPT).findOne({ where: { title: SCRIPT.title }, select: ['id'] })) return { created: 0, kept: 1 };
  const [user, topic, owner] = await Promise.all([
    strapi.db.query('admin::user').findOne({ where: { email: SCRIPT.by }, select: ['id'] }) as Promise<{ id: number } | null>,
    strapi.db.query(TOPIC).findOne({ where: { code: SCRIPT.topic }, select: ['id', 'documentId'] }) as Promise<{ id: number; documentId: string } | null>,
    strapi.db.query(UNIT).findOne({ where: { code: SCRIPT.owner }, select: ['id'] }) as Promise<{ id: number } | null>,
  ]);
  if (!user || !topic || !owner) return { created: 0, kept: 0 };
  const office = { id: user.id, name: await actorName(strapi, user.id) };
  const today = dayNumber(vnDateOf(now));
  const on = (days: number) => dateOfDay(today + days);
  const script = await getService(strapi, 'comm-scripts').create(office, true, {
    title: SCRIPT.title,
    topicId: topic.id,
    lineId: null,
    keyMessages: SCRIPT.keyMessages,
    channels: [...SCRIPT.channels],
    startsOn: on(-14),
    endsOn: on(60),
    ownerDepartmentId: owner.id,
    milestones: [
      { on: on(-7), label: 'Đăng tin kế hoạch ôn tập, hỗ trợ học sinh vùng khó' },
      { on: on(10), label: 'Phóng sự về các điểm ôn tập tập trung tại trường PTDTNT' },
      { on: on(45), label: 'Tọa đàm trực tuyến: giải đáp thắc mắc của phụ huynh về kỳ thi' },
    ],
  });
  const item = (await strapi.db.query(ARTICLE).findOne({
    where: { topics: { id: topic.id }, publishedAt: { $notNull: true } },
    select: ['documentId'],
    orderBy: [{ id: 'asc' }],
  })) as { documentId: string } | null;
  if (item) await strapi.db.query(SCRIPT_ITEM).create({ data: scriptItemRowOf(script.id, item.documentId, office) });
  return { created: 1, kept: 0 };
}
