import { parseQueueQuery } from '../queue';
import { itFuzzes, itRefuses } from './fakes';

describe('parseQueueQuery', () => {
  it('fills the page and reads the filters', async () => {
    await expect(parseQueueQuery({})).resolves.toEqual({ page: 1, pageSize: 20 });
    await expect(parseQueueQuery({ state: 'in_review', unit: ' XA-A ', topic: 'III.2', kind: 'feature', page: '2', pageSize: '50' })).resolves.toEqual({
      state: 'in_review',
      unit: 'XA-A',
      topic: 'III.2',
      kind: 'feature',
      page: 2,
      pageSize: 50,
    });
  });

  itRefuses(parseQueueQuery, [
    [{ state: 'archived' }, /^state phải là một trong: draft, in_review/],
    [{ kind: 'poem' }, 'kind phải là một trong: news, article, feature, response, consultation.'],
    [{ unit: 'X'.repeat(65) }, 'unit tối đa 64 ký tự.'],
    [{ topic: 'T'.repeat(65) }, 'topic tối đa 64 ký tự.'],
    [{ pageSize: '500' }, 'pageSize tối đa 100.'],
    [{ unit: { $ne: 'x' } }, 'Tham số unit phải là một giá trị đơn (a single value).'],
    [{ state: ['draft', 'returned'] }, 'Tham số state phải là một giá trị đơn (a single value).'],
    [{ sort: 'title' }, 'Tham số không được hỗ trợ: sort.'],
    [{ hasOwnProperty: 'x' }, 'Tham số không được hỗ trợ: hasOwnProperty.'],
  ]);

  itFuzzes(parseQueueQuery, { state: 'draft', unit: 'XA-A', topic: 'III', kind: 'news', page: '1', pageSize: '20' });
});
