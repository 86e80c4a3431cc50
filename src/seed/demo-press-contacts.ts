import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { PRESS_CONTACT } from '../plugins/editorial-workflow/shared/uids';

/**
 * The press of the plan (issue 18 item 5: Báo Giáo dục và Thời đại, the provincial newspaper and
 * broadcaster), so that "Danh sách báo chí" is not empty at first start. Addresses under
 * `example.invalid` (RFC 2606): a demo never mails a real newsroom. One is inactive, to show that
 * deactivated contacts stay listed and receive nothing.
 */
export const DEMO_PRESS_CONTACTS = [
  { name: 'Nguyễn Thị Thu Trang', outlet: 'Báo Giáo dục và Thời đại', email: 'phongvien.gdtd@example.invalid', phone: '0912 000 101', active: true },
  { name: 'Trần Văn Hùng', outlet: 'Báo Điện Biên Phủ', email: 'bandientu.baodienbienphu@example.invalid', phone: '0215 3830 000', active: true },
  { name: 'Lò Thị Mai', outlet: 'Đài Phát thanh và Truyền hình tỉnh Điện Biên', email: 'thoisu.ptth@example.invalid', phone: null, active: true },
  { name: 'Phạm Quốc Anh', outlet: 'Báo Giáo dục và Thời đại (thường trú Tây Bắc)', email: 'thuongtru.taybac@example.invalid', phone: null, active: false },
];

export async function ensureDemoPressContacts(strapi: Core.Strapi): Promise<SeedTally> {
  const tally: SeedTally = { created: 0, kept: 0 };
  for (const contact of DEMO_PRESS_CONTACTS) {
    if (await strapi.db.query(PRESS_CONTACT).findOne({ select: ['id'], where: { email: contact.email } })) {
      tally.kept += 1;
      continue;
    }
    await strapi.db.query(PRESS_CONTACT).create({ data: contact });
    tally.created += 1;
  }
  return tally;
}
