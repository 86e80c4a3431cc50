import JSZip from 'jszip';
import { detectSignature, SIGNATURE_BYTES } from '../file-signature';

const format = (buffer: Buffer) => {
  const signature = detectSignature(buffer.subarray(0, SIGNATURE_BYTES));
  return 'accepted' in signature ? signature.accepted.format : `refused:${signature.refused}`;
};

/** A ZIP as office suites write them: the entries in order, the first one stored when asked. */
async function zipOf(entries: Array<[name: string, content: string]>, storeFirst = false): Promise<Buffer> {
  const zip = new JSZip();
  entries.forEach(([name, content], index) => zip.file(name, content, index === 0 && storeFirst ? { compression: 'STORE' } : { compression: 'DEFLATE' }));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const DOCX: Array<[string, string]> = [
  ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
  ['_rels/.rels', '<?xml version="1.0"?><Relationships/>'],
  ['word/document.xml', '<?xml version="1.0"?><w:document/>'],
];

describe('file signatures: text documents in a ZIP (DOCX, ODT) for the units’ plans', () => {
  it('accepts a Word document by its content types and its word/ part', async () => {
    expect(format(await zipOf(DOCX))).toBe('docx');
  });

  it('accepts an Excel workbook by its content types and its xl/ part (an item’s documents, issue 20)', async () => {
    const XLSX: Array<[string, string]> = [DOCX[0], DOCX[1], ['xl/workbook.xml', '<?xml version="1.0"?><workbook/>']];
    expect(format(await zipOf(XLSX))).toBe('xlsx');
    expect(format(await zipOf([...XLSX, ['xl/vbaProject.bin', 'macro']]))).toBe('refused:unknown');
  });

  it('accepts an OpenDocument text by its stored mimetype entry', async () => {
    expect(format(await zipOf([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']], true))).toBe('odt');
  });

  it.each([
    ['a plain archive', async () => zipOf([['readme.txt', 'hello'], ['run.sh', '#!/bin/sh']])],
    ['a macro-enabled Word file', async () => zipOf([...DOCX, ['word/vbaProject.bin', 'macro']])],
    ['an OpenDocument spreadsheet', async () => zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']], true)],
    ['an ODT type that is compressed, not stored', async () => zipOf([['mimetype', 'application/vnd.oasis.opendocument.text']])],
    ['an ODT template', async () => zipOf([['mimetype', 'application/vnd.oasis.opendocument.text-template']], true)],
    ['a truncated header', async () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14])],
  ])('refuses %s', async (_what, make) => expect(format(await make())).toBe('refused:unknown'));
});
