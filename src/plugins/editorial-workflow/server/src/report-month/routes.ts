import { PERMISSIONS } from '../../../shared/permissions';
import { guarded } from '../routes/guarded';

/**
 * The Office's consolidated month view of the monthly opinion reports (admin only, Văn phòng Sở:
 * `reports.receive`), as JSON and as an xlsx workbook with one sheet per table.
 */
const office = guarded([PERMISSIONS.receiveReports]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/opinion-reports-month', handler: 'report-month.find', config: office },
    { method: 'GET', path: '/opinion-reports-month.xlsx', handler: 'report-month.workbook', config: office },
  ],
};
