import type { Core } from '@strapi/strapi';
import { relationChange, type RelationRef } from '../plugins/editorial-workflow/server/src/utils/relation-input';
import { TOPIC, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { dataOf, documentIdOf, invalid, type DocumentMiddleware } from './shared';


/**
 * The shape of the reference data that routing relies on: a unit's default department and a
 * topic's responsible department are units of kind `department`; topics form two levels, and a
 * subsection's code extends its section's (`III.2` under `III`).
 */
export const referenceDataRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!['create', 'update', 'clone'].includes(ctx.action) || (ctx.uid !== UNIT && ctx.uid !== TOPIC)) return next();
    const data = dataOf(ctx) ?? {};

    if (ctx.uid === UNIT) {
      await assertDepartment(strapi, data.defaultDepartment, 'defaultDepartment', 'Phòng phụ trách mặc định');
    } else {
      await assertDepartment(strapi, data.department, 'department', 'Phòng phụ trách lĩnh vực');
      await assertTwoLevels(strapi, data, ctx.action === 'update' ? documentIdOf(ctx) : undefined);
    }
    return next();
  };

async function assertDepartment(strapi: Core.Strapi, value: unknown, path: string, label: string): Promise<void> {
  const change = relationChange(value, path);
  if (change.kind !== 'set') return;
  const unit = await strapi.db.query(UNIT).findOne({ select: ['code', 'kind'], where: change.ref });
  if (!unit) throw invalid(path, `${label}: không tìm thấy đơn vị đã chọn.`);
  if (unit.kind !== 'department') {
    throw invalid(path, `${label} phải là một phòng chuyên môn của Sở; ${unit.code} là đơn vị loại ${unit.kind}.`);
  }
}

type TopicRow = { documentId: string; code: string; parent?: { code: string } | null; children?: unknown[] };

async function assertTwoLevels(strapi: Core.Strapi, data: Record<string, unknown>, documentId?: string): Promise<void> {
  const stored: TopicRow | null = documentId
    ? await strapi.db.query(TOPIC).findOne({
        select: ['documentId', 'code'],
        where: { documentId },
        populate: { parent: { select: ['code'] }, children: { select: ['id'] } },
      })
    : null;
  const change = relationChange(data.parent, 'parent');
  const code = typeof data.code === 'string' ? data.code : stored?.code;
  let parentCode = change.kind === 'unchanged' ? stored?.parent?.code : undefined;

  if (change.kind === 'set') {
    const parent = await findTopic(strapi, change.ref);
    if (!parent) throw invalid('parent', 'Không tìm thấy chủ đề cha đã chọn.');
    if (parent.parent) throw invalid('parent', `Chủ đề chỉ có hai cấp: ${parent.code} đã là chủ đề con, không thể làm chủ đề cha.`);
    if (parent.documentId === documentId) throw invalid('parent', 'Một chủ đề không thể là cha của chính nó.');
    if (stored?.children?.length) throw invalid('parent', `Chủ đề ${stored.code} đang có chủ đề con nên không thể chuyển thành chủ đề con.`);
    parentCode = parent.code;
  }
  if (code && parentCode && !code.startsWith(`${parentCode}.`)) {
    throw invalid('code', `Mã chủ đề con phải bắt đầu bằng mã chủ đề cha: ${parentCode}.1, ${parentCode}.2…`);
  }
  if (code && !parentCode && code.includes('.')) {
    throw invalid('code', `Mã ${code} là mã chủ đề con: hãy chọn chủ đề cha.`);
  }
}

async function findTopic(strapi: Core.Strapi, ref: RelationRef): Promise<TopicRow | null> {
  return strapi.db.query(TOPIC).findOne({
    select: ['documentId', 'code'],
    where: ref,
    populate: { parent: { select: ['code'] } },
  });
}
