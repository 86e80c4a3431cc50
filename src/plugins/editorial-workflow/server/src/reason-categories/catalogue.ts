import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReasonCategory } from '../../../shared/reason-categories';
import { REASON_CATEGORY } from '../../../shared/uids';

interface CategoryRow extends ReasonCategory {
  active: boolean | null;
}

/** Every category, in the administrator's order (a few rows). */
async function rows(strapi: Core.Strapi): Promise<CategoryRow[]> {
  return strapi.db.query(REASON_CATEGORY).findMany({ select: ['code', 'label', 'active'], orderBy: [{ order: 'asc' }, { id: 'asc' }] });
}

/** The categories a return or an unpublish may be filed under now: the active ones. */
export async function activeReasonCategories(strapi: Core.Strapi): Promise<ReasonCategory[]> {
  return (await rows(strapi)).filter((row) => row.active !== false).map(({ code, label }) => ({ code, label }));
}

/** Every category's label by code, inactive ones included: old history keeps its words. */
export async function reasonLabels(strapi: Core.Strapi): Promise<Map<string, string>> {
  return new Map((await rows(strapi)).map((row) => [row.code, row.label]));
}

/** The label of an active category, or a 400 in Vietnamese naming the choices. */
export async function assertReasonCategory(strapi: Core.Strapi, code: string): Promise<string> {
  const active = await activeReasonCategories(strapi);
  const found = active.find((category) => category.code === code);
  if (!found) {
    throw new errors.ValidationError(`Loại lý do "${code}" không có trong danh mục. Hãy chọn một trong: ${active.map((category) => category.label).join('; ')}.`);
  }
  return found.label;
}
