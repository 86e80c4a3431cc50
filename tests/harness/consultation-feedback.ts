import { createHash, randomBytes } from 'crypto';
import type { TestApp } from './strapi';
import { CONTACT_PURPOSE, type CommenterGroup } from '../../src/plugins/editorial-workflow/shared/contracts/consultations';
import { ARTICLE, CONSULTATION, ITEM_STATE, PUBLIC_COMMENT, TOPIC, UNIT } from '../../src/plugins/editorial-workflow/shared/uids';

/**
 * Consultations and their public comments written straight to the tables, for the suites of the
 * department's handling (issue 22 item 3), whose subject is the handling, not the public path
 * (tests/consultations.test.ts): an item of kind `consultation` with its settings row naming the
 * department (open since yesterday, for a month), and comments as the public POST stores them.
 */

const documentIdOf = () => randomBytes(12).toString('hex').slice(0, 24);

export async function consultationItem(app: TestApp, { title, topicCode, departmentCode }: { title: string; topicCode: string; departmentCode: string }): Promise<string> {
  const documentId = documentIdOf();
  const topic = await app.strapi.db.query(TOPIC).findOne({ where: { code: topicCode }, select: ['id'] });
  const department = await app.strapi.db.query(UNIT).findOne({ where: { code: departmentCode }, select: ['id'] });
  const slug = `${title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${documentId.slice(0, 6)}`;
  await app.strapi.db.query(ARTICLE).create({ data: { documentId, title, slug, kind: 'consultation', summary: `Lấy ý kiến: ${title}`, topics: [topic.id], unit: department.id, publishedAt: null } });
  await app.strapi.db.query(ITEM_STATE).create({ data: { itemDocumentId: documentId, state: 'published', version: 1, departmentId: department.id } });
  const day = 24 * 60 * 60 * 1000;
  await app.strapi.db.query(CONSULTATION).create({ data: { itemDocumentId: documentId, opensAt: new Date(Date.now() - day), closesAt: new Date(Date.now() + 30 * day), departmentId: department.id } });
  return documentId;
}

export interface CommentInput {
  text: string;
  group: CommenterGroup;
  commune: string;
  name?: string;
  email?: string;
  phone?: string;
}

/** A comment as the public POST stores it (tracking code, the text's hash, the consent given). */
export async function publicComment(app: TestApp, itemDocumentId: string, input: CommentInput): Promise<{ id: number; trackingCode: string }> {
  const trackingCode = randomBytes(12).toString('base64url');
  const textHash = createHash('sha256').update(input.text.normalize('NFC').trim().toLowerCase()).digest('hex');
  const row = await app.strapi.db.query(PUBLIC_COMMENT).create({
    data: { itemDocumentId, trackingCode, textHash, textKey: `${itemDocumentId}:${textHash}`, consentPurpose: CONTACT_PURPOSE, consentedAt: new Date(), status: 'received', ...input },
  });
  return { id: row.id, trackingCode };
}
