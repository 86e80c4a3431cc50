import { toCsv, type Sheet } from '../export';

describe('CSV export', () => {
  const sheet: Sheet = {
    name: 'Thử',
    fileName: 'thu',
    headers: ['Đơn vị', 'Mã', 'Số'],
    rows: [
      ['Xã "B", Điện Biên', 'XA-B', 3],
      ['Dòng\nmới', '=HYPERLINK("x")', null],
      ['-1 đơn vị', 'X', 0],
    ],
  };

  it('is UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const bytes = toCsv(sheet);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')).toEqual(['Đơn vị,Mã,Số', '"Xã ""B"", Điện Biên",XA-B,3', '"Dòng\nmới","\'=HYPERLINK(""x"")",', "'-1 đơn vị,X,0", '']);
  });
});
