import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReportDocument, ReportTable } from './document';

/**
 * The same report as HTML, for the PDF (pdf.ts prints it in headless Chromium). The font is Tinos
 * (@fontsource/tinos, an npm dependency): metric-compatible with Times New Roman, the Word
 * document's font, and with full Vietnamese coverage. Its Vietnamese, Latin and Latin Extended
 * subsets are inlined as data URLs, so the PDF embeds the same font on any machine, whatever fonts
 * the system has, and Chromium needs no file access.
 */

const SUBSETS = ['latin', 'latin-ext', 'vietnamese'];
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'italic' },
];

let fontCss: string | null = null;

/** The @font-face rules of Tinos, read once: each face's unicode-range from the package's CSS, its file inlined. */
export function tinosFontFaces(): string {
  if (fontCss !== null) return fontCss;
  try {
    const root = dirname(require.resolve('@fontsource/tinos/package.json'));
    const rules: string[] = [];
    for (const { weight, style } of FACES) {
      const css = readFileSync(join(root, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
      for (const subset of SUBSETS) {
        const block = css.split('@font-face').find((part) => part.includes(`tinos-${subset}-${weight}-${style}.woff2`));
        const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        const data = readFileSync(join(root, 'files', `tinos-${subset}-${weight}-${style}.woff2`)).toString('base64');
        rules.push(
          `@font-face{font-family:'Tinos';font-style:${style};font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');${range ? `unicode-range:${range};` : ''}}`
        );
      }
    }
    fontCss = rules.join('\n');
  } catch {
    // Without the package (a broken install) the system's serif fonts print it: still Vietnamese where they cover it.
    fontCss = '';
  }
  return fontCss;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function tableHtml(table: ReportTable): string {
  const total = table.widths.reduce((sum, w) => sum + w, 0);
  const cols = table.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
  const head = `<tr>${table.headers.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map((row, r) => {
      const cls = table.totalRow && r === table.rows.length - 1 ? ' class="total"' : '';
      return `<tr${cls}>${row.map((text, i) => `<td class="${table.numeric.includes(i) ? 'num' : i === 0 ? 'first' : ''}">${escape(text)}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table class="data"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Tinos', 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 14pt; line-height: 1.3; margin: 0; color: #000; }
p { margin: 0 0 4pt; text-align: justify; }
p.indent { text-indent: 10mm; }
.head { display: flex; justify-content: space-between; }
.head > div { text-align: center; font-size: 13pt; }
.head .left { width: 40%; } .head .right { width: 60%; }
.head p { text-align: center; margin: 0; }
.rule { border-bottom: 1px solid #000; margin: 2pt auto 6pt; }
.date { font-style: italic; font-size: 14pt; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
h2.subtitle { font-size: 14pt; text-align: center; margin: 0; }
h3 { font-size: 14pt; margin: 8pt 0 4pt; }
h4 { font-size: 14pt; font-style: italic; margin: 4pt 0; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2pt 0 8pt; font-size: 12pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; word-wrap: break-word; }
table.data th { text-align: center; font-weight: bold; }
table.data thead { display: table-header-group; }
table.data tr { page-break-inside: avoid; }
td.num { text-align: right; } td.first { text-align: center; }
tr.total td { font-weight: bold; }
.sign { display: flex; justify-content: space-between; margin-top: 12pt; page-break-inside: avoid; }
.sign .left { width: 50%; font-size: 11pt; } .sign .right { width: 50%; text-align: center; font-weight: bold; }
.sign .left p { text-align: left; margin: 0; }
.sign .left .to { font-size: 12pt; font-weight: bold; font-style: italic; }
.sign .right p { text-align: center; margin: 0; }
.sign .right p.name { margin-top: 60pt; }
`;

export function toHtml(doc: ReportDocument): string {
  const sections = doc.sections
    .map((section) => {
      const blocks = section.blocks
        .map((block) => ('paragraph' in block ? `<p class="indent">${escape(block.paragraph)}</p>` : 'subheading' in block ? `<h4>${escape(block.subheading)}</h4>` : tableHtml(block.table)))
        .join('\n');
      return `<h3>${escape(section.heading)}</h3>\n${blocks}`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(`${doc.title} ${doc.subtitle}`)}</title>
<style>${tinosFontFaces()}${STYLE}</style></head>
<body>
<div class="head">
  <div class="left"><p>${escape(doc.agencyParent)}</p><p><b>${escape(doc.agencyName)}</b></p><div class="rule" style="width:35%"></div><p style="white-space:pre">${escape(doc.number)}</p></div>
  <div class="right"><p><b>${escape(doc.motto[0])}</b></p><p style="font-size:14pt"><b>${escape(doc.motto[1])}</b></p><div class="rule" style="width:60%"></div><p class="date">${escape(doc.dateLine)}</p></div>
</div>
<h1>${escape(doc.title)}</h1>
<h2 class="subtitle">${escape(doc.subtitle)}</h2>
<div class="rule" style="width:25%"></div>
<p class="indent">${escape(doc.intro)}</p>
${sections}
<div class="sign">
  <div class="left"><p class="to">Nơi nhận:</p>${doc.recipients.map((r) => `<p>- ${escape(r)}</p>`).join('')}</div>
  <div class="right"><p>${escape(doc.signer.authority)}</p><p>${escape(doc.signer.title)}</p><p class="name">${escape(doc.signer.name)}</p></div>
</div>
</body></html>`;
}
