import { parseMarkRead, parseNotificationQuery } from '../notifications';
import { itFuzzes, itRefuses } from './fakes';

describe('parseNotificationQuery', () => {
  it('reads unread and the page, with their defaults', async () => {
    await expect(parseNotificationQuery({})).resolves.toEqual({ unread: false, page: 1, pageSize: 20 });
    await expect(parseNotificationQuery({ unread: 'true', page: '3' })).resolves.toEqual({ unread: true, page: 3, pageSize: 20 });
    await expect(parseNotificationQuery({ unread: '0' })).resolves.toMatchObject({ unread: false });
  });

  itRefuses(parseNotificationQuery, [
    [{ unread: 'yes' }, 'unread phải là true hoặc false.'],
    [{ unread: ['true'] }, 'Tham số unread phải là một giá trị đơn (a single value).'],
    [{ page: '-1' }, 'page phải ≥ 1.'],
    [{ read: 'true' }, 'Tham số không được hỗ trợ: read.'],
  ]);

  itFuzzes(parseNotificationQuery, { unread: 'true', page: '1', pageSize: '20' });
});

describe('parseMarkRead', () => {
  it('reads some ids, or all', async () => {
    await expect(parseMarkRead({ ids: [1, '2'] })).resolves.toEqual([1, 2]);
    await expect(parseMarkRead({ all: true })).resolves.toBe('all');
    await expect(parseMarkRead({ all: 'true', ids: [] })).resolves.toBe('all');
    // yup reads a list in a string as JSON, as before.
    await expect(parseMarkRead({ ids: '[4,5]' })).resolves.toEqual([4, 5]);
  });

  itRefuses(parseMarkRead, [
    [{}, 'Gửi ids (danh sách thông báo) hoặc all: true.'],
    [null, 'Gửi ids (danh sách thông báo) hoặc all: true.'],
    [{ ids: [], all: false }, 'Gửi ids (danh sách thông báo) hoặc all: true.'],
    [{ ids: [1], all: true }, 'Gửi ids (danh sách thông báo) hoặc all: true.'],
    [{ ids: [0] }, 'Mỗi id trong ids phải là số nguyên dương.'],
    [{ ids: [1.5] }, 'Mỗi id trong ids phải là số nguyên dương.'],
    [{ ids: ['x'] }, 'Mỗi id trong ids phải là số nguyên dương.'],
    [{ ids: [null] }, 'Mỗi id trong ids phải là số nguyên dương.'],
    [{ ids: 'x' }, 'ids phải là danh sách id thông báo.'],
    [{ ids: '[{"toString": 1}]' }, 'ids phải là danh sách id thông báo.'],
    [{ ids: Array.from({ length: 501 }, (_, i) => i + 1) }, 'Tối đa 500 thông báo mỗi lần.'],
    [{ all: 'yes' }, 'all phải là true hoặc false.'],
    [{ all: [true] }, 'all phải là true hoặc false.'],
    [{ all: true, mark: 'read' }, 'Trường không được hỗ trợ: mark.'],
    [[1, 2], 'Nội dung yêu cầu phải là một đối tượng JSON.'],
  ]);

  itFuzzes(parseMarkRead, { ids: [1, 2] }, { all: true });
});
