import type { WorkflowState } from './state-machine';

/** The review queue's filters and page, as the server parses them and the admin page sends them. */
export interface QueueQuery {
  state?: WorkflowState;
  /** Unit code. */
  unit?: string;
  /** Topic code. */
  topic?: string;
  kind?: string;
  page: number;
  pageSize: number;
}
