import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMM_SCRIPT } from '../../../shared/uids';

/**
 * The communication script an event or an assignment follows (issue 17 item 2: "items, assignments
 * and events link to a script"), by id: one that does not exist is a 400, so nothing is stored
 * against a script the Office has not written. `null` clears the link; absent leaves it.
 */
export async function resolveScriptId(strapi: Core.Strapi, scriptId: number | null | undefined): Promise<number | null | undefined> {
  if (scriptId === undefined || scriptId === null) return scriptId;
  const found = await strapi.db.query(COMM_SCRIPT).count({ where: { id: scriptId } });
  if (found === 0) throw new errors.ValidationError(`Kịch bản truyền thông số ${scriptId} không có.`);
  return scriptId;
}
