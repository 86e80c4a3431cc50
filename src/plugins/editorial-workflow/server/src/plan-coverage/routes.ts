import { PERMISSIONS } from '../../../shared/permissions';
import { COVERAGE_PATH } from '../../../shared/contracts/plan';
import { guarded } from '../routes/guarded';

/** The coverage of the plan (admin only, readers of statistics), as JSON and as an xlsx workbook. */
const readers = guarded([PERMISSIONS.readStats]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: COVERAGE_PATH, handler: 'plan-coverage.find', config: readers },
    { method: 'GET', path: `${COVERAGE_PATH}/export`, handler: 'plan-coverage.workbook', config: readers },
  ],
};
