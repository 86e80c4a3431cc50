import { commissionerOf, seesWholeAssignment, visibleParts } from '../scope';
import type { PlanStanding } from '../../plan-standing/standing';

const standing = (over: Partial<PlanStanding>): PlanStanding => ({
  userId: 1,
  seesAll: false,
  managesPlan: false,
  seesAllItems: false,
  officeUnitId: 10,
  unitIds: [],
  departmentIds: [],
  authorUnitIds: [],
  ...over,
});
const parts = [{ unitId: 1 }, { unitId: 2 }, { unitId: 3 }];

describe('who sees which parts of an assignment', () => {
  it('shows a target unit its own part only, the commissioner and the Office every part, anyone else none', () => {
    const assignment = { commissionerUnitId: 20 };
    expect(visibleParts(standing({ unitIds: [2] }), assignment, parts)).toEqual([{ unitId: 2 }]);
    expect(visibleParts(standing({ unitIds: [20] }), assignment, parts)).toEqual(parts);
    expect(visibleParts(standing({ seesAll: true }), assignment, parts)).toEqual(parts);
    expect(visibleParts(standing({ unitIds: [99] }), assignment, parts)).toEqual([]);
    expect(seesWholeAssignment(standing({ unitIds: [2] }), assignment)).toBe(false);
  });
});

describe('in whose name a person commissions', () => {
  it('is the Office for plan.manage, the one department they edit, a choice among several, or nobody', () => {
    expect(commissionerOf(standing({ managesPlan: true, departmentIds: [20] }), undefined)).toBe(10);
    expect(commissionerOf(standing({ managesPlan: true, departmentIds: [20] }), 20)).toBe(20);
    expect(commissionerOf(standing({ departmentIds: [20] }), undefined)).toBe(20);
    expect(commissionerOf(standing({ departmentIds: [20, 21] }), undefined)).toBe('choose');
    expect(commissionerOf(standing({ departmentIds: [20, 21] }), 21)).toBe(21);
    expect(commissionerOf(standing({ departmentIds: [20] }), 10)).toBeNull();
    expect(commissionerOf(standing({ unitIds: [5] }), undefined)).toBeNull();
  });
});
