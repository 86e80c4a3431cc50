import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { screenshotRowOf } from '../plugins/editorial-workflow/server/src/concern-evidence/content-type';
import { CONCERN, CONCERN_ENTRY, CONCERN_SCREENSHOT, UNIT } from '../plugins/editorial-workflow/shared/uids';

const SCREENSHOT = {
  by: 'author2@demo.local',
  concernTitle: 'Clip học sinh đánh nhau trước cổng trường lan truyền trên mạng xã hội',
  name: 'chup-man-hinh-clip-xo-xat.png',
} as const;
const UNITS_CHANGE = {
  by: 'office@demo.local',
  concernTitle: 'Phụ huynh phản ánh các khoản thu đầu năm học',
  add: 'PHUONG-DIENBIENPHU',
  note: 'Trường nằm trên địa bàn phường Điện Biên Phủ: đề nghị Phòng VH-XH phường cùng nắm tình hình.',
} as const;

/** A small picture standing in for a screenshot of the post: a grey "feed" with a few bars of text. */
async function screenshotPng(): Promise<Buffer> {
  const bar = (top: number, width: number, shade: string) => `<rect x="24" y="${top}" width="${width}" height="14" rx="4" fill="${shade}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300"><rect width="480" height="300" fill="#f0f2f5"/>
    <rect x="12" y="12" width="456" height="276" rx="8" fill="#ffffff"/>${bar(28, 180, '#1877f2')}${bar(56, 400, '#c4c9d0')}${bar(80, 360, '#c4c9d0')}
    <rect x="24" y="108" width="432" height="150" rx="6" fill="#3a3b3c"/><circle cx="240" cy="183" r="28" fill="#ffffff" opacity="0.8"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * The evidence of the desk (issue 15) at the first start: the incident (a clip of a fight) carries a
 * screenshot of the post, uploaded by the school's author who filed it, private like every upload
 * (signed for those who see the concern, a 404 for the public); the concern about fees names the
 * ward's culture office too, added by the Office after filing (the timeline shows "Đổi đơn vị liên
 * quan"). Once: a second seeding finds the screenshot, and the unit already named.
 */
export async function ensureDemoConcernEvidence(strapi: Core.Strapi): Promise<SeedTally> {
  let created = 0;
  let kept = 0;
  const person = async (email: string) => {
    const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
    return user ? { id: user.id as number, name: await actorName(strapi, user.id) } : null;
  };

  const concern: { id: number } | null = await strapi.db.query(CONCERN).findOne({ where: { title: SCREENSHOT.concernTitle }, select: ['id'] });
  const uploader = await person(SCREENSHOT.by);
  if ((await strapi.db.query(CONCERN_SCREENSHOT).count()) > 0) kept += 1;
  else if (concern && uploader) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-screenshot-'));
    try {
      const filepath = path.join(dir, SCREENSHOT.name);
      fs.writeFileSync(filepath, await screenshotPng());
      const [file] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload(
          { data: { fileInfo: { name: SCREENSHOT.name, alternativeText: 'Ảnh chụp bài đăng chia sẻ clip' } }, files: { filepath, originalFilename: SCREENSHOT.name, mimetype: 'image/png', size: fs.statSync(filepath).size } },
          { user: { id: uploader.id } }
        )) as Array<{ id: number }>;
      await strapi.db.query(CONCERN_SCREENSHOT).create({ data: screenshotRowOf(concern.id, file.id, 1, uploader) });
      created += 1;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const fees: { id: number; units: Array<{ id: number }> } | null = await strapi.db
    .query(CONCERN)
    .findOne({ where: { title: UNITS_CHANGE.concernTitle }, select: ['id'], populate: { units: { select: ['id'] } } });
  const ward: { id: number } | null = await strapi.db.query(UNIT).findOne({ where: { code: UNITS_CHANGE.add }, select: ['id'] });
  const office = await person(UNITS_CHANGE.by);
  if (fees && ward && office) {
    if ((await strapi.db.query(CONCERN_ENTRY).count({ where: { concernId: fees.id, kind: 'units' } })) > 0) kept += 1;
    else {
      const unitIds = [...fees.units.map((unit) => unit.id), ward.id];
      await getService(strapi, 'concerns').update(office, fees.id, { unitIds, note: UNITS_CHANGE.note });
      created += 1;
    }
  }
  return { created, kept };
}
