import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SpokespersonBody, SpokespersonCandidate, SpokespersonUpdateBody, SpokespersonView } from '../../../shared/contracts/press-desk';
import { vnDateOf } from '../../../shared/periods';
import { ADMIN_USER, SPOKESPERSON, TOPIC } from '../../../shared/uids';
import { displayName, type Named } from '../utils/display-name';
import { SPOKESPERSON_NOT_FOUND, assertSpokesperson } from './input';
import { topicChoices } from './topics';

interface SpokespersonRow {
  id: number;
  userId: number;
  title: string;
  allTopics: boolean | null;
  topicIds: number[] | null;
  validFrom: string | Date;
  validTo: string | Date | null;
  note: string | null;
}

/** A stored date as `YYYY-MM-DD`: drivers hand a date column back as text or as a Date at midnight UTC. */
const dayOf = (value: string | Date): string => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

const validOn = (row: SpokespersonRow, date: string) => dayOf(row.validFrom) <= date && (!row.validTo || dayOf(row.validTo) >= date);
const covers = (row: SpokespersonRow, topicId: number) => Boolean(row.allTopics) || (row.topicIds ?? []).includes(topicId);

/**
 * The spokesperson register, kept by the Office: who may speak for the Sở on which topics, from
 * when to when. The press inquiries ask it whether an approval comes from a registered spokesperson
 * for the inquiry's topic on the day of the approval.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(SPOKESPERSON);

  async function topicNames(): Promise<Map<number, string>> {
    return new Map((await topicChoices(strapi)).map((topic) => [topic.id, topic.name]));
  }

  async function viewsOf(list: SpokespersonRow[], today: string): Promise<SpokespersonView[]> {
    const [topics, users] = await Promise.all([
      topicNames(),
      strapi.db.query(ADMIN_USER).findMany({ where: { id: { $in: list.map((row) => row.userId) } }, select: ['id', 'firstname', 'lastname', 'email'] }) as Promise<Array<Named & { id: number }>>,
    ]);
    const names = new Map(users.map((user) => [user.id, displayName(user)]));
    return list.map((row) => ({
      id: row.id,
      userId: row.userId,
      name: names.get(row.userId) ?? `Tài khoản số ${row.userId}`,
      title: row.title,
      allTopics: Boolean(row.allTopics),
      topics: row.allTopics ? [] : (row.topicIds ?? []).map((id) => ({ id, name: topics.get(id) ?? `Lĩnh vực số ${id}` })),
      validFrom: dayOf(row.validFrom),
      validTo: row.validTo ? dayOf(row.validTo) : null,
      current: validOn(row, today),
      note: row.note ?? null,
    }));
  }

  async function assertTopics(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await strapi.db.query(TOPIC).count({ where: { id: { $in: ids } } });
    if (found !== ids.length) throw new errors.ValidationError('Có lĩnh vực không tồn tại trong kế hoạch.');
  }

  async function load(id: number): Promise<SpokespersonRow> {
    const row: SpokespersonRow | null = await rows().findOne({ where: { id } });
    if (!row) throw new errors.NotFoundError(SPOKESPERSON_NOT_FOUND);
    return row;
  }

  return {
    async list(now = new Date()): Promise<SpokespersonView[]> {
      const list: SpokespersonRow[] = await rows().findMany({ orderBy: [{ validFrom: 'desc' }, { id: 'asc' }] });
      return viewsOf(list, vnDateOf(now));
    },

    async create(input: SpokespersonBody, now = new Date()): Promise<SpokespersonView> {
      const user = await strapi.db.query(ADMIN_USER).findOne({ where: { id: input.userId, isActive: true }, select: ['id'] });
      if (!user) throw new errors.ValidationError('Người phát ngôn phải là một tài khoản đang hoạt động.');
      await assertTopics(input.topicIds ?? []);
      const created: SpokespersonRow = await rows().create({ data: { ...input, note: input.note ?? null } });
      return (await viewsOf([created], vnDateOf(now)))[0];
    },

    async update(id: number, input: SpokespersonUpdateBody, now = new Date()): Promise<SpokespersonView> {
      const row = await load(id);
      const next = {
        title: input.title ?? row.title,
        allTopics: input.allTopics ?? Boolean(row.allTopics),
        topicIds: input.topicIds ?? row.topicIds ?? [],
        validFrom: input.validFrom ?? dayOf(row.validFrom),
        validTo: input.validTo === undefined ? (row.validTo ? dayOf(row.validTo) : null) : input.validTo,
        note: input.note ?? row.note ?? null,
      };
      if (next.allTopics) next.topicIds = [];
      assertSpokesperson({ ...next, note: next.note ?? undefined });
      await assertTopics(next.topicIds);
      const updated: SpokespersonRow = await rows().update({ where: { id }, data: next });
      return (await viewsOf([updated], vnDateOf(now)))[0];
    },

    /** Whether `userId` may speak on `topicId` on the Vietnam date of `at`. */
    async isRegistered(userId: number, topicId: number, at = new Date()): Promise<boolean> {
      const list: SpokespersonRow[] = await rows().findMany({ where: { userId } });
      const date = vnDateOf(at);
      return list.some((row) => validOn(row, date) && covers(row, topicId));
    },

    /** Active admin accounts the register may name. */
    async candidates(): Promise<SpokespersonCandidate[]> {
      const users: Array<Named & { id: number; email: string }> = await strapi.db
        .query(ADMIN_USER)
        .findMany({ where: { isActive: true }, select: ['id', 'firstname', 'lastname', 'email'], orderBy: [{ firstname: 'asc' }, { id: 'asc' }] });
      return users.map((user) => ({ id: user.id, name: displayName(user), email: user.email }));
    },
  };
};
