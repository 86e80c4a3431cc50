import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayEditContent, type ActingRole } from '../../../shared/state-machine';
import { ITEM_KIND_LABELS } from '../../../shared/item-field-labels';
import { SEND_KINDS, type SendCreateBody, type SendItemBody, type SendItemView, type SendOptions } from '../../../shared/contracts/send-app';
import type { UnitItemsPage } from '../../../shared/contracts/queue';
import { ARTICLE, TOPIC, UNIT, UPLOAD_FILE } from '../../../shared/uids';
import type { Actor } from '../services/item-state';
import { getService } from '../get-service';
import { forbidden } from '../utils/errors';
import { DraftReplayed, draftOfKey, recordDraftKey } from './drafts';
import { blocksOf, isPlainBody, mediaData, mediaOf, paragraphsOf } from './content';

/** The content-manager's RBAC for items, as the caller's admin rights (their conditions: own unit) decide it. */
type ItemChecker = { cannot: Record<'create' | 'update', (entity: Record<string, unknown>) => boolean> };
export type UserAbility = unknown;

type StoredItem = {
  documentId: string;
  title: string;
  summary: string | null;
  body: unknown;
  kind: string;
  cover: { id: number; url: string; mime: string } | null;
  gallery: Array<{ id: number; url: string; mime: string }> | null;
  topics: Array<{ id: number }> | null;
  unit: { id: number; name: string } | null;
};

const REPLAYED = 'Bản nháp này đã được gửi lên máy chủ trước đó; ứng dụng mở tin bài đã tạo thay vì tạo bản thứ hai.';
const OUT_OF_SCOPE = 'Bạn chỉ viết và sửa tin bài của đơn vị mình (you write only for your own unit).';

