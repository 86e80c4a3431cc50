import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { GUIDANCE_NOTE, GUIDANCE_RECIPIENT } from '../plugins/editorial-workflow/server/src/guidance/content-type';
import { UNIT } from '../plugins/editorial-workflow/shared/uids';

const NOTE = {
  by: 'office@demo.local',
  title: 'Định hướng tuyên truyền Tháng hành động vì trẻ em',
  body: [
    'Văn phòng Sở đề nghị các đơn vị tuyên truyền về Tháng hành động vì trẻ em:',
    '- Đưa tin các hoạt động vui chơi, phòng chống đuối nước, bạo lực học đường tại đơn vị;',
    '- Không đăng hình ảnh nhận diện học sinh khi chưa có ý kiến của cha mẹ học sinh;',
    '- Gắn tin bài với tuyến thông tin của kế hoạch (mục III).',
  ].join('\n'),
  kinds: ['commune-culture', 'school'],
  /** The commune office whose head opens it: read; the other communes and the schools: not yet. */
  readBy: { email: 'unithead@demo.local', unit: 'XA-MUONGPHANG' },
} as const;

/**
 * Guidance at the first start (issue 17 item 6): the Office sends a note to the communes' culture
 * offices and the schools; the head of Mường Phăng's office opens it (read), the others have not
 * (the Office's receipts list them, ready for a reminder). Once: a second seeding finds the note.
 */
export async function ensureDemoGuidance(strapi: Core.Strapi): Promise<SeedTally> {
  if (await strapi.db.query(GUIDANCE_NOTE).findOne({ where: { title: NOTE.title }, select: ['id'] })) return { created: 0, kept: 1 };
  const office = await strapi.db.query('admin::user').findOne({ where: { email: NOTE.by }, select: ['id'] });
  if (!office) return { created: 0, kept: 0 };
  const guidance = getService(strapi, 'guidance');
  const note = await guidance.send({ id: office.id, name: await actorName(strapi, office.id) }, { title: NOTE.title, body: NOTE.body, audience: 'kinds', unitKinds: [...NOTE.kinds] });
  const reader = await strapi.db.query('admin::user').findOne({ where: { email: NOTE.readBy.email }, select: ['id'] });
  const unit = await strapi.db.query(UNIT).findOne({ where: { code: NOTE.readBy.unit }, select: ['id'] });
  if (reader && unit) {
    const row = await strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId: note.id, unitId: unit.id } });
    if (row) await guidance.recordReading({ id: reader.id, name: await actorName(strapi, reader.id) }, note.id, [row]);
  }
  return { created: 1, kept: 0 };
}
