import { startRebootableStrapi } from './harness/rebootable';
import { seedReference } from '../src/seed/reference';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { OPINION_REPORT as REPORT, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** 09:00 Vietnam time on `day` of `month`. */
const vnAt = (month: string, day: number) => new Date(`${month}-${String(day).padStart(2, '0')}T02:00:00.000Z`);

type Stored = { documentId: string; receiptStatus: string | null; lastFiledAt: string | null; submittedAt: string; noIssues: boolean | null; entries: Array<{ concernId: number | null; summary: string; actions: string | null; channel: string }> };

/**
 * The reports of the old free-text shape (a `concerns` text and `handling`, no entries, no receipt)
 * take the structured shape when the app starts (opinion-reports/migrate.ts, from the plugin's
 * bootstrap): one entry each, `filed`, filing time and so on-time status unchanged. A second start
 * changes nothing.
 */
describe('monthly opinion reports: the old free-text reports migrated at boot', () => {
  let app: Awaited<ReturnType<typeof startRebootableStrapi>>;
  const OLD = [
    { code: 'XA-M', kind: 'commune-culture', period: '2026-06', day: 12, concerns: 'Phụ huynh hỏi về học phí năm học mới.', handling: 'Đã giải đáp tại họp phụ huynh.' },
    { code: 'TH-M', kind: 'school', period: '2026-06', day: 25, concerns: 'Dư luận về bữa ăn bán trú.', handling: null },
    { code: 'LT-M', kind: 'affiliated', period: '2026-07', day: 3, concerns: 'Học sinh phản ánh giờ học thêm.', handling: '' },
  ];
  const stored = async (): Promise<Stored[]> =>
    (await app.strapi.documents(REPORT).findMany({ populate: { entries: true } as never, sort: [{ id: 'asc' }] as never })) as unknown as Stored[];
  const statuses = async () => {
    const out: string[] = [];
    for (const old of OLD) {
      const unit = await app.strapi.db.query(UNIT).findOne({ where: { code: old.code }, select: ['id'] });
      const table = await getService(app.strapi, 'stats').reportStatus({ month: old.period, unitIds: [unit.id], now: new Date() });
      out.push(table.units[0]?.status);
    }
    return out;
  };

  beforeAll(async () => {
    app = await startRebootableStrapi();
    await seedReference(app.strapi);
    for (const old of OLD) {
      await app.strapi.documents(UNIT).create({ data: { code: old.code, name: `Đơn vị ${old.code}`, kind: old.kind, active: true } as never });
      const unit = await app.strapi.db.query(UNIT).findOne({ where: { code: old.code }, select: ['id'] });
      // Straight to the table, as the database held them before: no entries, no receipt.
      await app.strapi.db.query(REPORT).create({
        data: { unit: unit.id, period: old.period, submittedAt: vnAt(old.period, old.day), concerns: old.concerns, handling: old.handling, unitPeriod: `${unit.id}/${old.period}`, scopeUnitId: unit.id },
      });
    }
  });

  afterAll(() => app?.stop());

  it('holds old-shape rows before the start: no entry, no receipt; the statistics count them', async () => {
    const rows = await stored();
    expect(rows.map((row) => [row.receiptStatus, row.entries.length])).toEqual([[null, 0], [null, 0], [null, 0]]);
    expect(await statuses()).toEqual(['on_time', 'late', 'on_time']);
  });

  it('gives each one entry at the next start, filed, with its filing time and on-time status unchanged', async () => {
    const before = await stored();
    await app.reboot();
    const after = await stored();
    expect(after.map((row) => row.documentId)).toEqual(before.map((row) => row.documentId));
    for (const [i, row] of after.entries()) {
      const old = OLD[i];
      expect(row).toEqual(expect.objectContaining({ receiptStatus: 'filed', noIssues: false }));
      expect(new Date(row.submittedAt).toISOString()).toBe(vnAt(old.period, old.day).toISOString());
      expect(new Date(row.lastFiledAt!).toISOString()).toBe(vnAt(old.period, old.day).toISOString());
      expect(row.entries).toEqual([expect.objectContaining({ concernId: null, summary: old.concerns, actions: old.handling || null, channel: 'other' })]);
    }
    expect(await statuses()).toEqual(['on_time', 'late', 'on_time']);
  });

  it('changes nothing at a second start', async () => {
    const before = await stored();
    const updatedAt = (await app.strapi.db.query(REPORT).findMany({ select: ['updatedAt'], orderBy: [{ id: 'asc' }] })).map((row: { updatedAt: unknown }) => String(row.updatedAt));
    await app.reboot();
    expect(await stored()).toEqual(before);
    expect((await app.strapi.db.query(REPORT).findMany({ select: ['updatedAt'], orderBy: [{ id: 'asc' }] })).map((row: { updatedAt: unknown }) => String(row.updatedAt))).toEqual(updatedAt);
  });
});
