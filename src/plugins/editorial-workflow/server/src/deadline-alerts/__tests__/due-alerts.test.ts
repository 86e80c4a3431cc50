import type { Deadlines } from '../../queue/deadlines';
import { alertNotice, alertRunKey, audienceOf, dueAlerts, type WaitingItemFacts } from '../due-alerts';

const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const DEADLINES: Deadlines = new Map([
  ['in_review', 2],
  ['awaiting_approval', 1],
  ['approved', 1],
]);
const item = (facts: Partial<WaitingItemFacts>): WaitingItemFacts => ({
  documentId: 'doc1',
  title: 'Khai giảng năm học mới',
  state: 'in_review',
  version: 2,
  departmentId: 7,
  waitingSince: vn('2026-12-04 15:00').toISOString(),
  scheduledAt: null,
  ...facts,
});
const kinds = (alerts: ReturnType<typeof dueAlerts>) => alerts.map((alert) => alert.kind);

describe('overdue reminders and their escalation', () => {
  it('reminds once the deadline has passed, not over the weekend before it', () => {
    // Friday 15:00 in review (2 working days): due Tuesday 15:00.
    const waiting = [item({})];
    expect(dueAlerts(waiting, DEADLINES, vn('2026-12-08 14:59'), new Set())).toEqual([]);
    const alerts = dueAlerts(waiting, DEADLINES, vn('2026-12-08 15:01'), new Set());
    expect(kinds(alerts)).toEqual(['overdue']);
    expect(alerts[0]).toMatchObject({ dueAt: vn('2026-12-08 15:00').toISOString(), runKey: 'deadline-overdue:doc1:v2' });
  });

  it('escalates one working day after the deadline, across a weekend', () => {
    // Thursday 10:00 awaiting approval (1 working day): due Friday 10:00, escalated after Monday 10:00.
    const waiting = [item({ state: 'awaiting_approval', waitingSince: vn('2026-12-03 10:00').toISOString() })];
    expect(kinds(dueAlerts(waiting, DEADLINES, vn('2026-12-06 20:00'), new Set()))).toEqual(['overdue']);
    expect(kinds(dueAlerts(waiting, DEADLINES, vn('2026-12-07 10:01'), new Set()))).toEqual(['overdue', 'escalation']);
  });

  it('waits through Tết before escalating', () => {
    // In review from Wednesday 03/02/2027 09:00: due Thursday 04/02 + 1 working day = Wednesday 10/02 09:00
    // (Tết 05–09/02 and the weekend do not count); escalated after Thursday 11/02 09:00.
    const waiting = [item({ waitingSince: vn('2027-02-03 09:00').toISOString() })];
    expect(kinds(dueAlerts(waiting, DEADLINES, vn('2027-02-09 23:00'), new Set()))).toEqual([]);
    expect(kinds(dueAlerts(waiting, DEADLINES, vn('2027-02-10 09:01'), new Set()))).toEqual(['overdue']);
    expect(kinds(dueAlerts(waiting, DEADLINES, vn('2027-02-11 09:01'), new Set()))).toEqual(['overdue', 'escalation']);
  });

  it('sends each alert once per item version: a new step starts again', () => {
    const now = vn('2026-12-20 09:00');
    const sent = new Set([alertRunKey('overdue', 'doc1', 2), alertRunKey('escalation', 'doc1', 2)]);
    expect(dueAlerts([item({})], DEADLINES, now, sent)).toEqual([]);
    expect(kinds(dueAlerts([item({ version: 3 })], DEADLINES, now, sent))).toEqual(['overdue', 'escalation']);
  });

  it('has none for a scheduled item', () => {
    const waiting = [item({ state: 'approved', scheduledAt: vn('2026-12-25 08:00').toISOString() })];
    expect(dueAlerts(waiting, DEADLINES, vn('2026-12-20 09:00'), new Set())).toEqual([]);
  });

  it('tells whoever must act, then the level above: the head for review, the leadership for approval and publishing', () => {
    expect(audienceOf('overdue', { state: 'in_review', departmentId: 7 })).toEqual({ role: 'editor', departmentId: 7 });
    expect(audienceOf('overdue', { state: 'awaiting_approval', departmentId: 7 })).toEqual({ role: 'head', departmentId: 7 });
    expect(audienceOf('overdue', { state: 'approved', departmentId: 7 })).toEqual({ role: 'publisher' });
    expect(audienceOf('escalation', { state: 'in_review', departmentId: 7 })).toEqual({ role: 'head', departmentId: 7 });
    expect(audienceOf('escalation', { state: 'awaiting_approval', departmentId: 7 })).toEqual({ role: 'leadership' });
    expect(audienceOf('escalation', { state: 'approved', departmentId: 7 })).toEqual({ role: 'leadership' });
  });

  it('says it in Vietnamese, in Vietnam time', () => {
    const [overdue, escalation] = dueAlerts([item({})], DEADLINES, vn('2026-12-20 09:00'), new Set());
    const notice = alertNotice(overdue);
    expect(notice).toMatchObject({ action: 'deadline-overdue', title: 'Quá hạn xử lý: “Khai giảng năm học mới”' });
    expect(notice.lines).toContain('Hạn xử lý: 15:00 ngày 08/12/2026 (giờ Việt Nam).');
    expect(notice.lines).toContain('Trạng thái: Phòng chuyên môn đang biên tập, từ 15:00 ngày 04/12/2026 (giờ Việt Nam).');
    expect(alertNotice(escalation)).toMatchObject({ action: 'deadline-escalation', title: 'Báo cáo tin bài quá hạn: “Khai giảng năm học mới”' });
  });
});
