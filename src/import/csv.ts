/**
 * A small RFC 4180 CSV reader that keeps the line number each record starts on, so an importer can
 * say "line 17: …". Reads quoted fields (with "" for a quote and line breaks inside), CRLF or LF,
 * a UTF-8 byte-order mark, and guesses the delimiter from the header: `,`, `;` (what Excel writes
 * under a Vietnamese locale) or a tab.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
  }
}

export function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function parseCsv(text: string, delimiter?: string): CsvRecord[] {
  const input = text.replace(/^\uFEFF/, '');
  const sep = delimiter ?? detectDelimiter(input.slice(0, input.search(/\r?\n|$/)));
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0].trim() === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === sep) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError(`dấu ngoặc kép mở ở dòng ${recordLine} không được đóng`, recordLine);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
