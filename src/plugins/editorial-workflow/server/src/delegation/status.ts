import type { DelegationStatus } from '../../../shared/contracts/delegation';

/** Where a delegation stands on `today` (a Vietnam date): it starts and ends by its dates, or early. */
export function delegationStatus(row: { startsOn: string; endsOn: string; endedAt: unknown }, today: string): DelegationStatus {
  if (row.endedAt) return 'ended-early';
  if (today < row.startsOn) return 'upcoming';
  if (today > row.endsOn) return 'ended';
  return 'active';
}
