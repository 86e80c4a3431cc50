import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { ASSIGNMENT, PLAN_EVENT, PLAN_LINE, UNIT } from '../plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFICE = 'office@demo.local';
const EDITOR = 'editor@demo.local';
const SCHOOL_AUTHOR = 'author2@demo.local';
const SCHOOLS = ['MN-HOABAN', 'TH-HIMLAM', 'THCS-THANHBINH'];
const EVENT_TITLE = 'Hội nghị tổng kết phong trào thi đua "Dạy tốt - Học tốt" năm học 2025-2026';

/** Units' numeric ids by code (the assignments name units by id). */
async function unitIdsOf(strapi: Core.Strapi, codes: string[]): Promise<Map<string, number>> {
  const rows: Array<{ id: number; code: string }> = await strapi.db.query(UNIT).findMany({ where: { code: { $in: codes } }, select: ['id', 'code'] });
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * The plan at work at the first start (issue 17, items 3 and 4): an event of the Office, coverage of
 * it commissioned from three schools (Trường Tiểu học Him Lam has submitted its item, the two others
 * have not yet), and an assignment of Phòng GDPT to the communes' culture offices already past its due
 * time (overdue on its page; the reminder job tells them). Through the services, as the people would.
 * Needs the plan's lines (seeded with the reference data); without them, nothing. Once: a second
 * seeding finds the event.
 */
export async function ensureDemoAssignments(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  if (await strapi.db.query(PLAN_EVENT).findOne({ where: { title: EVENT_TITLE }, select: ['id'] })) return { created: 0, kept: 1 };
  const lines: Array<{ id: number; code: string }> = await strapi.db.query(PLAN_LINE).findMany({ select: ['id', 'code'], orderBy: [{ order: 'asc' }, { id: 'asc' }], limit: 50 });
  const person = async (email: string) => {
    const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
    return user ? { id: user.id as number, name: await actorName(strapi, user.id) } : null;
  };
  const [office, editor, author] = [await person(OFFICE), await person(EDITOR), await person(SCHOOL_AUTHOR)];
  if (lines.length === 0 || !office || !editor || !author) return { created: 0, kept: 0 };
  // A line of the plan's section III.2 when there is one (routed to a department of the field), else the first.
  const line = lines.find((row) => row.code.startsWith('III.2.')) ?? lines[0];
  const units = await unitIdsOf(strapi, SCHOOLS);
  const communes = await unitIdsOf(strapi, ['XA-MUONGPHANG', 'PHUONG-DIENBIENPHU']);

  const events = getService(strapi, 'plan-events');
  const assignments = getService(strapi, 'assignments');
  const event = await events.create(office, {
    title: EVENT_TITLE,
    kind: 'conference',
    startsAt: new Date(now.getTime() + 2 * DAY),
    endsAt: new Date(now.getTime() + 2 * DAY + 4 * HOUR),
    place: 'Hội trường Sở Giáo dục và Đào tạo',
    organiser: 'Sở Giáo dục và Đào tạo',
    lineId: line.id,
    note: 'Mời đại diện các trường đạt danh hiệu thi đua dự và viết bài.',
  });
  const coverage = await assignments.fromEvent(office, event.id, {
    dueAt: new Date(now.getTime() + 4 * DAY),
    note: 'Mỗi trường một bài (ảnh và tin) về kết quả thi đua của trường, gửi trong hai ngày sau hội nghị.',
    unitIds: SCHOOLS.map((code) => units.get(code)).filter((id): id is number => id !== undefined),
    unitKinds: [],
  }, now);

  // Him Lam's author writes against the part and submits it: the part shows "Đã gửi".
  const himLam = units.get('TH-HIMLAM');
  if (himLam !== undefined) {
    const { itemDocumentId } = await assignments.draft(author, coverage.id, { unitId: himLam }, now);
    await strapi.documents('api::article.article').update({
      documentId: itemDocumentId,
      data: { title: 'Trường Tiểu học Him Lam đạt danh hiệu Tập thể lao động xuất sắc', summary: 'Nhà trường chia sẻ kinh nghiệm đổi mới phương pháp dạy học.' } as never,
    });
    const { version } = await getService(strapi, 'item-state').recordOf(itemDocumentId);
    await getService(strapi, 'workflow').transition({ documentId: itemDocumentId, action: 'submit', expectedVersion: version }, author, { now });
  }

  // Commissioned a week ago, due two days ago: overdue.
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  await assignments.create(editor, {
    lineId: line.id,
    title: 'Tuyên truyền ngày hội đọc sách tại thư viện xã',
    dueAt: new Date(now.getTime() - 2 * DAY),
    note: 'Tin ngắn kèm ảnh hoạt động đọc sách của học sinh.',
    unitIds: [...communes.values()],
    unitKinds: [],
    commissionerUnitId: (await unitIdsOf(strapi, ['SGD-GDPT'])).get('SGD-GDPT'),
  }, weekAgo);
  return { created: (await strapi.db.query(ASSIGNMENT).count({ where: { eventId: event.id } })) + 1, kept: 0 };
}
