import fs from 'fs';
import path from 'path';
import { normalisePhone, readPeopleLines, splitFullName, type UnitFacts } from '../people';

const UNITS = new Map<string, UnitFacts>([
  ['SGD-VP', { kind: 'department', active: true }],
  ['SGD-GDPT', { kind: 'department', active: true }],
  ['XA-A', { kind: 'commune-culture', active: true }],
  ['TH-A', { kind: 'school', active: true }],
  ['TH-CU', { kind: 'school', active: false }],
]);
const read = (text: string) => readPeopleLines(text, UNITS);

describe('readPeopleLines', () => {
  it('reads good lines in any column order, with a BOM, semicolons, quotes and loose header names', () => {
    const { total, lines, refused } = read(
      '\uFEFFRole;E-mail;Full Name;unit_code;PHONE;active\n' +
        'author;Lo.Hoa@Example.VN;"Lò  Thị Hoa";xa-a;0912 345 678;\n' +
        'Leader;lan@sogd.vn;Vũ Thị Lan;;;có\n' +
        'editor;mai@sogd.vn;"Trần Thị Mai";SGD-GDPT;912345678;không\n'
    );
    expect(refused).toEqual([]);
    expect(total).toBe(3);
    expect(lines).toEqual([
      { line: 2, email: 'lo.hoa@example.vn', fullName: 'Lò Thị Hoa', phone: '0912345678', unitCode: 'XA-A', role: 'author', active: true },
      { line: 3, email: 'lan@sogd.vn', fullName: 'Vũ Thị Lan', role: 'leader', active: true },
      { line: 4, email: 'mai@sogd.vn', fullName: 'Trần Thị Mai', phone: '0912345678', unitCode: 'SGD-GDPT', role: 'editor', active: false },
    ]);
  });

  it('gives a name typed in NFD the same NFC form', () => {
    const nfd = 'Nguyễn Văn Nam'.normalize('NFD');
    const { lines } = read(`email,fullName,unitCode,role\nnam@a.vn,${nfd},TH-A,author\n`);
    expect(lines[0].fullName).toBe('Nguyễn Văn Nam'.normalize('NFC'));
  });

  it('refuses each bad line with its line number and all its reasons, and keeps the good ones', () => {
    const { lines, refused } = read(
      [
        'email,fullName,phone,unitCode,role,active',
        'ok@a.vn,Lò Thị Hoa,,XA-A,author,', // 2: good
        'not-an-email,,12,XA-Z,autor,maybe', // 3: everything wrong
        'ed@a.vn,Trần Mai,,XA-A,editor,', // 4: an editor of a commune
        'uh@a.vn,Phạm Long,,SGD-VP,unit-head,', // 5: a unit head of a department
        'old@a.vn,Đỗ Cũ,,TH-CU,author,', // 6: an inactive unit
        'old@a.vn,Đỗ Cũ,,TH-CU,unit-head,false', // 7: ending a membership of an inactive unit is fine
        'ok@a.vn,Lò Thị Hoa,,XA-A,author,false', // 8: the same membership twice
        'ok@a.vn,Lò Thị Hồng,,TH-A,author,', // 9: another name for the same e-mail
        'ok@a.vn,Lò Thị Hoa,0912345678,TH-A,unit-head,', // 10: a second role of the same person: fine
        'ok@a.vn,Lò Thị Hoa,0987654321,SGD-VP,publisher,', // 11: another phone
        'x@a.vn,Lãnh Đạo,,TH-A,leader,', // 12: a leader of a school
        'y@a.vn,Thiếu Đơn Vị,,,author,', // 13: no unit
      ].join('\n')
    );
    expect(lines.map((line) => line.line)).toEqual([2, 7, 10]);
    const reasons = (line: number) => refused.find((r) => r.line === line)?.reasons ?? [];
    expect(refused.map((r) => r.line)).toEqual([3, 4, 5, 6, 8, 9, 11, 12, 13]);
    expect(reasons(3)).toEqual([
      'e-mail "not-an-email" không hợp lệ',
      'thiếu họ và tên (fullName)',
      expect.stringMatching(/^số điện thoại "12" không hợp lệ/),
      expect.stringMatching(/^vai trò "autor" không hợp lệ: dùng một trong author, editor, head, publisher, unit-head, leader/),
      'cột active "maybe" phải là true hoặc false',
      'không có đơn vị XA-Z',
    ]);
    expect(refused.find((r) => r.line === 3)?.email).toBe('not-an-email');
    expect(reasons(4)).toEqual([expect.stringMatching(/Biên tập viên thuộc một phòng chuyên môn của Sở; XA-A không phải phòng chuyên môn/)]);
    expect(reasons(5)).toEqual([expect.stringMatching(/Thủ trưởng đơn vị thuộc một đơn vị cơ sở; SGD-VP là phòng chuyên môn/)]);
    expect(reasons(6)).toEqual(['đơn vị TH-CU đã ngừng hoạt động: không thể thêm thành viên']);
    expect(reasons(8)).toEqual(['trùng với dòng 2 (cùng e-mail, vai trò và đơn vị)']);
    expect(reasons(9)).toEqual(['e-mail ok@a.vn đã có ở dòng 2 với họ tên khác ("Lò Thị Hoa")']);
    expect(reasons(11)).toEqual(['e-mail ok@a.vn đã có ở dòng 10 với số điện thoại khác (0912345678)']);
    expect(reasons(12)).toEqual([expect.stringMatching(/Lãnh đạo Sở không thuộc đơn vị TH-A/)]);
    expect(reasons(13)).toEqual(['thiếu mã đơn vị (unitCode)']);
  });

  it('counts a leader once, with or without the Sở’s unit', () => {
    const { refused } = read('email,fullName,unitCode,role\nlan@a.vn,Vũ Thị Lan,,leader\nlan@a.vn,Vũ Thị Lan,SGD-VP,leader\n');
    expect(refused).toEqual([{ line: 3, email: 'lan@a.vn', reasons: ['trùng với dòng 2 (cùng e-mail, vai trò)'] }]);
  });

  it('refuses a file without the required columns, an empty file and an unclosed quote', () => {
    expect(read('email,name,unit,role\na@a.vn,A,TH-A,author\n')).toEqual({
      total: 1,
      lines: [],
      refused: [{ line: 1, email: null, reasons: [expect.stringMatching(/thiếu cột bắt buộc: fullName, unitCode/)] }],
    });
    expect(read('').refused[0].reasons[0]).toMatch(/tệp trống/);
    expect(read('email,fullName,unitCode,role\na@a.vn,"Lò Thị,TH-A,author\n').refused[0]).toMatchObject({ line: 2, reasons: [expect.stringMatching(/không được đóng/)] });
  });

  it('reads the README’s example file (tests/fixtures/people-example.csv) against the demo’s units without a refusal', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'people-example.csv'), 'utf8');
    const demo = new Map<string, UnitFacts>(
      [['XA-MUONGPHANG', 'commune-culture'], ['THPT-CHUYEN-LQD', 'affiliated'], ['SGD-GDPT', 'department'], ['SGD-QLCL', 'department']].map(([code, kind]) => [code, { kind, active: true }])
    );
    const { total, lines, refused } = readPeopleLines(text, demo);
    expect(refused).toEqual([]);
    expect(lines).toHaveLength(total);
    expect(lines.map((line) => line.role)).toEqual(['author', 'unit-head', 'author', 'editor', 'head', 'publisher', 'leader', 'author']);
    expect(lines[lines.length - 1].active).toBe(false);
  });

  it('skips blank lines and keeps the line numbers of the file, quoted line breaks included', () => {
    const { lines } = read('email,fullName,unitCode,role\n\na@a.vn,"Lò\nThị Hoa",TH-A,author\nb@a.vn,B B,TH-A,author\n');
    expect(lines.map((line) => [line.line, line.fullName])).toEqual([
      [3, 'Lò Thị Hoa'],
      [5, 'B B'],
    ]);
  });
});

describe('splitFullName', () => {
  it('keeps family and middle names in firstname and the given name in lastname, so "firstname lastname" reads right', () => {
    expect(splitFullName('Nguyễn Văn Nam')).toEqual({ firstname: 'Nguyễn Văn', lastname: 'Nam' });
    expect(splitFullName('Lầu A Páo')).toEqual({ firstname: 'Lầu A', lastname: 'Páo' });
    expect(splitFullName('Hoa')).toEqual({ firstname: 'Hoa', lastname: null });
  });
});

describe('normalisePhone', () => {
  it('drops separators, keeps a leading +, and gives back the 0 Excel takes off', () => {
    expect(normalisePhone('0912.345.678')).toBe('0912345678');
    expect(normalisePhone('(0215) 3825 123')).toBe('02153825123');
    expect(normalisePhone('+84 912 345 678')).toBe('+84912345678');
    expect(normalisePhone('912345678')).toBe('0912345678');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('09123abc45')).toBeNull();
  });
});
