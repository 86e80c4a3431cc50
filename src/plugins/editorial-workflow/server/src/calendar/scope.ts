import type { CalendarQuery } from '../../../shared/contracts/plan';
import type { PlanStanding } from '../plan-standing/standing';

/**
 * What one reading of the calendar covers: the span (instants and Vietnam dates), the person's
 * standing (whose scope every source applies) and the filters. The sources read only this.
 */
export interface CalendarReading {
  from: string;
  to: string;
  start: Date;
  end: Date;
  standing: PlanStanding;
  filters: Pick<CalendarQuery, 'unit' | 'department' | 'topic'>;
  /** The kinds the reader wants (the feed leaves out published items: they are no deadline). */
  withPublished: boolean;
}

/** An impossible id: keeps an `IN ()` a valid query when a list is empty. */
export const NONE = -1;
export const orNone = (ids: number[]): number[] => (ids.length > 0 ? ids : [NONE]);
