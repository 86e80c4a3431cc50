import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RESPONSE_KIND, laneOf, stateLabelOf, type WorkflowState } from '../../../shared/state-machine';
import type { ConcernLinkView, ConcernLinks, LinkCandidate, LinkPurpose, ResponseDraft } from '../../../shared/contracts/concern-links';
import type { ConcernView } from '../../../shared/contracts/concerns';
import { canSee, type Standing } from '../services/membership';
import type { Actor, ItemStateRow } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';
import { officeUnitIdOf } from '../concerns/office';
import { linkRowOf } from './content-type';
import { ARTICLE, CONCERN_LINK, ITEM_STATE } from '../../../shared/uids';

interface LinkRow {
  id: number;
  concernId: number;
  itemDocumentId: string;
  purpose: LinkPurpose;
  linkedByName: string;
  createdAt: Date | string;
}

interface ArticleRow {
  documentId: string;
  title: string;
  kind: string;
  unit?: { id: number; name: string } | null;
}

type RecordRow = Pick<ItemStateRow, 'itemDocumentId' | 'state' | 'departmentId' | 'firstSubmittedAt' | 'firstPublishedAt'>;

const iso = (value: Date | string) => new Date(value).toISOString();
const MAX_CANDIDATES = 10;

/** A link to a current concern answers it; one to a forecast is the coverage planned for it. */
const purposeFor = (concern: Pick<ConcernView, 'kind'>): LinkPurpose => (concern.kind === 'forecast' ? 'coverage' : 'response');

