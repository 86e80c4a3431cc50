import { relationChange } from '../relation-input';

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
    expect(relationChange([{ documentId: 'a' }, { documentId: 'b' }])).toEqual({ kind: 'set', ref: { documentId: 'b' } });
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
});
