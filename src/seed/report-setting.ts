import type { Core } from '@strapi/strapi';
import { REPORT_SETTING } from '../plugins/editorial-workflow/shared/uids';
import { reportSettingsData } from '../plugins/editorial-workflow/server/src/reports/settings';
import type { SeedTally } from './reference';

/**
 * The periodic reports' settings (Cài đặt báo cáo định kỳ): the header, "Nơi nhận", the signer and
 * the e-mail day (3). Created when missing, never changed: the super admin's edits survive a re-run.
 */
export async function ensureReportSetting(strapi: Core.Strapi): Promise<SeedTally> {
  if (await strapi.db.query(REPORT_SETTING).findOne({ select: ['id'] })) return { created: 0, kept: 1 };
  await strapi.documents(REPORT_SETTING as never).create({ data: reportSettingsData() as never });
  return { created: 1, kept: 0 };
}
