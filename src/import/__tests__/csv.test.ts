import { CsvSyntaxError, detectDelimiter, parseCsv } from '../csv';

describe('parseCsv', () => {
  it('reads records with the line each starts on, skipping blank lines', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF endings', () => {
    const text = 'code,name\r\nA,"Trường ""Hoa Ban"", xã Thanh An"\r\nB,"dòng một\r\ndòng hai"\r\nC,cuối\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['A', 'Trường "Hoa Ban", xã Thanh An'] },
      { line: 3, fields: ['B', 'dòng một\r\ndòng hai'] },
      { line: 5, fields: ['C', 'cuối'] },
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads a last line without a line break', () => {
    expect(parseCsv('\uFEFFcode;name\nA;Một')).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['A', 'Một'] },
    ]);
  });

  it('guesses the delimiter from the header', () => {
    expect(detectDelimiter('code,name,kind')).toBe(',');
    expect(detectDelimiter('code;name;kind')).toBe(';');
    expect(detectDelimiter('code\tname\tkind')).toBe('\t');
  });

  it('reports an unclosed quote with the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });
});
