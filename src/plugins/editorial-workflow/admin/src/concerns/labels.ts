import type { ConcernSeverity, ConcernStatus } from '../../../shared/contracts/concerns';

/** The badge colour of each severity and status on the desk: the graver, the louder. */
export const SEVERITY_VARIANT: Record<ConcernSeverity, 'neutral' | 'secondary' | 'warning' | 'danger'> = {
  watch: 'neutral',
  action: 'secondary',
  incident: 'warning',
  crisis: 'danger',
};

export const STATUS_VARIANT: Record<ConcernStatus, 'secondary' | 'warning' | 'success' | 'neutral'> = {
  new: 'warning',
  'in-progress': 'secondary',
  resolved: 'success',
  closed: 'neutral',
};
