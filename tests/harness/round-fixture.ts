import type { TestApp } from './strapi';
import { newsroomDesk, type Desk } from './workflow';
import { seedReference } from '../../src/seed/reference';
import { TOPIC, UNIT } from '../../src/plugins/editorial-workflow/shared/uids';

/** What most workflow suites start from: the reference data, unit XA-A, topic III.2 and the desk of four. */
export interface RoundFixture {
  desk: Desk;
  /** Unit XA-A (a commune's culture office): the author's unit. */
  xaA: { id: number; documentId: string };
  /** Topic III.2's documentId: its items are routed to SGD-GDPT, where the desk's editor and head work. */
  topic: string;
}

/**
 * Seeds the reference data, adds unit XA-A and logs in the desk (author of XA-A, editor and head of
 * SGD-GDPT, publisher of SGD-QLCL; e-mails `<role>@test.local`).
 */
export async function roundFixture(app: TestApp): Promise<RoundFixture> {
  await seedReference(app.strapi);
  await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
  const unit: { id: number; documentId: string } = await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' }, select: ['id', 'documentId'] });
  const topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId as string;
  return { desk: await newsroomDesk(app), xaA: { id: unit.id, documentId: unit.documentId }, topic };
}