/**
 * Items linked to concerns (issue 15): the official response drafted from a concern, published items
 * that answer one, and the coverage planned for a forecast. The concern's scope is the desk's own
 * (concerns service: 404 outside); each linked item is shown only to those who may see it, except
 * once online, when everyone may. The response time is the first linked response's first publication
 * (the workflow's own record), counted from the filing of the concern.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => strapi.db.query(CONCERN_LINK);
  const concerns = () => getService(strapi, 'concerns');
  const membership = () => getService(strapi, 'membership');

  async function itemsOf(documentIds: string[]): Promise<{ articles: Map<string, ArticleRow>; records: Map<string, RecordRow> }> {
    if (documentIds.length === 0) return { articles: new Map(), records: new Map() };
    const [articles, records] = await Promise.all([
      strapi.db.query(ARTICLE).findMany({
        where: { documentId: { $in: documentIds }, publishedAt: null },
        select: ['documentId', 'title', 'kind'],
        populate: { unit: { select: ['id', 'name'] } },
      }) as Promise<ArticleRow[]>,
      strapi.db.query(ITEM_STATE).findMany({
        where: { itemDocumentId: { $in: documentIds } },
        select: ['itemDocumentId', 'state', 'departmentId', 'firstSubmittedAt', 'firstPublishedAt'],
      }) as Promise<RecordRow[]>,
    ]);
    return {
      articles: new Map(articles.map((row) => [row.documentId, row])),
      records: new Map(records.map((row) => [row.itemDocumentId, row])),
    };
  }

  const placement = (article: ArticleRow, record: RecordRow | undefined) => ({
    unitId: article.unit?.id ?? null,
    departmentId: record?.departmentId ?? null,
    submitted: Boolean(record?.firstSubmittedAt),
  });

  const visible = (standing: Standing, article: ArticleRow, record: RecordRow | undefined) =>
    Boolean(record?.firstPublishedAt) || canSee(standing, placement(article, record));

  async function isOfficeAuthor(standing: Standing): Promise<boolean> {
    const office = await officeUnitIdOf(strapi);
    return office !== null && Boolean(standing.rolesByUnit.get(office)?.has('author'));
  }

  async function createLink(concernId: number, itemDocumentId: string, purpose: LinkPurpose, actor: Actor): Promise<void> {
    const data = linkRowOf(concernId, itemDocumentId, purpose, actor);
    if (await links().findOne({ where: { pairKey: data.pairKey }, select: ['id'] })) {
      throw new errors.ValidationError('Tin bài này đã được gắn với vấn đề rồi.');
    }
    await links().create({ data });
  }

  return {
    /** The items linked to a concern the person sees, and its response time. */
    async linksOf(userId: number, concernId: number, now = new Date()): Promise<ConcernLinks> {
      const concern = await concerns().get(userId, concernId, now);
      const [standing, rows] = await Promise.all([
        membership().standingOf(userId),
        links().findMany({ where: { concernId }, orderBy: [{ id: 'asc' }] }) as Promise<LinkRow[]>,
      ]);
      const { articles, records } = await itemsOf(rows.map((row) => row.itemDocumentId));
      const views: ConcernLinkView[] = [];
      let firstResponse: Date | null = null;
      for (const row of rows) {
        const article = articles.get(row.itemDocumentId);
        // An item deleted since (a draft nobody sent) leaves its link behind, unseen.
        if (!article) continue;
        const record = records.get(row.itemDocumentId);
        const published = record?.firstPublishedAt ? new Date(record.firstPublishedAt) : null;
        if (row.purpose === 'response' && published && (!firstResponse || published < firstResponse)) firstResponse = published;
        if (!visible(standing, article, record)) continue;
        const state = (record?.state ?? 'draft') as WorkflowState;
        views.push({
          itemDocumentId: row.itemDocumentId,
          title: article.title,
          kind: article.kind,
          state,
          stateLabel: stateLabelOf(state, laneOf(article.kind, null)),
          unitName: article.unit?.name ?? null,
          purpose: row.purpose,
          linkedBy: row.linkedByName,
          linkedAt: iso(row.createdAt),
          firstPublishedAt: published ? published.toISOString() : null,
        });
      }
      const filed = new Date(concern.createdAt);
      return {
        links: views,
        filedAt: filed.toISOString(),
        firstResponseAt: firstResponse ? firstResponse.toISOString() : null,
        responseMinutes: firstResponse ? Math.max(0, Math.round((firstResponse.getTime() - filed.getTime()) / 60_000)) : null,
        canLink: concern.canWork,
        canDraftResponse: concern.kind === 'current' && (await isOfficeAuthor(standing)),
      };
    },

    /** Links an item the person sees to a concern they work on. */
    async link(actor: Actor, concernId: number, itemDocumentId: string): Promise<ConcernLinks> {
      const concern = await concerns().get(actor.id, concernId);
      if (!concern.canWork) throw forbidden('Chỉ Văn phòng Sở và phòng phụ trách vấn đề được gắn tin bài với vấn đề.');
      await getService(strapi, 'item-view').loadInScope(itemDocumentId, actor.id);
      await strapi.db.transaction(() => createLink(concernId, itemDocumentId, purposeFor(concern), actor));
      return this.linksOf(actor.id, concernId);
    },

    /**
     * Drafts the official response to a current concern, in the Office's name, linked to it: the
     * item form opens on it. Created through the Document Service, so every rule of an item's
     * creation applies (the person must be an author of the Office).
     */
    async draftResponse(actor: Actor, concernId: number): Promise<ResponseDraft> {
      const concern = await concerns().get(actor.id, concernId);
      const standing = await membership().standingOf(actor.id);
      if (!(await isOfficeAuthor(standing))) {
        throw forbidden('Chỉ cộng tác viên (tác giả) của Văn phòng Sở soạn phản hồi chính thức.');
      }
      if (concern.kind !== 'current') {
        throw new errors.ValidationError('Vấn đề dự báo chưa cần phản hồi chính thức: hãy gắn tin bài dự kiến đưa.');
      }
      const office = (await officeUnitIdOf(strapi)) as number;
      return strapi.db.transaction(async () => {
        const created = await strapi.documents(ARTICLE).create({
          // Nothing of the concern's own words: they are internal, and this draft is what goes online once approved.
          data: { title: `Dự thảo phản hồi chính thức số ${concernId}`, kind: RESPONSE_KIND, unit: office } as never,
        });
        await createLink(concernId, created.documentId, 'response', actor);
        return { itemDocumentId: created.documentId };
      });
    },

    /** Items whose title contains `q` that the person sees, to link. */
    async candidates(userId: number, q: string): Promise<LinkCandidate[]> {
      const standing = await membership().standingOf(userId);
      const rows = (await strapi.db.query(ARTICLE).findMany({
        where: { publishedAt: null, title: { $containsi: q } },
        select: ['documentId', 'title', 'kind'],
        populate: { unit: { select: ['id', 'name'] } },
        orderBy: [{ updatedAt: 'desc' }],
        limit: 50,
      })) as ArticleRow[];
      const { records } = await itemsOf(rows.map((row) => row.documentId));
      return rows
        .filter((row) => visible(standing, row, records.get(row.documentId)))
        .slice(0, MAX_CANDIDATES)
        .map((row) => {
          const state = (records.get(row.documentId)?.state ?? 'draft') as WorkflowState;
          return { documentId: row.documentId, title: row.title, stateLabel: stateLabelOf(state, laneOf(row.kind, null)), unitName: row.unit?.name ?? null };
        });
    },
  };
};
