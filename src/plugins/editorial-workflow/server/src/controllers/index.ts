import items from './items';
import queue from './queue';
import notifications from './notifications';
import memberships from './memberships';
import stats from './stats';
import audit from './audit';
import home from '../home/controller';
import network from './network';
import directory from './directory';
import peopleImport from './people-import';
import comments from '../comments/controller';
import emailDigest from '../email-digest/controller';
import reasonCategories from '../reason-categories/controller';
import turnaround from '../turnaround/controller';
import preview from '../preview/controller';
import bulk from '../bulk/controller';
import reports from '../reports/controller';

export default { items, queue, notifications, memberships, stats, audit, home, network, directory, 'people-import': peopleImport, comments, 'email-digest': emailDigest, turnaround, preview, 'reason-categories': reasonCategories, bulk, reports };
