import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local imitation of the Graph API endpoints the fanpage adapter calls (issue 18): page posts
 * (feed, photos), the page's recent posts, a post's edit and deletion, and /debug_token. Every call
 * is recorded (method, path, query, form body, whether it carried the expected token); posts are
 * kept in memory, so /posts lists what was posted. Failures on demand, for the next calls or at
 * random: a 500, a timeout after receiving (the request is recorded, and done when `processed`, but
 * never answered), error 190, throttles 4 and 613, and usage headers near the limit.
 */
export type FakeFailure = '500' | 'timeout' | 'timeout-unprocessed' | '190' | '4' | '613' | 'usage' | 'usage-error';

export interface FakeCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, string>;
  /** The Authorization header, as sent. */
  authorization: string | null;
  /** What the fake did with it: answered, or the failure it played. */
  outcome: 'ok' | FakeFailure;
  at: number;
}

export interface FakePost {
  id: string;
  message: string;
  link: string | null;
  photoUrl: string | null;
  createdAt: number;
  deleted: boolean;
  edits: number;
}

interface Options {
  pageId?: string;
  version?: string;
}

function graphError(res: http.ServerResponse, status: number, code: number, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { message, type: code === 190 ? 'OAuthException' : 'GraphMethodException', code, fbtrace_id: 'FAKE' } }));
}

