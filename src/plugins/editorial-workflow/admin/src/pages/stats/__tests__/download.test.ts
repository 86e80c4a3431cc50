import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../download';

describe('downloads', () => {
  it('takes the UTF-8 file name first, then the plain one, else the fallback', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="thong-ke.xlsx"; filename*=UTF-8''th%E1%BB%91ng-k%C3%AA%202026.xlsx`,
        'x.xlsx'
      )
    ).toBe('thống-kê 2026.xlsx');
    expect(filenameFromDisposition('attachment; filename="xep-hang 2026.csv"', 'x.csv')).toBe('xep-hang 2026.csv');
    expect(filenameFromDisposition('attachment; filename=ranking.csv', 'x.csv')).toBe('ranking.csv');
    expect(filenameFromDisposition('attachment', 'x.csv')).toBe('x.csv');
    expect(filenameFromDisposition(null, 'x.csv')).toBe('x.csv');
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A.csv`, 'x.csv')).toBe('x.csv');
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('.._.._etc_passwd');
  });

  it('reads the message of an error body', () => {
    expect(messageFromErrorBody('{"data":null,"error":{"status":400,"message":"Từ ngày phải trước đến ngày"}}')).toBe(
      'Từ ngày phải trước đến ngày'
    );
    expect(messageFromErrorBody('<html>')).toBeNull();
    expect(messageFromErrorBody('{"error":{}}')).toBeNull();
  });

  it('shows the server’s message, not the fetch client’s generic one', () => {
    expect(errorMessageOf({ name: 'FetchError', message: 'Loại đơn vị không hợp lệ' }, 'Lỗi')).toBe('Loại đơn vị không hợp lệ');
    expect(errorMessageOf({ response: { data: { error: { message: 'Khoảng thời gian quá 3 năm' } } } }, 'Lỗi')).toBe(
      'Khoảng thời gian quá 3 năm'
    );
    expect(errorMessageOf({ name: 'FetchError', message: 'Server Error' }, 'Lỗi')).toBe('Lỗi');
    expect(errorMessageOf(undefined, 'Lỗi')).toBe('Lỗi');
  });
});
