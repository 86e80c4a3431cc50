/**
 * The public routes of consultations (issue 22; the list in shared/contracts/consultations.ts). The
 * two reads are the public API's (cached, invalidated, published only); the form, the post and the
 * status by tracking code are the public comments' (never cached), every post through the one
 * guard of the public forms (plugin server/src/public-forms/).
 */
const open = { auth: false as const };

export default {
  routes: [
    { method: 'GET', path: '/consultations', handler: 'api::article.consultation.list', config: open },
    { method: 'GET', path: '/consultations/:slug', handler: 'api::article.consultation.bySlug', config: open },
    { method: 'GET', path: '/consultations/:slug/comment-form', handler: 'api::article.consultation.commentForm', config: open },
    { method: 'POST', path: '/consultations/:slug/comments', handler: 'api::article.consultation.comment', config: open },
    { method: 'GET', path: '/consultation-comments/:trackingCode', handler: 'api::article.consultation.commentStatus', config: open },
  ],
};
