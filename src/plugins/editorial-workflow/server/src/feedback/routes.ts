import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * The department's handling of a consultation's feedback (admin only). The permission is the
 * workflow's own; who reads and who works is decided by membership in the service (scope.ts):
 * the responsible department's editors and heads work, the Office and the leadership read, anyone
 * else a 403. The reply list (contact details) is the department's only.
 */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/feedback/consultations', handler: 'feedback.consultations', config: use },
    { method: 'GET', path: '/feedback/consultations/:documentId/comments', handler: 'feedback.queue', config: use },
    { method: 'GET', path: '/feedback/consultations/:documentId/summary', handler: 'feedback.summary', config: use },
    { method: 'PUT', path: '/feedback/consultations/:documentId/summary', handler: 'feedback.writeSummary', config: use },
    { method: 'POST', path: '/feedback/consultations/:documentId/summary/publish', handler: 'feedback.publishSummary', config: use },
    { method: 'GET', path: '/feedback/consultations/:documentId/summary/document', handler: 'feedback.summaryDocument', config: use },
    { method: 'GET', path: '/feedback/consultations/:documentId/reply-list', handler: 'feedback.replyList', config: use },
    { method: 'PUT', path: '/feedback/comments/:id/classification', handler: 'feedback.classify', config: use },
    { method: 'POST', path: '/feedback/comments/:id/merge', handler: 'feedback.merge', config: use },
    { method: 'PUT', path: '/feedback/comments/:id/answer', handler: 'feedback.answer', config: use },
    { method: 'PUT', path: '/feedback/comments/:id/answer-public', handler: 'feedback.answerPublic', config: use },
    { method: 'POST', path: '/feedback/comments/:id/answer-mail', handler: 'feedback.mailAnswer', config: use },
    { method: 'POST', path: '/feedback/comments/:id/concern', handler: 'feedback.raiseConcern', config: use },
  ],
};

/**
 * The published summary's Word document (`/api/editorial-workflow/feedback-summaries/<documentId>.docx`):
 * no session, the public downloads it; 404 until the department publishes the summary.
 */
export const publicRoutes = {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/feedback-summaries/:file', handler: 'feedback.publicDocument', config: { auth: false as const } }],
};
