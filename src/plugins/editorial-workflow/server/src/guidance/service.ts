import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  GuidanceAudience,
  GuidanceReceipt,
  GuidanceReceipts,
  GuidanceRemindResult,
  GuidanceRequestBody,
  GuidanceSummary,
  GuidanceUnitChoice,
  GuidanceView,
} from '../../../shared/contracts/guidance';
import { MEMBERSHIP, UNIT } from '../../../shared/uids';
import { DAY_MS } from '../../../shared/periods';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { planStandingOf, type PlanStanding } from '../plan-standing/standing';
import { GUIDANCE_NOTE, GUIDANCE_RECIPIENT } from './content-type';
import { GUIDANCE_NOT_FOUND, NO_RECIPIENTS } from './input';
import { guidanceNotice, guidanceReminderNotice } from './notices';

interface NoteRow {
  id: number;
  title: string;
  body: string;
  audience: GuidanceAudience;
  unitKinds: string[] | null;
  sentAt: Date | string;
  sentByName: string | null;
  recipientCount: number;
}

interface RecipientRow {
  id: number;
  noteId: number;
  unitId: number;
  firstReadAt: Date | string | null;
  firstReadByName: string | null;
  remindedAt: Date | string | null;
  remindCount: number | null;
}

/** Rows per INSERT: a few hundred keeps every database's limit on bound values far away. */
const CHUNK = 300;
const chunks = <T>(values: T[]): T[][] => Array.from({ length: Math.ceil(values.length / CHUNK) }, (_, i) => values.slice(i * CHUNK, (i + 1) * CHUNK));
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Guidance (định hướng tuyên truyền): the Office sends a note to units; their members are told in
 * the inbox and by e-mail; each unit's first reading is recorded once; the Office sees who has not
 * read it and reminds them. A person sees the notes sent to their units (the Office and the
 * leadership: all); any other is answered as not existing.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notes = () => strapi.db.query(GUIDANCE_NOTE);
  const recipients = () => strapi.db.query(GUIDANCE_RECIPIENT);

  /** The ids of the units of the audience; unknown chosen units are a 400, an empty audience too. */
  async function recipientUnitIds(input: GuidanceRequestBody): Promise<number[]> {
    const where =
      input.audience === 'all' ? {} : input.audience === 'kinds' ? { kind: { $in: input.unitKinds ?? [] } } : { id: { $in: input.unitIds ?? [] } };
    const found: Array<{ id: number }> = await strapi.db.query(UNIT).findMany({ where, select: ['id'] });
    if (input.audience === 'units' && found.length !== (input.unitIds ?? []).length) {
      const known = new Set(found.map((unit) => unit.id));
      const missing = (input.unitIds ?? []).filter((id) => !known.has(id));
      throw new errors.ValidationError(`Không tìm thấy đơn vị: ${missing.join(', ')}.`);
    }
    if (found.length === 0) throw new errors.ValidationError(NO_RECIPIENTS);
    return found.map((unit) => unit.id);
  }

  /** The active members of these units (any role), once each: who is told. */
  async function membersOf(unitIds: number[]): Promise<number[]> {
    const ids = new Set<number>();
    for (const part of chunks(unitIds)) {
      const rows: Array<{ userId: number }> = await strapi.db.query(MEMBERSHIP).findMany({ where: { unitId: { $in: part } }, select: ['userId'] });
      for (const row of rows) ids.add(row.userId);
    }
    return [...ids];
  }

  /** Writes one notification per person, in chunks (each one INSERT); returns their ids for the outbox. */
  async function notify(userIds: number[], notice: ReturnType<typeof guidanceNotice>): Promise<number[]> {
    const inbox = getService(strapi, 'inbox');
    const queued: number[] = [];
    for (const part of chunks(userIds)) queued.push(...(await inbox.notifyUsers(part, notice)));
    return queued;
  }

  /** The caller's units that received the note (whose reading the caller's opening records). */
  async function myRecipientRows(standing: PlanStanding, noteId: number): Promise<RecipientRow[]> {
    if (standing.unitIds.length === 0) return [];
    return recipients().findMany({ where: { noteId, unitId: { $in: standing.unitIds } } });
  }

  async function loadVisible(standing: PlanStanding, noteId: number): Promise<{ note: NoteRow; mine: RecipientRow[] }> {
    const note: NoteRow | null = await notes().findOne({ where: { id: noteId } });
    if (!note) throw new errors.NotFoundError(GUIDANCE_NOT_FOUND);
    const mine = await myRecipientRows(standing, noteId);
    if (!standing.seesAll && mine.length === 0) throw new errors.NotFoundError(GUIDANCE_NOT_FOUND);
    return { note, mine };
  }

  async function readCounts(noteIds: number[]): Promise<Map<number, number>> {
    if (noteIds.length === 0) return new Map();
    const meta = strapi.db.metadata.get(GUIDANCE_RECIPIENT);
    const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
    const rows: Array<{ note: number; read: number | string }> = await strapi.db
      .connection(meta.tableName)
      .select({ note: column('noteId') })
      .count({ read: '*' })
      .whereIn(column('noteId'), noteIds)
      .whereNotNull(column('firstReadAt'))
      .groupBy(column('noteId'));
    return new Map(rows.map((row) => [Number(row.note), Number(row.read)]));
  }

  const summaryOf = (note: NoteRow, readCount: number, mine?: RecipientRow[]): GuidanceSummary => ({
    id: note.id,
    title: note.title,
    sentAt: iso(note.sentAt)!,
    sentByName: note.sentByName,
    recipientCount: note.recipientCount,
    readCount,
    ...(mine && mine.length > 0 ? { readByMyUnit: mine.some((row) => row.firstReadAt !== null) } : {}),
  });

  async function assertManages(userId: number): Promise<PlanStanding> {
    const standing = await planStandingOf(strapi, userId);
    if (!standing.managesPlan) throw forbidden('Chỉ Văn phòng Sở gửi định hướng tuyên truyền và theo dõi việc đọc.');
    return standing;
  }

  return {
    async unitChoices(): Promise<GuidanceUnitChoice[]> {
      return strapi.db.query(UNIT).findMany({ select: ['id', 'name', 'code', 'kind'], orderBy: [{ code: 'asc' }] });
    },

    /** Sends a note: the note, its recipient units and their members' notifications in one transaction; the e-mails after it. */
    async send(actor: Actor, input: GuidanceRequestBody): Promise<GuidanceView> {
      const standing = await assertManages(actor.id);
      const unitIds = await recipientUnitIds(input);
      const userIds = await membersOf(unitIds);
      const id = await strapi.db.transaction(async ({ onCommit }) => {
        const note: NoteRow = await notes().create({
          data: {
            title: input.title,
            body: input.body,
            audience: input.audience,
            unitKinds: input.audience === 'kinds' ? input.unitKinds : null,
            sentAt: new Date(),
            sentById: actor.id,
            sentByName: actor.name,
            recipientCount: unitIds.length,
          },
        });
        for (const part of chunks(unitIds)) {
          await recipients().createMany({ data: part.map((unitId) => ({ noteId: note.id, unitId, recipientKey: `${note.id}:${unitId}`, remindCount: 0 })) });
        }
        const queued = await notify(
          userIds.filter((userId) => userId !== actor.id),
          guidanceNotice(note)
        );
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return note.id;
      });
      return this.view(standing.userId, id);
    },

    async list(userId: number, { page, pageSize }: { page: number; pageSize: number }) {
      const standing = await planStandingOf(strapi, userId);
      let where: Record<string, unknown> = {};
      if (!standing.seesAll) {
        const rows: Array<{ noteId: number }> =
          standing.unitIds.length === 0 ? [] : await recipients().findMany({ where: { unitId: { $in: standing.unitIds } }, select: ['noteId'] });
        where = { id: { $in: [...new Set(rows.map((row) => row.noteId)), -1] } };
      }
      const [found, total]: [NoteRow[], number] = await Promise.all([
        notes().findMany({ where, orderBy: [{ sentAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        notes().count({ where }),
      ]);
      const counts = await readCounts(found.map((note) => note.id));
      const mineRows: RecipientRow[] =
        standing.unitIds.length === 0 || found.length === 0
          ? []
          : await recipients().findMany({ where: { noteId: { $in: found.map((note) => note.id) }, unitId: { $in: standing.unitIds } } });
      return {
        results: found.map((note) => summaryOf(note, counts.get(note.id) ?? 0, mineRows.filter((row) => row.noteId === note.id))),
        pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
      };
    },

    /**
     * One note. A member opening it records their units' first reading (once: the first opener of
     * each unit stays); the Office opening it records nothing for the units it did not send to.
     */
    async view(userId: number, noteId: number, reader?: Actor): Promise<GuidanceView> {
      const standing = await planStandingOf(strapi, userId);
      const { note, mine } = await loadVisible(standing, noteId);
      if (reader) await this.recordReading(reader, noteId, mine);
      const counts = await readCounts([note.id]);
      const fresh = reader && mine.length > 0 ? await myRecipientRows(standing, noteId) : mine;
      return {
        ...summaryOf(note, counts.get(note.id) ?? 0, fresh),
        body: note.body,
        audience: note.audience,
        unitKinds: note.unitKinds ?? [],
        canManage: standing.managesPlan,
      };
    },

    /** Records the first reading of each of the reader's units that received the note and has not read it. */
    async recordReading(reader: Actor, noteId: number, mine?: RecipientRow[]): Promise<number> {
      const rows = mine ?? (await loadVisible(await planStandingOf(strapi, reader.id), noteId)).mine;
      const unread = rows.filter((row) => row.firstReadAt === null).map((row) => row.id);
      if (unread.length === 0) return 0;
      // `firstReadAt: null` in the condition: two members opening it at once leave the first reading.
      const { count } = await recipients().updateMany({
        where: { id: { $in: unread }, firstReadAt: null },
        data: { firstReadAt: new Date(), firstReadById: reader.id, firstReadByName: reader.name },
      });
      return count;
    },

    /** Who has read, and who has not `days` days after sending (the Office). */
    async receipts(userId: number, noteId: number, days: number, now = new Date()): Promise<GuidanceReceipts> {
      await assertManages(userId);
      const note: NoteRow | null = await notes().findOne({ where: { id: noteId } });
      if (!note) throw new errors.NotFoundError(GUIDANCE_NOT_FOUND);
      const rows: RecipientRow[] = await recipients().findMany({ where: { noteId } });
      const units: GuidanceUnitChoice[] = [];
      for (const part of chunks(rows.map((row) => row.unitId))) {
        units.push(...(await strapi.db.query(UNIT).findMany({ where: { id: { $in: part } }, select: ['id', 'name', 'code', 'kind'] })));
      }
      const unitById = new Map(units.map((unit) => [unit.id, unit]));
      const limit = new Date(note.sentAt).getTime() + days * DAY_MS;
      const receipts = rows
        .map((row): GuidanceReceipt & { readMs: number | null } => {
          const unit = unitById.get(row.unitId);
          return {
            unitId: row.unitId,
            unitName: unit?.name ?? `#${row.unitId}`,
            unitCode: unit?.code ?? '',
            unitKind: unit?.kind ?? '',
            firstReadAt: iso(row.firstReadAt),
            firstReadByName: row.firstReadByName,
            remindedAt: iso(row.remindedAt),
            remindCount: row.remindCount ?? 0,
            readMs: row.firstReadAt === null ? null : new Date(row.firstReadAt).getTime(),
          };
        })
        .sort((a, b) => a.unitCode.localeCompare(b.unitCode));
      const strip = ({ readMs: _readMs, ...receipt }: GuidanceReceipt & { readMs: number | null }): GuidanceReceipt => receipt;
      return {
        noteId,
        days,
        daysPassed: now.getTime() >= limit,
        read: receipts.filter((r) => r.readMs !== null).map(strip),
        notReadInTime: receipts.filter((r) => r.readMs === null || r.readMs > limit).map(strip),
        unread: receipts.filter((r) => r.readMs === null).map(strip),
      };
    },

    /** Reminds the members of every unit that has not read the note, once per press; each unit's reminder is recorded. */
    async remind(actor: Actor, noteId: number): Promise<GuidanceRemindResult> {
      await assertManages(actor.id);
      const note: NoteRow | null = await notes().findOne({ where: { id: noteId } });
      if (!note) throw new errors.NotFoundError(GUIDANCE_NOT_FOUND);
      const unread: RecipientRow[] = await recipients().findMany({ where: { noteId, firstReadAt: null }, select: ['id', 'unitId', 'remindCount'] });
      if (unread.length === 0) return { reminded: 0, notified: 0 };
      const userIds = (await membersOf(unread.map((row) => row.unitId))).filter((userId) => userId !== actor.id);
      const meta = strapi.db.metadata.get(GUIDANCE_RECIPIENT);
      const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
      return strapi.db.transaction(async ({ trx, onCommit }) => {
        const now = new Date();
        for (const part of chunks(unread.map((row) => row.id))) {
          // One UPDATE per chunk; the count is raised where it stands (two presses at once: two reminders recorded).
          await strapi.db
            .connection(meta.tableName)
            .transacting(trx)
            .whereIn('id', part)
            .update({ [column('remindedAt')]: now, [column('remindCount')]: strapi.db.connection.raw('coalesce(??, 0) + 1', [column('remindCount')]) });
        }
        const queued = await notify(userIds, guidanceReminderNotice(note));
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return { reminded: unread.length, notified: queued.length };
      });
    },
  };
};
