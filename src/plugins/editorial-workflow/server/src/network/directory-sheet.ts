import type { DirectoryRow } from '../../../shared/contracts/network';
import { UNIT_KIND_LABELS, type UnitKind } from '../../../shared/contracts/stats';
import type { Sheet } from '../stats/export';

const joined = (values: Array<string | null>) => values.filter((value): value is string => Boolean(value)).join('; ');

/** The directory as one sheet: a row per unit, its contact official and head(s) (several heads joined by "; "). */
export function directorySheet(rows: DirectoryRow[], today: string): Sheet {
  const headers = [
    'Mã',
    'Đơn vị',
    'Loại đơn vị',
    'Đang hoạt động',
    'Đầu mối truyền thông',
    'Chức vụ',
    'Điện thoại đầu mối',
    'E-mail đầu mối',
    'Thủ trưởng / Trưởng phòng',
    'Điện thoại thủ trưởng',
    'E-mail thủ trưởng',
  ];
  return {
    name: 'Danh bạ',
    fileName: `danh-ba-don-vi_${today}`,
    headers,
    rows: rows.map((row) => [
      row.code,
      row.name,
      UNIT_KIND_LABELS[row.kind as UnitKind] ?? row.kind,
      row.active ? 'Có' : 'Không',
      row.contactName,
      row.contactPosition,
      row.contactPhone,
      row.contactEmail,
      joined(row.heads.map((head) => head.name)),
      joined(row.heads.map((head) => head.phone)),
      joined(row.heads.map((head) => head.email)),
    ]),
  };
}
