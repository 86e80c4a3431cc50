import { VN_OFFSET_MS } from '../../../shared/periods';
import { CONSULTATION_STATUS_LABELS, type ConsultationStatus } from '../../../shared/contracts/consultations';

/** 00:00 Vietnam time of a `YYYY-MM-DD` day, as an instant. */
export const vietnamDayStart = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS);

/** The Vietnam day (`YYYY-MM-DD`) an instant falls on. */
export const vietnamDayOf = (instant: Date | string): string => new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

/** Opening day and closing day (both included) as the instants the comments open and close. */
export function consultationWindow(opensOn: string, closesOn: string): { opensAt: Date; closesAt: Date } {
  return { opensAt: vietnamDayStart(opensOn), closesAt: new Date(vietnamDayStart(closesOn).getTime() + 24 * 3600_000) };
}

/** The closing day of a window: the day before its closing instant (24:00 is the next day's 00:00). */
export const closingDayOf = (closesAt: Date | string): string => vietnamDayOf(new Date(new Date(closesAt).getTime() - 1));

export function consultationStatus(opensAt: Date | string, closesAt: Date | string, now = new Date()): ConsultationStatus {
  if (now.getTime() < new Date(opensAt).getTime()) return 'upcoming';
  return now.getTime() < new Date(closesAt).getTime() ? 'open' : 'closed';
}

export const statusLabelOf = (status: ConsultationStatus) => CONSULTATION_STATUS_LABELS[status];
