import type { DeadlineState } from '../../../shared/deadlines';
import { STATE_LABELS } from '../../../shared/state-machine';
import { addWorkingDays } from '../../../shared/working-days';
import { deadlineOf, type Deadlines } from '../queue/deadlines';
import type { Notice } from '../notifications/transition-notice';
import { vietnamTime } from '../utils/vietnam-time';

/**
 * Overdue items and their escalation (issue 16, item 8): once an item's deadline has passed, whoever
 * must act is reminded, once; one working day later, if it still waits, the matter goes one level up,
 * once: to the department's head for an item in review, to the leadership for an item waiting for the
 * head's approval or for the publisher. "Once" is per item and per version: a step resets the clock,
 * and the next deadline may be missed again.
 */
export type AlertKind = 'overdue' | 'escalation';

/** The working days after the deadline before an overdue item escalates. */
export const ESCALATION_AFTER_WORKING_DAYS = 1;

export interface WaitingItemFacts {
  documentId: string;
  title: string;
  state: DeadlineState;
  version: number;
  departmentId: number | null;
  /** Since when it waits in its state (its last workflow step). */
  waitingSince: string;
  scheduledAt: string | null;
}

export interface DueAlert {
  kind: AlertKind;
  item: WaitingItemFacts;
  dueAt: string;
  /** Once per item, version and kind: the job-run row's unique key. */
  runKey: string;
}

/** Who is told: the people the state waits for, or those one level up. */
export type Audience = { role: 'editor' | 'head'; departmentId: number } | { role: 'publisher' } | { role: 'leadership' };

export const alertRunKey = (kind: AlertKind, documentId: string, version: number) => `deadline-${kind}:${documentId}:v${version}`;

/** The alerts due now and not sent yet (`sent` holds the run keys already written). */
export function dueAlerts(items: WaitingItemFacts[], deadlines: Deadlines, now: Date, sent: ReadonlySet<string>): DueAlert[] {
  const alerts: DueAlert[] = [];
  for (const item of items) {
    const { dueAt, overdue } = deadlineOf(deadlines, item, now);
    if (!dueAt || !overdue) continue;
    const overdueKey = alertRunKey('overdue', item.documentId, item.version);
    if (!sent.has(overdueKey)) alerts.push({ kind: 'overdue', item, dueAt, runKey: overdueKey });
    const escalatesAt = addWorkingDays(dueAt, ESCALATION_AFTER_WORKING_DAYS, deadlines.calendar);
    const escalationKey = alertRunKey('escalation', item.documentId, item.version);
    if (now.getTime() > escalatesAt.getTime() && !sent.has(escalationKey)) alerts.push({ kind: 'escalation', item, dueAt, runKey: escalationKey });
  }
  return alerts;
}

/** Whoever must act in the item's state (`overdue`), or the level above them (`escalation`). */
export function audienceOf(kind: AlertKind, item: Pick<WaitingItemFacts, 'state' | 'departmentId'>): Audience | null {
  if (kind === 'overdue') {
    if (item.state === 'approved') return { role: 'publisher' };
    if (item.departmentId === null) return null;
    return { role: item.state === 'in_review' ? 'editor' : 'head', departmentId: item.departmentId };
  }
  if (item.state === 'in_review' && item.departmentId !== null) return { role: 'head', departmentId: item.departmentId };
  return { role: 'leadership' };
}

/** What the alert says, in Vietnamese, times in Vietnam time. */
export function alertNotice({ kind, item, dueAt }: DueAlert): Notice {
  const title = `“${item.title}”`;
  const facts = [
    `Trạng thái: ${STATE_LABELS[item.state]}, từ ${vietnamTime(item.waitingSince)}.`,
    `Hạn xử lý: ${vietnamTime(dueAt)}.`,
  ];
  if (kind === 'overdue') {
    return {
      action: 'deadline-overdue',
      title: `Quá hạn xử lý: ${title}`,
      lines: [`Tin bài ${title} đã quá hạn xử lý và đang chờ bạn.`, ...facts],
    };
  }
  return {
    action: 'deadline-escalation',
    title: `Báo cáo tin bài quá hạn: ${title}`,
    lines: [
      `Tin bài ${title} đã quá hạn xử lý hơn ${ESCALATION_AFTER_WORKING_DAYS} ngày làm việc; người phụ trách đã được nhắc nhưng tin bài vẫn chưa được xử lý.`,
      ...facts,
    ],
  };
}
