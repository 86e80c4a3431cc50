import { parseArticleListQuery, parseSlug } from '../public-queries';
import { searchTerms, searchText } from '../search-terms';

const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('parseArticleListQuery', () => {
  it('reads the filters and paging of the item list', () => {
    expect(parseArticleListQuery('topic=iii.2&unit=sgd-vp&kind=news&page=2&pageSize=50&q=Gi%C3%A1o%20d%E1%BB%A5c')).toEqual({
      topic: 'III.2',
      unit: 'SGD-VP',
      kind: 'news',
      page: 2,
      pageSize: 50,
      from: undefined,
      to: undefined,
      terms: ['giao', 'duc'],
    });
    expect(parseArticleListQuery('')).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('reads dates as days in Vietnam, `to` including its whole day', () => {
    const { from, to } = parseArticleListQuery('from=2026-09-05&to=2026-09-05');
    expect(from?.toISOString()).toBe('2026-09-04T17:00:00.000Z');
    expect(to?.toISOString()).toBe('2026-09-05T17:00:00.000Z');
    expect(parseArticleListQuery('from=2026-09-05T08:00:00%2B07:00').from?.toISOString()).toBe('2026-09-05T01:00:00.000Z');
  });

  it('refuses unknown, repeated and malformed parameters with a message', () => {
    expect(message(() => parseArticleListQuery('status=draft'))).toMatch(/Unknown query parameter "status"/);
    expect(message(() => parseArticleListQuery('page=1&page=2'))).toMatch(/more than once/);
    expect(message(() => parseArticleListQuery('pageSize=101'))).toMatch(/from 1 to 100/);
    expect(message(() => parseArticleListQuery('page=6000'))).toMatch(/whole number/);
    expect(message(() => parseArticleListQuery('from=2026-02-29'))).toMatch(/not a calendar date/);
  });

  it('accepts only slugs the server could have made', () => {
    expect(parseSlug('giao-duc-2026')).toBe('giao-duc-2026');
    for (const bad of ['Giao', 'a--b', '-a', 'a b', '', 42]) expect(message(() => parseSlug(bad))).toMatch(/slug/);
  });
});

describe('search folding', () => {
  it('folds NFC and NFD Vietnamese and đ to the same words', () => {
    const nfc = 'Giáo dục Điện Biên'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(searchText(nfc)).toBe('giao duc dien bien');
    expect(searchText(nfd)).toBe('giao duc dien bien');
    expect(searchTerms(`  ${nfd}, giáo!`)).toEqual(['giao', 'duc', 'dien', 'bien']);
  });
});
