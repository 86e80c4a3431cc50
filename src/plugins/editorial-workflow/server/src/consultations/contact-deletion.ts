import type { Core } from '@strapi/strapi';
import { CONSULTATION, JOB_RUN, PUBLIC_COMMENT } from '../../../shared/uids';
import { envInt } from '../../../../../utils/env-values';
import { isUniqueViolation } from '../utils/unique-violation';

export const CONTACT_DELETION_JOB = 'consultation-contacts-deletion';

/** Days after a consultation closes that its commenters' contact details are kept (the 2025 personal data law: no longer than the purpose needs). */
export const contactRetentionDays = (env: NodeJS.ProcessEnv = process.env) => envInt(env, 'CONSULTATION_CONTACT_RETENTION_DAYS', 30);

/**
 * Deletes the commenters' contact details (name, e-mail, phone) of every consultation closed more
 * than the retention days ago, once per consultation across processes: its job-run row
 * (`consultation-contacts-deletion:<documentId>`, unique key) is written in the same transaction
 * as the deletion, so a second process's insert fails and deletes nothing twice. The run records
 * how many comments it cleared (`notified`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(now = new Date()): Promise<{ consultations: number; comments: number }> {
    const before = new Date(now.getTime() - contactRetentionDays() * 24 * 3600_000);
    const due: Array<{ id: number; itemDocumentId: string }> = await strapi.db.query(CONSULTATION).findMany({
      where: { closesAt: { $lte: before }, contactsDeletedAt: { $null: true } },
      select: ['id', 'itemDocumentId'],
    });
    let consultations = 0;
    let comments = 0;
    for (const consultation of due) {
      const runKey = `${CONTACT_DELETION_JOB}:${consultation.itemDocumentId}`;
      if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) continue;
      try {
        const cleared = await strapi.db.transaction(async () => {
          const run = await strapi.db.query(JOB_RUN).create({ data: { runKey, job: CONTACT_DELETION_JOB, startedAt: now } });
          const { count } = await strapi.db.query(PUBLIC_COMMENT).updateMany({
            where: { itemDocumentId: consultation.itemDocumentId, contactsDeletedAt: { $null: true } },
            data: { name: null, email: null, phone: null, contactsDeletedAt: now },
          });
          await strapi.db.query(CONSULTATION).update({ where: { id: consultation.id }, data: { contactsDeletedAt: now } });
          await strapi.db.query(JOB_RUN).update({ where: { id: run.id }, data: { finishedAt: new Date(), notified: count } });
          return count;
        });
        consultations += 1;
        comments += cleared;
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    if (consultations > 0) strapi.log.info(`consultations: contact details of ${comments} comments deleted (${consultations} consultations closed ${contactRetentionDays()} days ago)`);
    return { consultations, comments };
  },
});
