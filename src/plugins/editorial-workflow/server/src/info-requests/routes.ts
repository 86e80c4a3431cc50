import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';
import { readsInquiries } from '../press-desk/reader';

const manage = guarded([PERMISSIONS.manageInquiries]);

/** The Office's information requests (admin): the Office acts, the leadership reads. No delete route. */
export const infoRequestAdminRoutes = {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/info-requests', handler: 'info-requests.find', config: readsInquiries },
    { method: 'POST', path: '/info-requests', handler: 'info-requests.create', config: manage },
    { method: 'GET', path: '/info-requests/:id', handler: 'info-requests.findOne', config: readsInquiries },
    { method: 'POST', path: '/info-requests/:id/actions', handler: 'info-requests.act', config: manage },
  ],
};

/**
 * The public form (`/api/info-requests…`, no login: the contract's public routes, consultations.ts).
 * The prefix is empty so that the paths sit beside the public API's, under its rate limit; every
 * post passes the public-forms guard before anything is read.
 */
export const infoRequestPublicRoutes = {
  type: 'content-api',
  prefix: '',
  routes: [
    { method: 'GET', path: '/info-requests/form', handler: 'info-requests.form', config: { auth: false as const } },
    { method: 'POST', path: '/info-requests', handler: 'info-requests.submit', config: { auth: false as const } },
    { method: 'GET', path: '/info-requests/:trackingCode', handler: 'info-requests.status', config: { auth: false as const } },
  ],
};
