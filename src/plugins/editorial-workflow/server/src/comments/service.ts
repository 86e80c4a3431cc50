import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  COMMENT_LIMITS,
  type CommentEntry,
  type CommentMark,
  type CommentPerson,
  type CommentRequestBody,
  type CommentThread,
  type CommentThreadList,
  type MentionableUser,
} from '../../../shared/contracts/comments';
import { ADMIN_USER, COMMENT } from '../../../shared/uids';
import { placementOf } from '../services/membership';
import type { ItemInScope } from '../services/item-view';
import type { Actor } from '../services/item-state';
import { getService } from '../get-service';
import { displayName } from '../utils/display-name';
import { matchesQuery, fold, queryWords } from '../network/fold';
import { anchorFieldsOf, fieldLabelOf } from './anchor-fields';
import { candidatesOf, readersAmong } from './readers';
import { mentionNotice } from './mention-notice';

/** A comment's row, as stored. */
interface CommentRow {
  id: number;
  itemDocumentId: string;
  parentId: number | null;
  authorId: number;
  authorName: string;
  field: string | null;
  body: string;
  mentions: CommentPerson[] | null;
  resolvedAt: Date | string | null;
  resolvedById: number | null;
  resolvedByName: string | null;
  reopenedAt: Date | string | null;
  reopenedById: number | null;
  reopenedByName: string | null;
  createdAt: Date | string;
}

const NOT_FOUND = 'Không tìm thấy ý kiến này trong tin bài.';
const iso = (value: Date | string) => new Date(value).toISOString();

const entryOf = (row: CommentRow, field: string | null): CommentEntry => ({
  id: row.id,
  parentId: row.parentId ?? null,
  author: { id: row.authorId, name: row.authorName },
  field,
  body: row.body,
  mentions: Array.isArray(row.mentions) ? row.mentions : [],
  createdAt: iso(row.createdAt),
});

const markOf = (at: Date | string | null, id: number | null, name: string | null): CommentMark | null =>
  at && id !== null ? { by: { id, name: name ?? `#${id}` }, at: iso(at) } : null;

const threadOf = (root: CommentRow, replies: CommentRow[]): CommentThread => ({
  ...entryOf(root, root.field ?? null),
  resolved: markOf(root.resolvedAt, root.resolvedById, root.resolvedByName),
  reopened: markOf(root.reopenedAt, root.reopenedById, root.reopenedByName),
  replies: replies.map((reply) => entryOf(reply, root.field ?? null)),
});

