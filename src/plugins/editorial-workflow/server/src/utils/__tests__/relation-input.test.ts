import { SeveralTargets, relationChange, targetCount } from '../relation-input';

describe('relationChange', () => {
  it('leaves the relation alone when the key is absent or the change is empty', () => {
    expect(relationChange(undefined)).toEqual({ kind: 'unchanged' });
    expect(relationChange({ connect: [], disconnect: [] })).toEqual({ kind: 'unchanged' });
  });

  it('reads every shape Strapi accepts for setting a to-one relation', () => {
    expect(relationChange(7)).toEqual({ kind: 'set', ref: { id: 7 } });
    expect(relationChange('7')).toEqual({ kind: 'set', ref: { id: 7 } });
    expect(relationChange('abc123')).toEqual({ kind: 'set', ref: { documentId: 'abc123' } });
    expect(relationChange({ documentId: 'abc123' })).toEqual({ kind: 'set', ref: { documentId: 'abc123' } });
    expect(relationChange({ id: 3 })).toEqual({ kind: 'set', ref: { id: 3 } });
    expect(relationChange([{ documentId: 'b' }])).toEqual({ kind: 'set', ref: { documentId: 'b' } });
    expect(relationChange({ connect: [{ id: 4, documentId: 'x' }], disconnect: [] })).toEqual({
      kind: 'set',
      ref: { documentId: 'x' },
    });
    expect(relationChange({ set: ['x'] })).toEqual({ kind: 'set', ref: { documentId: 'x' } });
  });

  it('tells when the relation is cleared', () => {
    for (const value of [null, '', [], { set: [] }, { disconnect: [{ id: 4 }] }, { connect: [], disconnect: [{ id: 4 }] }]) {
      expect(relationChange(value)).toEqual({ kind: 'cleared' });
    }
  });

  it('refuses a to-one value naming more than one target, in every shape, naming the field', () => {
    const several = [
      [1, 2],
      [{ documentId: 'a' }, { documentId: 'b' }],
      { connect: [{ id: 1 }, { id: 2 }] },
      { connect: [{ id: 1 }, { id: 1 }] },
      { set: ['a', 'b'] },
      { set: [1, 2], connect: [] },
    ];
    for (const value of several) {
      expect(targetCount(value)).toBeGreaterThan(1);
      expect(() => relationChange(value, 'unit')).toThrow(SeveralTargets);
    }
    try {
      relationChange({ connect: [1, 2] }, 'unit');
    } catch (error) {
      expect((error as Error).message).toMatch(/chỉ nhận một/);
      expect((error as { details: { errors: Array<{ path: string[] }> } }).details.errors[0].path).toEqual(['unit']);
    }
  });

  it('counts one target for every single-target shape, none for a disconnect', () => {
    for (const value of [7, 'abc', { id: 1 }, [1], { connect: [1], disconnect: [{ id: 2 }] }, { set: [1] }]) expect(targetCount(value)).toBe(1);
    for (const value of [undefined, null, '', [], { disconnect: [{ id: 2 }] }, { connect: [] }]) expect(targetCount(value)).toBe(0);
  });
});
