import admin from './admin';
import stats from './stats';
import network from './network';
import peopleImport from './people-import';
import comments from '../comments/routes';
import emailDigest from '../email-digest/routes';
import reasonCategories from '../reason-categories/routes';
import preview from '../preview/routes';
import reports from '../reports/routes';
import overview from '../overview/routes';
import snapshots from '../snapshots/routes';
import delegation from '../delegation/routes';
import concerns from '../concerns/routes';
import concernLinks from '../concern-links/routes';
import opinionReports from '../opinion-reports/routes';
import reportMonth from '../report-month/routes';
import concernEvidence from '../concern-evidence/routes';

export default { admin, stats, network, 'people-import': peopleImport, comments, 'email-digest': emailDigest, preview, 'reason-categories': reasonCategories, reports, overview, snapshots, delegation, concerns, 'concern-links': concernLinks, 'opinion-reports': opinionReports, 'report-month': reportMonth, 'concern-evidence': concernEvidence };
