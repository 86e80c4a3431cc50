/** Text made safe to put in HTML or XML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Characters XML 1.0 forbids even escaped (control characters from a pasted document). */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/** A link target the website may render: http(s), mailto, tel, or a path on the site. Else undefined. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed) || /^\/(?!\/)/.test(trimmed) || /^#[\w-]*$/.test(trimmed)) return trimmed;
  return undefined;
}
