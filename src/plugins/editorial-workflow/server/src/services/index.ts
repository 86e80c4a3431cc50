import membership from './membership';
import itemContent from './item-content';
import workflow from './workflow';
import queue from './queue';
import notifications from './notifications';
import stats from './stats';
import reminders from './reminders';

export default { membership, 'item-content': itemContent, workflow, queue, notifications, stats, reminders };
