import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { planKeyOf } from '../plugins/editorial-workflow/server/src/unit-plans/service';
import { dueEndOf } from '../plugins/editorial-workflow/server/src/unit-plans/status';
import { vnDateOf } from '../plugins/editorial-workflow/shared/periods';
import { UNIT, UNIT_PLAN, UNIT_PLAN_DEADLINE } from '../plugins/editorial-workflow/shared/uids';

const DAY = 24 * 60 * 60 * 1000;

/** Who filed, and how many days before (negative) or after the due day ended. The other units have not filed. */
const FILINGS = [
  { unit: 'XA-MUONGPHANG', by: 'author@demo.local', days: -6 },
  { unit: 'THPT-CHUYEN-LQD', by: 'author2@demo.local', days: -2 },
  { unit: 'PHUONG-DIENBIENPHU', by: 'author@demo.local', days: 12 },
] as const;

/** A one-page PDF standing in for a unit's plan. */
const planPdf = (unitCode: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Title (Ke hoach truyen thong ${unitCode}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

/**
 * The units' plans of this year (issue 17 item 5) at the first start: the due date of the year
 * (31 January, Vietnam time), two units filed on time, one late, the rest missing. Each plan is a PDF
 * uploaded by the unit's author, private like every upload. Once: a year with a due date is kept.
 */
export async function ensureDemoUnitPlans(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const year = Number(vnDateOf(now).slice(0, 4));
  if (await strapi.db.query(UNIT_PLAN_DEADLINE).findOne({ where: { year }, select: ['id'] })) return { created: 0, kept: 1 };
  const dueOn = `${year}-01-31`;
  await strapi.db.query(UNIT_PLAN_DEADLINE).create({ data: { year, dueOn } });
  let created = 1;
  const end = dueEndOf(dueOn).getTime();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-unit-plans-'));
  try {
    for (const filing of FILINGS) {
      const [unit, user] = await Promise.all([
        strapi.db.query(UNIT).findOne({ where: { code: filing.unit }, select: ['id'] }) as Promise<{ id: number } | null>,
        strapi.db.query('admin::user').findOne({ where: { email: filing.by }, select: ['id'] }) as Promise<{ id: number } | null>,
      ]);
      if (!unit || !user) continue;
      const name = `ke-hoach-truyen-thong-${year}-${filing.unit.toLowerCase()}.pdf`;
      const filepath = path.join(dir, name);
      fs.writeFileSync(filepath, planPdf(filing.unit));
      const [file] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload(
          { data: { fileInfo: { name } }, files: { filepath, originalFilename: name, mimetype: 'application/pdf', size: fs.statSync(filepath).size } },
          { user: { id: user.id } }
        )) as Array<{ id: number }>;
      // Early in the year the late filing has not happened yet: nothing is dated after now.
      const at = new Date(Math.min(end + filing.days * DAY, now.getTime() - 60 * 60 * 1000));
      await strapi.db.query(UNIT_PLAN).create({
        data: {
          unitId: unit.id,
          year,
          planKey: planKeyOf(unit.id, year),
          fileId: file.id,
          fileName: name,
          firstFiledAt: at,
          lastFiledAt: at,
          filedById: user.id,
          filedByName: await actorName(strapi, user.id),
        },
      });
      created += 1;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { created, kept: 0 };
}
