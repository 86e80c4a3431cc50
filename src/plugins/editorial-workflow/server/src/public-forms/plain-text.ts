import { FormRefusal } from './refusal';

/**
 * Markup in a public field: an HTML tag, comment, declaration or processing instruction (`<b`,
 * `</`, `<!`, `<?`). A comparison such as "lớp < 30 học sinh" is not one and passes.
 */
const MARKUP = /<[a-zA-Z!/?]/;
/** Control characters other than tab and line breaks: the null byte and its kin. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Public fields are plain text. Markup is refused (400) rather than stored and escaped: the text
 * goes on to the department's screens, e-mails, Word summaries and the public summary, and a
 * refusal leaves nothing for any of them to get wrong. Null bytes and other control characters
 * (PostgreSQL refuses `\u0000` in text anyway) are refused too. Checks every string of the body.
 */
export function assertPlainText(body: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(body)) {
    if (typeof value !== 'string') continue;
    if (CONTROL.test(value)) throw new FormRefusal(400, `Trường "${field}" có ký tự điều khiển không hợp lệ.`);
    if (MARKUP.test(value)) throw new FormRefusal(400, `Trường "${field}" không được chứa thẻ HTML hay mã lệnh: chỉ gửi văn bản thường.`);
  }
}
