import { CONCERN_STATUSES, decideConcernMove, type ConcernStatus } from '../../../../shared/contracts/concerns';
import { deskOrder, dueAtOf, isOverdue } from '../clock';
import { canSeeConcern, canWorkOn, concernScopeOf, scopeWhere } from '../scope';
import type { Standing } from '../../services/membership';

const HOUR = 3_600_000;
const hours = { watch: 72, action: 24, incident: 4, crisis: 1 };

describe('concern statuses: the moves held as data', () => {
  const allowed: Array<[ConcernStatus, ConcernStatus]> = [
    ['new', 'in-progress'],
    ['new', 'closed'],
    ['in-progress', 'resolved'],
    ['resolved', 'closed'],
    ['resolved', 'in-progress'],
  ];
  it('allows exactly the listed moves, and says why not in Vietnamese', () => {
    for (const from of CONCERN_STATUSES) {
      for (const to of CONCERN_STATUSES) {
        const decision = decideConcernMove(from, to);
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect({ from, to, ok: decision.ok }).toEqual({ from, to, ok: expected });
        if (!decision.ok) expect(decision.reason).toMatch(/Không thể|đã ở trạng thái/);
      }
    }
    expect(decideConcernMove('closed', 'new')).toEqual({ ok: false, reason: 'Không thể chuyển vấn đề từ "Đóng" sang "Mới".' });
  });
});

describe('the clock', () => {
  const since = new Date('2026-12-01T00:00:00Z');
  it('runs from the severity, and stops once handled', () => {
    expect(dueAtOf({ severity: 'incident', severitySince: since, status: 'new' }, hours)?.toISOString()).toBe('2026-12-01T04:00:00.000Z');
    expect(dueAtOf({ severity: 'crisis', severitySince: since, status: 'in-progress' }, hours)?.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(dueAtOf({ severity: 'crisis', severitySince: since, status: 'resolved' }, hours)).toBeNull();
    expect(isOverdue(new Date(since.getTime() + HOUR), new Date(since.getTime() + 2 * HOUR))).toBe(true);
    expect(isOverdue(null, new Date())).toBe(false);
  });
  it('orders the desk: overdue first, then open before handled, then the most severe, then the oldest', () => {
    const rows = [
      { id: 1, overdue: false, status: 'new' as const, severity: 'crisis' as const, createdAt: '2026-12-01T02:00:00Z' },
      { id: 2, overdue: true, status: 'in-progress' as const, severity: 'watch' as const, createdAt: '2026-11-01T00:00:00Z' },
      { id: 3, overdue: false, status: 'new' as const, severity: 'crisis' as const, createdAt: '2026-12-01T01:00:00Z' },
      { id: 4, overdue: false, status: 'in-progress' as const, severity: 'action' as const, createdAt: '2026-10-01T00:00:00Z' },
      { id: 5, overdue: false, status: 'resolved' as const, severity: 'crisis' as const, createdAt: '2026-09-01T00:00:00Z' },
      { id: 6, overdue: false, status: 'closed' as const, severity: 'watch' as const, createdAt: '2026-08-01T00:00:00Z' },
    ];
    expect([...rows].sort(deskOrder).map((row) => row.id)).toEqual([2, 3, 1, 4, 5, 6]);
  });
});

describe('scope', () => {
  const standing = (roles: Array<[number, string[]]>, extra: Partial<Standing> = {}): Standing => ({
    userId: 7,
    rolesByUnit: new Map(roles.map(([unit, held]) => [unit, new Set(held)])) as Standing['rolesByUnit'],
    isPublisher: false,
    ...extra,
  });
  const OFFICE = 100;
  const concern = { filingUnitId: 1, unitIds: [2], departmentId: 50 };
  it('a unit sees its own and those about it; a department those routed to it; the Office, QLCL and the leadership all', () => {
    expect(canSeeConcern(concernScopeOf(standing([[1, ['author']]]), OFFICE), concern)).toBe(true);
    expect(canSeeConcern(concernScopeOf(standing([[2, ['unit-head']]]), OFFICE), concern)).toBe(true);
    expect(canSeeConcern(concernScopeOf(standing([[3, ['author']]]), OFFICE), concern)).toBe(false);
    expect(canSeeConcern(concernScopeOf(standing([[50, ['editor']]]), OFFICE), concern)).toBe(true);
    expect(canSeeConcern(concernScopeOf(standing([[51, ['head']]]), OFFICE), concern)).toBe(false);
    expect(canSeeConcern(concernScopeOf(standing([[OFFICE, ['editor']]]), OFFICE), concern)).toBe(true);
    expect(canSeeConcern(concernScopeOf(standing([[60, ['publisher']]], { isPublisher: true }), OFFICE), concern)).toBe(true);
    expect(canSeeConcern(concernScopeOf(standing([], { leadership: true }), OFFICE), concern)).toBe(true);
    expect(scopeWhere(concernScopeOf(standing([]), OFFICE))).toEqual({ id: -1 });
  });
  it('the Office and the responsible department work on it; nobody else', () => {
    expect(canWorkOn(concernScopeOf(standing([[OFFICE, ['editor']]]), OFFICE), concern)).toBe(true);
    expect(canWorkOn(concernScopeOf(standing([[50, ['head']]]), OFFICE), concern)).toBe(true);
    expect(canWorkOn(concernScopeOf(standing([[1, ['author']]]), OFFICE), concern)).toBe(false);
    expect(canWorkOn(concernScopeOf(standing([], { leadership: true }), OFFICE), concern)).toBe(false);
    expect(canWorkOn(concernScopeOf(standing([[60, ['publisher']]], { isPublisher: true }), OFFICE), concern)).toBe(false);
  });
});
