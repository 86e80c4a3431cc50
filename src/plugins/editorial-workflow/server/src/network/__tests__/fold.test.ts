import { fold, matchesQuery, queryWords } from '../fold';

describe('fold', () => {
  it('drops Vietnamese marks, đ and case, NFC and NFD alike', () => {
    expect(fold('Phòng Văn hoá - Xã hội xã Mường Phăng')).toBe('phong van hoa xa hoi xa muong phang');
    expect(fold('Điện Biên'.normalize('NFD'))).toBe('dien bien');
    expect(fold('ĐỒNG ĐĂNG')).toBe('dong dang');
    expect(fold('  TH-HIMLAM ')).toBe('th himlam');
  });

  it('matches every word of the query', () => {
    const text = fold('XA-MUONGPHANG Phòng Văn hoá - Xã hội xã Mường Phăng');
    expect(matchesQuery(text, queryWords('muong phang'))).toBe(true);
    expect(matchesQuery(text, queryWords('Mường  PHĂNG'))).toBe(true);
    expect(matchesQuery(text, queryWords('muongphang'))).toBe(true);
    expect(matchesQuery(text, queryWords('muong thanh'))).toBe(false);
    expect(queryWords('  ')).toEqual([]);
    expect(queryWords(undefined)).toEqual([]);
  });
});