/**
 * Editorial comments on an item (ý kiến biên tập). Every method takes the item as the caller may
 * see it (item-view's `loadInScope`, a 404 outside their scope): scope is decided there, once, as for
 * the workflow's own routes. Threads are one level deep; content is append-only (guard.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(COMMENT);

  async function rootOf(documentId: string, commentId: number): Promise<CommentRow> {
    const row: CommentRow | null = await rows().findOne({ where: { id: commentId, itemDocumentId: documentId } });
    if (!row) throw new errors.NotFoundError(NOT_FOUND);
    if (row.parentId === null || row.parentId === undefined) return row;
    // A reply to a reply joins its thread: one level of replies keeps a side panel readable.
    const root: CommentRow | null = await rows().findOne({ where: { id: row.parentId, itemDocumentId: documentId } });
    if (!root) throw new errors.NotFoundError(NOT_FOUND);
    return root;
  }

  async function threadById(root: CommentRow): Promise<CommentThread> {
    const replies: CommentRow[] = await rows().findMany({ where: { parentId: root.id }, orderBy: [{ id: 'asc' }] });
    return threadOf(root, replies);
  }

  /** The people named in a mention, each of whom must be able to read the item; else a 400 and nothing stored. */
  async function mentionedPeople({ item, record }: ItemInScope, ids: number[]): Promise<CommentPerson[]> {
    if (ids.length === 0) return [];
    const readers = new Set(await readersAmong(strapi, ids, placementOf(item, record)));
    const outside = ids.filter((id) => !readers.has(id));
    if (outside.length > 0) {
      throw new errors.ValidationError(
        'Chỉ có thể nhắc đến người được xem tin bài này (tác giả của đơn vị, thủ trưởng đơn vị, biên tập viên, trưởng phòng, chuyên viên Phòng QLCL, lãnh đạo Sở).',
        { notReaders: outside }
      );
    }
    const users: Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }> = await strapi.db
      .query(ADMIN_USER)
      .findMany({ where: { id: { $in: ids } }, select: ['id', 'firstname', 'lastname', 'email'] });
    const byId = new Map(users.map((user) => [user.id, displayName(user)]));
    return ids.map((id) => ({ id, name: byId.get(id) ?? `#${id}` }));
  }

  const service = {
    /** The fields a thread may be anchored to. */
    anchorFields: () => anchorFieldsOf(strapi),

    /** Every thread of the item, oldest first, each with its replies. */
    async list(documentId: string): Promise<CommentThreadList> {
      const all: CommentRow[] = await rows().findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'asc' }] });
      const replies = new Map<number, CommentRow[]>();
      for (const row of all) {
        if (row.parentId === null || row.parentId === undefined) continue;
        if (!replies.has(row.parentId)) replies.set(row.parentId, []);
        replies.get(row.parentId)!.push(row);
      }
      const threads = all.filter((row) => row.parentId === null || row.parentId === undefined).map((root) => threadOf(root, replies.get(root.id) ?? []));
      return { threads, fields: anchorFieldsOf(strapi) };
    },

    /**
     * Writes a comment (a new thread, or a reply) and tells the people it mentions, in one
     * transaction: the in-admin notification with it, the e-mail after the commit (the outbox).
     */
    async create(scope: ItemInScope, actor: Actor, input: CommentRequestBody): Promise<CommentThread> {
      const documentId = scope.item.documentId;
      const root = input.parentId ? await rootOf(documentId, input.parentId) : null;
      const mentions = await mentionedPeople(scope, input.mentions ?? []);
      const created: CommentRow = await strapi.db.transaction(async ({ onCommit }) => {
        const row: CommentRow = await rows().create({
          data: {
            itemDocumentId: documentId,
            parentId: root?.id ?? null,
            authorId: actor.id,
            authorName: actor.name,
            field: root ? null : (input.field ?? null),
            body: input.body,
            mentions,
          },
        });
        const field = root ? root.field : (input.field ?? null);
        const told = mentions.map((person) => person.id).filter((id) => id !== actor.id);
        const notice = mentionNotice({ itemTitle: scope.item.title, authorName: actor.name, field: field && fieldLabelOf(field), body: input.body });
        const queued = await getService(strapi, 'inbox').notifyUsers(told, notice, documentId);
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return row;
      });
      return threadById(root ?? created);
    },

    /**
     * Marks a thread resolved or open again, recording who and when. A thread already in that
     * state is left as it is (its first marker kept): two people resolving at once resolve it once.
     */
    async mark(documentId: string, commentId: number, actor: Actor, mark: 'resolve' | 'reopen'): Promise<CommentThread> {
      const root = await rootOf(documentId, commentId);
      if (root.id !== commentId) {
        throw new errors.ValidationError('Chỉ ý kiến mở đầu một chuỗi mới được đánh dấu đã giải quyết hoặc mở lại.');
      }
      const now = new Date();
      await rows().updateMany(
        mark === 'resolve'
          ? { where: { id: root.id, resolvedAt: null }, data: { resolvedAt: now, resolvedById: actor.id, resolvedByName: actor.name } }
          : {
              where: { id: root.id, resolvedAt: { $notNull: true } },
              data: { resolvedAt: null, resolvedById: null, resolvedByName: null, reopenedAt: now, reopenedById: actor.id, reopenedByName: actor.name },
            }
      );
      return threadById(await rows().findOne({ where: { id: root.id } }));
    },

    /** Who the caller may mention on the item, found by name or e-mail (diacritics folded), at most 20. */
    async mentionable(scope: ItemInScope, callerId: number, q?: string): Promise<MentionableUser[]> {
      const placement = placementOf(scope.item, scope.record);
      const candidates = (await candidatesOf(strapi, placement)).filter((id) => id !== callerId);
      if (candidates.length === 0) return [];
      const users: Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }> = await strapi.db
        .query(ADMIN_USER)
        .findMany({ where: { id: { $in: candidates }, isActive: true }, select: ['id', 'firstname', 'lastname', 'email'] });
      const words = queryWords(q);
      const matching = users
        .map((user) => ({ id: user.id, name: displayName(user), email: user.email ?? null }))
        .filter((user) => matchesQuery(fold(`${user.name} ${user.email ?? ''}`), words))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      // Checked a page at a time, in the order shown: a search stops once the list is full.
      const found: MentionableUser[] = [];
      for (let i = 0; i < matching.length && found.length < COMMENT_LIMITS.mentionableMax; i += COMMENT_LIMITS.mentionableMax) {
        const page = matching.slice(i, i + COMMENT_LIMITS.mentionableMax);
        const readers = new Set(await readersAmong(strapi, page.map((user) => user.id), placement));
        found.push(...page.filter((user) => readers.has(user.id)));
      }
      return found.slice(0, COMMENT_LIMITS.mentionableMax);
    },
  };
  return service;
};
