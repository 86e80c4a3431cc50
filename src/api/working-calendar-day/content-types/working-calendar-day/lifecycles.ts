import { forgetWorkingCalendar } from '../../../../plugins/editorial-workflow/server/src/working-calendar/load';

/**
 * The working calendar is read once and kept (working-calendar/load.ts): any write to its days,
 * from the content-manager or from code, makes the next deadline or turnaround read it again.
 */
const forget = () => forgetWorkingCalendar();

export default {
  afterCreate: forget,
  afterCreateMany: forget,
  afterUpdate: forget,
  afterUpdateMany: forget,
  afterDelete: forget,
  afterDeleteMany: forget,
};