/**
 * "Gửi tin": what the phone app does, each through the admin panel's own rules. Items are written
 * with the Document Service (so its middlewares check who files and edits what in which state, and
 * the edit after approval sends the item back); the caller's content-manager rights are checked
 * with their conditions; a submission is the workflow's own transition. Nothing here decides a
 * rule of its own but the client key, which keeps a replayed offline draft from making a second item.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const membership = () => getService(strapi, 'membership');

  const checkerOf = (ability: UserAbility): ItemChecker =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: ARTICLE });

  async function loadItem(documentId: string): Promise<StoredItem> {
    const item = (await strapi.documents(ARTICLE).findOne({
      documentId,
      status: 'draft',
      fields: ['title', 'summary', 'body', 'kind'],
      populate: { cover: { fields: ['url', 'mime'] }, gallery: { fields: ['url', 'mime'] }, topics: { fields: ['id'] }, unit: { fields: ['name'] } },
    } as never)) as unknown as StoredItem | null;
    if (!item) throw new errors.NotFoundError('Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.');
    return item;
  }

  /** The files an author attaches: photos and a video that exist, that they uploaded themselves (their media library) or that the item holds already. */
  async function assertFiles(userId: number, body: SendItemBody, held: number[]): Promise<void> {
    const wanted = [...(body.photos ?? []), ...(body.video ? [body.video] : [])];
    if (wanted.length === 0) return;
    const rows: Array<{ id: number; mime: string; createdBy?: { id: number } | null }> = await strapi.db.query(UPLOAD_FILE).findMany({
      where: { id: { $in: wanted } },
      select: ['id', 'mime'],
      populate: { createdBy: { select: ['id'] } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of wanted) {
      const row = byId.get(id);
      if (!row) throw new errors.ValidationError(`Không tìm thấy tệp số ${id}; hãy tải ảnh hoặc video lên lại.`);
      if (row.createdBy?.id !== userId && !held.includes(id)) throw forbidden(`Tệp số ${id} không phải tệp bạn đã tải lên.`);
    }
    if ((body.photos ?? []).some((id) => !byId.get(id)!.mime.startsWith('image/'))) throw new errors.ValidationError('Mục ảnh chỉ nhận tệp ảnh.');
    if (body.video && !byId.get(body.video)!.mime.startsWith('video/')) throw new errors.ValidationError('Mục video chỉ nhận tệp video.');
  }

  async function assertTopic(topic: number | null | undefined): Promise<void> {
    if (!topic) return;
    if ((await strapi.db.query(TOPIC).count({ where: { id: topic } })) === 0) throw new errors.ValidationError('Lĩnh vực (chủ đề) đã chọn không có trong danh sách.');
  }

  /** The unit of a new item: the one named, else the author's only unit. */
  async function unitOfNew(userId: number, named: number | undefined): Promise<number> {
    if (named) return named;
    const units = await membership().unitIdsOf(userId, ['author']);
    if (units.length === 1) return units[0];
    throw new errors.ValidationError(units.length === 0 ? 'Bạn chưa là cộng tác viên của đơn vị nào nên chưa thể viết tin bài.' : 'Bạn viết cho nhiều đơn vị: hãy chọn đơn vị.');
  }

  /** The Document Service data of the fields the app sent (absent fields are left as they are). */
  function dataOf(body: SendItemBody, stored?: StoredItem): Record<string, unknown> {
    const data: Record<string, unknown> = { title: body.title };
    if (body.kind !== undefined) data.kind = body.kind;
    if (body.summary !== undefined) data.summary = body.summary;
    if (body.paragraphs !== undefined) data.body = blocksOf(body.paragraphs);
    if (body.topic !== undefined) data.topics = body.topic ? [body.topic] : [];
    if (body.unit !== undefined) data.unit = body.unit;
    if (body.photos !== undefined || body.video !== undefined) {
      const current = stored ? mediaOf(stored.cover, stored.gallery) : { photos: [], video: null };
      Object.assign(data, mediaData(body.photos ?? current.photos.map((file) => file.id), body.video === undefined ? (current.video?.id ?? null) : body.video));
    }
    return data;
  }

  const service = {
    async options(actor: Actor): Promise<SendOptions> {
      const unitIds = await membership().unitIdsOf(actor.id, ['author']);
      const [units, topics] = await Promise.all([
        unitIds.length === 0 ? [] : strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name'], orderBy: [{ name: 'asc' }] }),
        strapi.db.query(TOPIC).findMany({ select: ['id', 'code', 'title'], orderBy: [{ code: 'asc' }] }),
      ]);
      return { me: { id: actor.id, name: actor.name }, units, kinds: SEND_KINDS.map((value) => ({ value, label: ITEM_KIND_LABELS[value] })), topics };
    },

    /** The items of the author's units, newest step first: the admin panel's tab "Tin bài của đơn vị". */
    async list(userId: number, page: number): Promise<UnitItemsPage> {
      return getService(strapi, 'queue').unitItems(userId, { sort: 'waitingSince:desc', page, pageSize: 50 });
    },

    /** The item as the app edits it; a 404 outside the caller's scope (the workflow's own check). */
    async get(userId: number, documentId: string): Promise<SendItemView> {
      const described = await getService(strapi, 'item-view').describe(documentId, userId);
      const item = await loadItem(documentId);
      const reason = described.lastReason;
      return {
        documentId,
        title: item.title,
        summary: item.summary ?? '',
        paragraphs: paragraphsOf(item.body),
        kind: item.kind,
        topic: item.topics?.[0]?.id ?? null,
        ...mediaOf(item.cover, item.gallery),
        unit: item.unit ? { id: (item.unit as { id: number }).id, name: item.unit.name } : null,
        state: described.state,
        stateLabel: described.stateLabel,
        version: described.version,
        allowedActions: described.allowedActions,
        editable: mayEditContent(described.state, new Set<ActingRole>(described.roles), described.lane) && isPlainBody(item.body),
        next: described.next,
        lastReason: reason && {
          action: reason.action as 'return' | 'unpublish',
          comment: reason.comment,
          actorName: reason.actorName,
          at: new Date(reason.createdAt).toISOString(),
          current: true,
        },
      };
    },

    /**
     * A new item from the phone, once per client key: a replay of the key makes nothing and is
     * refused (409) with the item the key made, so the app opens it instead.
     */
    async create(actor: Actor, ability: UserAbility, body: SendCreateBody): Promise<SendItemView> {
      const { clientKey, ...fields } = body;
      const replayed = async () => {
        const known = await draftOfKey(strapi, clientKey);
        if (!known) return null;
        return new DraftReplayed(REPLAYED, known.userId === actor.id ? { documentId: known.itemDocumentId } : {});
      };
      const before = await replayed();
      if (before) throw before;
      const unit = await unitOfNew(actor.id, fields.unit);
      if (checkerOf(ability).cannot.create({ unit: { id: unit }, scopeUnitId: unit })) throw forbidden(OUT_OF_SCOPE);
      await assertTopic(fields.topic);
      await assertFiles(actor.id, fields, []);
      let documentId: string;
      try {
        documentId = await strapi.db.transaction(async () => {
          const created = await strapi.documents(ARTICLE).create({ data: { ...dataOf({ ...fields, unit }), unit } as never });
          await recordDraftKey(strapi, clientKey, { userId: actor.id, itemDocumentId: created.documentId });
          return created.documentId;
        });
      } catch (error) {
        // Two replays at once: the second insert of the key failed and took its item with it.
        const after = await replayed();
        if (after) throw after;
        throw error;
      }
      return service.get(actor.id, documentId);
    },

    async update(actor: Actor, ability: UserAbility, documentId: string, body: SendItemBody): Promise<SendItemView> {
      await getService(strapi, 'item-view').loadInScope(documentId, actor.id);
      const stored = await loadItem(documentId);
      const checker = checkerOf(ability);
      const units = [stored.unit?.id ?? null, body.unit].filter((unit): unit is number => typeof unit === 'number');
      // The item as the conditions see it (its documentId: a department's queue; `scopeUnitId`: its unit), and where it would go.
      if (units.some((unit) => checker.cannot.update({ documentId, unit: { id: unit }, scopeUnitId: unit }))) throw forbidden(OUT_OF_SCOPE);
      if (body.paragraphs !== undefined && !isPlainBody(stored.body)) {
        throw new errors.ValidationError('Nội dung tin bài có định dạng (tiêu đề, danh sách, ảnh, liên kết) chỉ sửa được trong trang quản trị.');
      }
      await assertTopic(body.topic);
      const held = mediaOf(stored.cover, stored.gallery);
      await assertFiles(actor.id, body, [...held.photos, ...(held.video ? [held.video] : [])].map((file) => file.id));
      await strapi.documents(ARTICLE).update({ documentId, data: dataOf(body, stored) as never });
      return service.get(actor.id, documentId);
    },

    /** Submits (or resubmits after a return) through the workflow's own transition. */
    async submit(actor: Actor, documentId: string, expectedVersion: number): Promise<SendItemView> {
      await getService(strapi, 'workflow').transition({ documentId, action: 'submit', expectedVersion }, actor);
      return service.get(actor.id, documentId);
    },
  };
  return service;
};
