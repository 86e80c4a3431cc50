/**
 * The file name a download is saved under, from its Content-Disposition header: the UTF-8 form
 * (`filename*=UTF-8''th%E1%BB%91ng-k%C3%AA.xlsx`, RFC 6266) wins over the plain one.
 */
export function filenameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return sanitize(decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''))) || fallback;
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;]+)/.exec(header);
  if (plain) return sanitize(plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1].trim()) || fallback;
  return fallback;
}

/** A name, never a path. */
const sanitize = (name: string) => name.replace(/[/\\]/g, '_').trim();

/** The message of an error body `{ error: { message } }` (the text of a 4xx), if it has one. */
export function messageFromErrorBody(body: string): string | null {
  try {
    const message = JSON.parse(body)?.error?.message;
    return typeof message === 'string' && message !== '' ? message : null;
  } catch {
    return null;
  }
}

/** What to show for a failed request: the server's message when it sent one, else the fallback. */
export function errorMessageOf(error: unknown, fallback: string): string {
  const candidate = error as { name?: string; message?: unknown; response?: { data?: { error?: { message?: unknown } } } };
  const fromBody = candidate?.response?.data?.error?.message;
  if (typeof fromBody === 'string' && fromBody !== '') return fromBody;
  // The admin fetch client's FetchError carries the server's message; its generic ones say nothing useful.
  const generic = ['Server Error', 'Unknown Server Error', 'Failed to fetch'];
  if (typeof candidate?.message === 'string' && candidate.message !== '' && !generic.includes(candidate.message)) {
    return candidate.message;
  }
  return fallback;
}
