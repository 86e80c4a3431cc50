import type { Core } from '@strapi/strapi';
import { forbidden } from '../plugins/editorial-workflow/server/src/utils/errors';

const FILE = 'plugin::upload.file';
const UPDATE = 'plugin::upload.assets.update';

type Ability = { cannot: (action: string, subject: unknown) => boolean };

/**
 * The media library's bulk delete (`POST /upload/actions/bulk-delete`, files and folders) checks
 * only that the person holds the right to change files, not its conditions on each file, as the
 * single delete does. This applies the conditions (an author's `is-creator`, an editor's files in
 * scope) to every file before the first one goes. Calls outside an admin request pass.
 */
export async function assertMayChangeFiles(strapi: Core.Strapi, fileIds: number[]): Promise<void> {
  const ability = strapi.requestContext.get()?.state?.userAbility as Ability | undefined;
  if (!ability || fileIds.length === 0) return;
  const pm = strapi.service('admin::permission').createPermissionsManager({ ability, action: UPDATE, model: FILE });
  const files: Array<Record<string, any>> = await strapi.db.query(FILE).findMany({
    where: { id: { $in: fileIds } },
    populate: { createdBy: { populate: { roles: true } } },
  });
  const denied = files.filter((file) => pm.ability.cannot(UPDATE, pm.toSubject(file)));
  if (denied.length > 0) {
    throw forbidden(
      `Bạn không có quyền xoá ${denied.length === 1 ? `tệp "${denied[0].name}"` : `${denied.length} tệp (${denied.map((file) => `"${file.name}"`).join(', ')})`}. ` +
        '(You may not delete files outside your media library.)'
    );
  }
}