export async function startFakeGraph({ pageId = '104857362514', version = 'v21.0' }: Options = {}) {
  const calls: FakeCall[] = [];
  const posts: FakePost[] = [];
  const queued: FakeFailure[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<http.ServerResponse>();
  let random: { rate: number; kinds: FakeFailure[]; random?: () => number } | null = null;
  let counter = 0;
  let expectedToken: string | null = null;
  let tokenInfo: { valid: boolean; expiresAt: Date | null } = { valid: true, expiresAt: null };
  /** Milliseconds before each answer (a slow Facebook). */
  let delayMs = 0;

  const pickFailure = (): FakeFailure | null => {
    if (queued.length > 0) return queued.shift()!;
    if (random) {
      // A seeded source (the reliability suite's) makes a failing run reproducible.
      const draw = random.random ?? Math.random;
      if (draw() < random.rate) return random.kinds[Math.floor(draw() * random.kinds.length)];
    }
    return null;
  };

  const json = (res: http.ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  /** Does the work of a call; returns the answer's body (null: 404). */
  function handle(method: string, parts: string[], query: Record<string, string>, body: Record<string, string>): { status: number; body: unknown } {
    const [first, second] = parts;
    if (method === 'GET' && first === 'debug_token') {
      return {
        status: 200,
        body: {
          data: {
            app_id: '1000',
            type: 'PAGE',
            is_valid: tokenInfo.valid,
            expires_at: tokenInfo.expiresAt ? Math.floor(tokenInfo.expiresAt.getTime() / 1000) : 0,
            ...(tokenInfo.valid ? {} : { error: { code: 190, message: 'Error validating access token: Session has expired.' } }),
          },
        },
      };
    }
    if (first === pageId && second && parts.length === 2) {
      if (method === 'POST' && (second === 'feed' || second === 'photos')) {
        counter += 1;
        const id = `${pageId}_${1000 + counter}`;
        posts.push({
          id,
          message: (second === 'photos' ? body.caption ?? body.message : body.message) ?? '',
          link: second === 'feed' ? body.link ?? null : null,
          photoUrl: second === 'photos' ? body.url ?? null : null,
          createdAt: Date.now(),
          deleted: false,
          edits: 0,
        });
        return { status: 200, body: second === 'photos' ? { id: `${9000 + counter}`, post_id: id } : { id } };
      }
      if (method === 'GET' && second === 'posts') {
        const live = posts.filter((post) => !post.deleted).reverse();
        const limit = Math.min(Number(query.limit) || 25, 100);
        const start = query.after ? Number(Buffer.from(query.after, 'base64url').toString()) : 0;
        const page = live.slice(start, start + limit);
        const next = start + limit < live.length;
        return {
          status: 200,
          body: {
            data: page.map((post) => ({ id: post.id, message: post.message, link: post.link ?? undefined, permalink_url: `https://www.facebook.com/${post.id}` })),
            paging: {
              cursors: { before: Buffer.from(String(start)).toString('base64url'), after: Buffer.from(String(start + limit)).toString('base64url') },
              ...(next ? { next: `http://fake/${version}/${pageId}/posts?after=${Buffer.from(String(start + limit)).toString('base64url')}` } : {}),
            },
          },
        };
      }
    }
    if (parts.length === 1 && first) {
      const post = posts.find((candidate) => candidate.id === first && !candidate.deleted);
      if (!post) return { status: 400, body: { error: { message: `Unsupported request: Object with ID '${first}' does not exist, cannot be loaded due to missing permissions`, type: 'GraphMethodException', code: 100, error_subcode: 33 } } };
      if (method === 'DELETE') {
        post.deleted = true;
        return { status: 200, body: { success: true } };
      }
      if (method === 'POST') {
        if (body.message !== undefined) post.message = body.message;
        post.edits += 1;
        return { status: 200, body: { success: true } };
      }
      if (method === 'GET') return { status: 200, body: { id: post.id, message: post.message } };
    }
    return { status: 404, body: { error: { message: 'Unknown path components', type: 'OAuthException', code: 2500 } } };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = Object.fromEntries(new URLSearchParams(text));
      const query = Object.fromEntries(url.searchParams);
      const parts = url.pathname.split('/').filter(Boolean);
      const call: FakeCall = { method: req.method ?? 'GET', path: url.pathname, query, body, authorization: req.headers.authorization ?? null, outcome: 'ok', at: Date.now() };
      calls.push(call);
      const answer = () => {
        if (parts[0] !== version) return graphError(res, 400, 2635, `Unknown version ${parts[0]}`);
        const rest = parts.slice(1);
        if (expectedToken !== null && call.authorization !== `Bearer ${expectedToken}`) return graphError(res, 400, 190, 'Invalid OAuth access token - Cannot parse access token');
        const failure = pickFailure();
        if (failure) call.outcome = failure;
        switch (failure) {
          case '500':
            return graphError(res, 500, 1, 'An unknown error occurred');
          case '190':
            return graphError(res, 400, 190, 'Error validating access token: Session has expired on Thursday, 03-Dec-26.');
          case '4':
            return graphError(res, 400, 4, 'Application request limit reached', { 'X-App-Usage': JSON.stringify({ call_count: 100, total_cputime: 20, total_time: 30 }) });
          case '613':
            return graphError(res, 400, 613, 'Calls to this api have exceeded the rate limit.');
          case 'usage-error':
            return graphError(res, 500, 2, 'Service temporarily unavailable', {
              'X-Business-Use-Case-Usage': JSON.stringify({ [pageId]: [{ type: 'pages', call_count: 97, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: 0 }] }),
            });
          case 'timeout':
          case 'timeout-unprocessed': {
            // Received (and, for `timeout`, done), never answered: the client's timeout decides.
            if (failure === 'timeout') handle(call.method, rest, query, body);
            hanging.add(res);
            return;
          }
          default: {
            const result = handle(call.method, rest, query, body);
            const headers: Record<string, string> = failure === 'usage' ? { 'X-Page-Usage': JSON.stringify({ call_count: 95, total_cputime: 12, total_time: 40, estimated_time_to_regain_access: 0 }) } : { 'X-App-Usage': JSON.stringify({ call_count: 3, total_cputime: 1, total_time: 2 }) };
            res.writeHead(result.status, { 'Content-Type': 'application/json', ...headers });
            res.end(JSON.stringify(result.body));
          }
        }
      };
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pageId,
    version,
    calls,
    posts,
    /** The posts still on the page. */
    livePosts: () => posts.filter((post) => !post.deleted),
    /** The next calls fail so, in order. */
    failNext: (...failures: FakeFailure[]) => queued.push(...failures),
    /** Each call fails with probability `rate`, with one of `kinds` (drawn from `random`, Math.random by default); null stops it. */
    failAtRandom: (setting: { rate: number; kinds: FakeFailure[]; random?: () => number } | null) => {
      random = setting;
    },
    /** Calls not carrying this token are refused with 190 (null: any token). */
    expectToken: (token: string | null) => {
      expectedToken = token;
    },
    setTokenInfo: (info: { valid: boolean; expiresAt: Date | null }) => {
      tokenInfo = info;
    },
    setDelay: (ms: number) => {
      delayMs = ms;
    },
    reset() {
      calls.length = 0;
      posts.length = 0;
      queued.length = 0;
      random = null;
      delayMs = 0;
    },
    async stop() {
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeGraph = Awaited<ReturnType<typeof startFakeGraph>>;
