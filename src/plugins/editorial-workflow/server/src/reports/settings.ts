import type { Core } from '@strapi/strapi';
import { DEFAULT_REPORT_SEND_DAY } from '../../../shared/contracts/reports';
import { REPORT_SETTING } from '../../../shared/uids';

/**
 * The reports' settings: data (the single type "Cài đặt báo cáo định kỳ", edited by the super admin
 * in the content-manager, seeded with these defaults), so that a new signer, a new recipient or
 * another e-mail day needs no deployment. A field left empty falls back to its default.
 */
export interface ReportSettings {
  /** The day of the month the last month's report is e-mailed to the leadership (1 to 28). */
  sendDay: number;
  sendEnabled: boolean;
  agencyParent: string;
  agencyName: string;
  place: string;
  numberSuffix: string;
  /** "Nơi nhận", one per line. */
  recipients: string[];
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  sendDay: DEFAULT_REPORT_SEND_DAY,
  sendEnabled: true,
  agencyParent: 'UBND TỈNH ĐIỆN BIÊN',
  agencyName: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  place: 'Điện Biên',
  numberSuffix: 'BC-SGDĐT',
  recipients: ['Bộ GDĐT (b/c);', 'Ban Tuyên giáo Tỉnh ủy (b/c);', 'Giám đốc, các PGĐ;', 'Lưu: VT, QLCL.'],
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Vũ Thị Lan',
};

/** The stored settings' fields, as the seed writes them. */
export const reportSettingsData = (settings: ReportSettings = DEFAULT_REPORT_SETTINGS) => ({ ...settings, recipients: settings.recipients.join('\n') });

type Row = Partial<Record<keyof ReportSettings, unknown>>;

const textOr = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback);

export async function loadReportSettings(strapi: Core.Strapi): Promise<ReportSettings> {
  const row: Row | null = await strapi.db.query(REPORT_SETTING).findOne({});
  const d = DEFAULT_REPORT_SETTINGS;
  if (!row) return d;
  const day = Number(row.sendDay);
  const recipients = typeof row.recipients === 'string' ? row.recipients.split(/\r?\n/).map((line) => line.trim().replace(/^-\s*/, '')).filter(Boolean) : [];
  return {
    sendDay: Number.isInteger(day) && day >= 1 && day <= 28 ? day : d.sendDay,
    sendEnabled: row.sendEnabled !== false,
    agencyParent: textOr(row.agencyParent, d.agencyParent),
    agencyName: textOr(row.agencyName, d.agencyName),
    place: textOr(row.place, d.place),
    numberSuffix: textOr(row.numberSuffix, d.numberSuffix),
    recipients: recipients.length > 0 ? recipients : d.recipients,
    signerAuthority: textOr(row.signerAuthority, d.signerAuthority),
    signerTitle: textOr(row.signerTitle, d.signerTitle),
    signerName: textOr(row.signerName, d.signerName),
  };
}
