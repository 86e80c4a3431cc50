import { parseTransition } from '../transition';
import { itFuzzes, itRefuses, refused } from './fakes';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

describe('parseTransition', () => {
  it('reads an action and the version seen, cast from a string', async () => {
    await expect(parseTransition({ action: 'submit', expectedVersion: '3' })).resolves.toEqual({ action: 'submit', expectedVersion: 3 });
  });

  it('trims the comment, and casts a number to text as before', async () => {
    await expect(parseTransition({ action: 'return', expectedVersion: 2, comment: '  Thiếu ảnh.  ', reasonCategory: ' form ' })).resolves.toEqual({
      action: 'return',
      expectedVersion: 2,
      comment: 'Thiếu ảnh.',
      reasonCategory: 'form',
    });
    await expect(parseTransition({ action: 'forward', expectedVersion: 2, comment: 5 })).resolves.toMatchObject({ comment: '5' });
  });

  it('keeps the department only for a reroute, and the time only for a publish', async () => {
    await expect(parseTransition({ action: 'reroute', expectedVersion: 1, departmentCode: ' PGDTH ' })).resolves.toEqual({
      action: 'reroute',
      expectedVersion: 1,
      departmentCode: 'PGDTH',
    });
    const at = inDays(7);
    await expect(parseTransition({ action: 'forward', expectedVersion: 1, departmentCode: 'PGDTH', publishAt: at.toISOString() })).resolves.toEqual({
      action: 'forward',
      expectedVersion: 1,
    });
    await expect(parseTransition({ action: 'publish', expectedVersion: 1, publishAt: at.toISOString() })).resolves.toEqual({
      action: 'publish',
      expectedVersion: 1,
      publishAt: at,
    });
  });

  itRefuses(parseTransition, [
    [{ expectedVersion: 1 }, /^Thiếu action/],
    [{ action: 'delete', expectedVersion: 1 }, /^action phải là một trong: submit, forward, reroute, approve, return, publish, unpublish, correct\.$/],
    [{ action: 'correct', expectedVersion: 1 }, /^Đính chính cần một ghi chú công khai \(comment\)/],
    [{ action: 'correct', expectedVersion: 1, comment: '  ' }, /^Đính chính cần một ghi chú công khai/],
    [{ action: 'correct', expectedVersion: 1, comment: 'x'.repeat(1001) }, 'Ghi chú đính chính tối đa 1000 ký tự.'],
    [{ action: 'submit' }, /^Thiếu expectedVersion: gửi phiên bản bạn đang xem/],
    [{ action: 'submit', expectedVersion: 'v3' }, 'expectedVersion phải là số nguyên.'],
    [{ action: 'submit', expectedVersion: 2.5 }, 'expectedVersion phải là số nguyên.'],
    [{ action: 'submit', expectedVersion: [2] }, 'expectedVersion phải là số nguyên.'],
    [{ action: 'submit', expectedVersion: 0 }, 'expectedVersion phải ≥ 1.'],
    [{ action: 'return', expectedVersion: 1 }, /^Hãy ghi lý do \(comment\) khi trả lại hoặc gỡ bài/],
    [{ action: 'unpublish', expectedVersion: 1, comment: '   ' }, /^Hãy ghi lý do \(comment\)/],
    [{ action: 'return', expectedVersion: 1, comment: 'Thiếu ảnh.' }, 'Hãy chọn loại lý do (reasonCategory) khi trả lại hoặc gỡ bài.'],
    [{ action: 'unpublish', expectedVersion: 1, comment: 'Sai số liệu.', reasonCategory: 'f'.repeat(65) }, 'reasonCategory tối đa 64 ký tự.'],
    [{ action: 'return', expectedVersion: 1, comment: 'x'.repeat(2001) }, 'Ý kiến tối đa 2000 ký tự.'],
    [{ action: 'return', expectedVersion: 1, comment: null }, 'comment phải là chuỗi ký tự.'],
    [{ action: 'reroute', expectedVersion: 1 }, 'Hãy chọn phòng chuyên môn nhận tin bài (departmentCode).'],
    [{ action: 'reroute', expectedVersion: 1, departmentCode: 'P'.repeat(65) }, 'departmentCode tối đa 64 ký tự.'],
    [{ action: 'publish', expectedVersion: 1, publishAt: 'ngày mai' }, /^publishAt phải là thời điểm ISO 8601/],
    [{ action: 'publish', expectedVersion: 1, publishAt: [inDays(1).toISOString()] }, /^publishAt phải là thời điểm ISO 8601/],
    [{ action: 'publish', expectedVersion: 1, publishAt: inDays(400).toISOString() }, 'Chỉ hẹn giờ đăng trong vòng một năm tới.'],
    [{ action: 'submit', expectedVersion: 1, version: 1 }, 'Trường không được hỗ trợ: version.'],
    [{ action: 'submit', expectedVersion: 1, constructor: 'x' }, 'Trường không được hỗ trợ: constructor.'],
    [['submit'], 'Nội dung yêu cầu phải là một đối tượng JSON.'],
  ]);

  // These threw a TypeError (a 500) in yup's `.trim()` before the parsers checked value types.
  itRefuses(
    parseTransition,
    [
      [{ action: 'return', expectedVersion: 1, comment: [] }, 'comment phải là chuỗi ký tự.'],
      [{ action: 'return', expectedVersion: 1, comment: ['Thiếu ảnh'] }, 'comment phải là chuỗi ký tự.'],
      [{ action: 'reroute', expectedVersion: 1, departmentCode: {} }, 'Trường departmentCode phải là một giá trị hoặc một danh sách giá trị, không phải một đối tượng.'],
      [{ action: 'reroute', expectedVersion: 1, departmentCode: ['PGDTH'] }, 'departmentCode phải là chuỗi ký tự.'],
    ],
    'answers %j with a 400, not a 500'
  );

  it('names every missing field', async () => {
    const error = await refused(parseTransition, {}, /^Thiếu action/);
    expect(error.message).toMatch(/^Thiếu action .*Thiếu expectedVersion/);
  });

  itFuzzes(
    parseTransition,
    { action: 'submit', expectedVersion: 1 },
    { action: 'return', expectedVersion: 1, comment: 'Thiếu ảnh.' },
    { action: 'reroute', expectedVersion: 1, departmentCode: 'PGDTH' },
    { action: 'publish', expectedVersion: 1, publishAt: '2026-12-01T08:00:00+07:00' }
  );
});
