import { PERMISSIONS } from '../../../shared/permissions';
import { CALENDAR_PATH } from '../../../shared/contracts/plan';
import { guarded } from '../routes/guarded';

/** The communication calendar (admin): whoever takes part in the workflow; what each sees is their scope. */
const use = guarded([PERMISSIONS.useWorkflow]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: CALENDAR_PATH, handler: 'calendar.find', config: use },
    { method: 'GET', path: `${CALENDAR_PATH}/choices`, handler: 'calendar.choices', config: use },
  ],
};
