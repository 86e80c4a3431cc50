import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { ReportDocument, ReportTable } from './document';

/**
 * The Word layout (docx, a maintained library): A4 with the decree's margins (top and bottom 20 mm,
 * left 30 mm, right 15 mm), Times New Roman, the font of Vietnamese administrative documents, which
 * covers Vietnamese fully; 14 pt body, 12 pt tables, 12 and 11 pt for "Nơi nhận".
 */

export const REPORT_FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre
const WIDTH = Math.round((210 - 30 - 15) * MM);
const pt = (size: number) => size * 2; // docx sizes are half-points

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const run = (text: string, style: RunStyle = {}) => new TextRun({ text, bold: style.bold, italics: style.italics, size: pt(style.size ?? 14), font: REPORT_FONT });

function line(text: string, style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: style.after ?? 0, before: style.before ?? 0 },
    indent: style.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    children: [run(text, style)],
  });
}

/** A short rule under a heading line: a paragraph with a bottom border, centred by its indents. */
function rule(widthMm: number, columnMm: number): Paragraph {
  const side = Math.round(((columnMm - widthMm) / 2) * MM);
  return new Paragraph({ border: { bottom: LINE }, indent: { left: side, right: side }, spacing: { after: 120 }, children: [] });
}

/** Two side-by-side columns without borders: the header and the signature block. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(WIDTH * leftShare);
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: leftWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: WIDTH - leftWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

function dataTable(table: ReportTable): Table {
  const total = table.widths.reduce((sum, w) => sum + w, 0);
  const widths = table.widths.map((w) => Math.round((w / total) * WIDTH));
  const cell = (text: string, column: number, header: boolean, bold: boolean) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : table.numeric.includes(column) ? AlignmentType.RIGHT : column === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, { bold: header || bold, size: 12 })],
        }),
      ],
    });
  const borders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: table.headers.map((header, i) => cell(header, i, true, true)) }),
      ...table.rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false, Boolean(table.totalRow && r === table.rows.length - 1))) })),
    ],
  });
}

export async function toDocx(doc: ReportDocument): Promise<Buffer> {
  const leftMm = 165 * 0.4;
  const rightMm = 165 * 0.6;
  const header = sideBySide(
    [
      line(doc.agencyParent, { align: AlignmentType.CENTER, size: 13 }),
      line(doc.agencyName, { align: AlignmentType.CENTER, size: 13, bold: true }),
      rule(25, leftMm),
      line(doc.number, { align: AlignmentType.CENTER, size: 13 }),
    ],
    [
      line(doc.motto[0], { align: AlignmentType.CENTER, size: 13, bold: true }),
      line(doc.motto[1], { align: AlignmentType.CENTER, size: 14, bold: true }),
      rule(60, rightMm),
      line(doc.dateLine, { align: AlignmentType.CENTER, size: 14, italics: true }),
    ],
    0.4
  );

  const body: Array<Paragraph | Table> = [
    line(doc.title, { align: AlignmentType.CENTER, bold: true, before: 360 }),
    line(doc.subtitle, { align: AlignmentType.CENTER, bold: true }),
    rule(40, 165),
    line(doc.intro, { indent: true, after: 120 }),
  ];
  for (const section of doc.sections) {
    body.push(line(section.heading, { bold: true, before: 120, after: 60 }));
    for (const block of section.blocks) {
      if ('paragraph' in block) body.push(line(block.paragraph, { indent: true, after: 60 }));
      else if ('subheading' in block) body.push(line(block.subheading, { bold: true, italics: true, before: 60, after: 60 }));
      else {
        body.push(dataTable(block.table));
        body.push(line('', { after: 60 }));
      }
    }
  }

  const signature = sideBySide(
    [
      new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
      ...doc.recipients.map((recipient) => line(`- ${recipient}`, { align: AlignmentType.LEFT, size: 11 })),
    ],
    [
      line(doc.signer.authority, { align: AlignmentType.CENTER, bold: true }),
      line(doc.signer.title, { align: AlignmentType.CENTER, bold: true, after: 1400 }),
      line(doc.signer.name, { align: AlignmentType.CENTER, bold: true }),
    ],
    0.5
  );

  const document = new Document({
    creator: 'Tòa soạn Sở GDĐT',
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: REPORT_FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: [header, ...body, line('', { after: 120 }), signature],
      },
    ],
  });
  return Packer.toBuffer(document);
}
