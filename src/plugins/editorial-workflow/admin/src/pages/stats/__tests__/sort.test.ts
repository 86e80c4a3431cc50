import { ariaSortOf, nextSort } from '../sort';

describe('the grid’s sort', () => {
  it('starts names and codes from A, figures from the largest', () => {
    expect(nextSort('kind', 'name')).toBe('name');
    expect(nextSort('kind', 'code')).toBe('code');
    expect(nextSort('name', 'itemsSubmitted')).toBe('-itemsSubmitted');
    expect(nextSort('-itemsSubmitted', 'itemsPublished')).toBe('-itemsPublished');
  });

  it('turns the direction round on a second click', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('-itemsSubmitted', 'itemsSubmitted')).toBe('itemsSubmitted');
  });

  it('says which header sorts, and which way', () => {
    expect(ariaSortOf('-code', 'code')).toBe('descending');
    expect(ariaSortOf('code', 'code')).toBe('ascending');
    expect(ariaSortOf('code', 'name')).toBe('none');
  });
});
