import { STATE_LABELS, type WorkflowState } from '../../../shared/state-machine';
import { WorkflowConflict } from '../utils/errors';

/** A 409 that tells the caller where the item stands now, so the panel can reload to it. */
export const conflict = (record: { state: WorkflowState; version: number }, message: string) =>
  new WorkflowConflict(`${message} Trạng thái hiện tại: ${STATE_LABELS[record.state]} (${record.state}), phiên bản ${record.version}.`, {
    state: record.state,
    version: record.version,
  });
