import { delegationBehind, type DelegatedRole } from '../standing';
import { delegationStatus } from '../status';
import { withDelegations, type Standing } from '../../services/membership';

const headOf = (unitId: number, delegatorId = 7): DelegatedRole => ({ delegationId: 1, role: 'head', unitId, delegatorId, delegatorName: 'Trần Thị Hoa' });
const publishing: DelegatedRole = { delegationId: 2, role: 'publisher', unitId: 3, delegatorId: 8, delegatorName: 'Lê Văn Nam' };
const editorOf = (unitId: number): Standing => ({ userId: 5, rolesByUnit: new Map([[unitId, new Set(['editor' as const])]]), isPublisher: false });

describe('a delegated role in the standing', () => {
  it('adds the head role in the department, and says who it is held for', () => {
    const standing = withDelegations(editorOf(10), [headOf(10)]);
    expect([...standing.rolesByUnit.get(10)!]).toEqual(['editor', 'head']);
    expect(delegationBehind(standing.delegations, 'head', { unitId: 99, departmentId: 10, submitted: true })?.delegatorId).toBe(7);
    // In another department, or as an editor, the person acts in their own right.
    expect(delegationBehind(standing.delegations, 'head', { unitId: 99, departmentId: 11, submitted: true })).toBeUndefined();
    expect(delegationBehind(standing.delegations, 'editor', { unitId: 99, departmentId: 10, submitted: true })).toBeUndefined();
  });

  it('makes the delegate a publisher for the delegation’s days', () => {
    const standing = withDelegations(editorOf(10), [publishing]);
    expect(standing.isPublisher).toBe(true);
    expect(delegationBehind(standing.delegations, 'publisher', { unitId: 99, departmentId: 10, submitted: true })?.delegatorName).toBe('Lê Văn Nam');
  });

  it('ignores a delegation of a role the person already holds there: never "on behalf of" for one’s own role', () => {
    const ownHead: Standing = { userId: 5, rolesByUnit: new Map([[10, new Set(['head' as const])]]), isPublisher: false };
    const standing = withDelegations(ownHead, [headOf(10)]);
    expect(standing.delegations).toBeUndefined();
    expect(delegationBehind(standing.delegations, 'head', { unitId: 1, departmentId: 10, submitted: true })).toBeUndefined();
  });
});

describe('a delegation’s status on a Vietnam date', () => {
  const row = { startsOn: '2026-12-10', endsOn: '2026-12-12', endedAt: null };
  it.each([
    ['2026-12-09', 'upcoming'],
    ['2026-12-10', 'active'],
    ['2026-12-12', 'active'],
    ['2026-12-13', 'ended'],
  ])('on %s it is %s', (today, status) => {
    expect(delegationStatus(row, today)).toBe(status);
  });
  it('is ended early once stamped, whatever the dates', () => {
    expect(delegationStatus({ ...row, endedAt: new Date() }, '2026-12-11')).toBe('ended-early');
  });
});
