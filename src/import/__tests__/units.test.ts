import { readUnitRows } from '../units';

describe('readUnitRows', () => {
  it('reads good rows, in any column order, normalising codes and kinds', () => {
    const { rows, errors } = readUnitRows(
      'kind,code,name,defaultDepartment,contactEmail,active\n' +
        'school,th-himlam,Trường Tiểu học Him Lam,sgd-gdpt,TH.HimLam@Example.vn,\n' +
        'COMMUNE-CULTURE,XA-THANHAN,Phòng Văn hoá - Xã hội xã Thanh An,SGD-VP,,không\n'
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, code: 'TH-HIMLAM', name: 'Trường Tiểu học Him Lam', kind: 'school', defaultDepartment: 'SGD-GDPT', contactEmail: 'th.himlam@example.vn', active: true },
      { line: 3, code: 'XA-THANHAN', name: 'Phòng Văn hoá - Xã hội xã Thanh An', kind: 'commune-culture', defaultDepartment: 'SGD-VP', contactEmail: undefined, active: false },
    ]);
  });

  it('reports each bad row with its line number and every reason, and keeps the good ones', () => {
    const { rows, errors } = readUnitRows(
      'code,name,kind,contactEmail\n' +
        'A1,Đơn vị một,school,\n' +
        ',Không mã,school,\n' +
        'A2,,village,not-an-email\n' +
        'A1,Trùng mã,school,\n' +
        'MÃ SAI,Mã có dấu,school,\n'
    );
    expect(rows.map((r) => r.code)).toEqual(['A1']);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[0].message).toMatch(/thiếu mã/);
    expect(errors[1].message).toMatch(/thiếu tên/);
    expect(errors[1].message).toMatch(/"village" không hợp lệ/);
    expect(errors[1].message).toMatch(/e-mail "not-an-email"/);
    expect(errors[2].message).toMatch(/trùng với dòng 2/);
    expect(errors[3].message).toMatch(/không hợp lệ/);
  });

  it('refuses a file without the required columns', () => {
    const { rows, errors } = readUnitRows('ma,ten\nA,B\n');
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: expect.stringMatching(/thiếu cột bắt buộc: code, name, kind/) }]);
    expect(readUnitRows('').errors[0].message).toMatch(/tệp trống/);
  });
});
