import http from 'http';
import type { AddressInfo } from 'net';
import { verifyWebhookSignature } from '../../src/plugins/editorial-workflow/server/src/channels/adapters/webhook-signature';

/** One request the receiver got, whatever it answered. */
export interface WebhookCall {
  at: number;
  deliveryId: number;
  action: string;
  attempt: number;
  itemDocumentId: string;
  item: { title?: string; url?: string; correctionNote?: string | null; text?: string } | null;
  /** Whether X-Signature verified against the secret. */
  signed: boolean;
  /** What it answered: a status, or 'hang' (no answer, the caller timed out). */
  answer: number | 'hang';
  headers: Record<string, string | undefined>;
  body: string;
}

/** What the next requests get: a status, or no answer at all ('hang'). Each entry is used once, in order. */
export type WebhookAnswer = number | 'hang';

/**
 * A local HTTP receiver of the channels' webhook (tests and bench/channels): records every call,
 * verifies its signature with `secret`, and answers 200 unless told otherwise: `failNext(500, 500)`
 * makes the next two calls 500s, `'hang'` keeps the request open until the caller gives up (a
 * timeout after receiving), `failAll(...)` makes every call fail the same way, `failRate` fails a
 * share of calls at random. `delayMs` makes each answer wait. `hold()` keeps every request open
 * until `release()` (a relay killed mid-delivery).
 */
export function fakeWebhook(secret: string) {
  const calls: WebhookCall[] = [];
  const queue: WebhookAnswer[] = [];
  let always: WebhookAnswer | null = null;
  let failRate = 0;
  let delayMs = 0;
  let holding = false;
  const held: Array<() => void> = [];
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = { timestamp: req.headers['x-timestamp'] as string | undefined, signature: req.headers['x-signature'] as string | undefined };
      let parsed: Partial<WebhookCall> = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = {};
      }
      const answer: WebhookAnswer = queue.length > 0 ? (queue.shift() as WebhookAnswer) : always ?? (failRate > 0 && Math.random() < failRate ? 500 : 200);
      calls.push({
        at: Date.now(),
        deliveryId: Number(parsed.deliveryId),
        action: String(parsed.action),
        attempt: Number(parsed.attempt),
        itemDocumentId: String(parsed.itemDocumentId),
        item: (parsed.item as WebhookCall['item']) ?? null,
        signed: verifyWebhookSignature(secret, headers, body),
        answer,
        headers: { 'x-timestamp': headers.timestamp, 'x-signature': headers.signature, 'content-type': req.headers['content-type'] },
        body,
      });
      const respond = () => {
        if (answer === 'hang') {
          hanging.add(res);
          return;
        }
        res.writeHead(answer, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(answer < 300 ? { remoteId: `hook-${parsed.deliveryId}` } : { error: 'failed on demand' }));
      };
      const go = () => (delayMs > 0 ? setTimeout(respond, delayMs) : respond());
      if (holding) held.push(go);
      else go();
    });
  });

  return {
    calls,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    },
    failNext(...answers: WebhookAnswer[]) {
      queue.push(...answers);
    },
    failAll(answer: WebhookAnswer | null) {
      always = answer;
    },
    setFailRate(rate: number) {
      failRate = rate;
    },
    setDelay(ms: number) {
      delayMs = ms;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const go of held.splice(0)) go();
    },
    reset() {
      calls.length = 0;
      queue.length = 0;
      always = null;
      failRate = 0;
      delayMs = 0;
    },
    /** Distinct delivery ids answered 2xx: what a receiver deduping by deliveryId keeps. */
    accepted(): Set<number> {
      return new Set(calls.filter((call) => typeof call.answer === 'number' && call.answer < 300).map((call) => call.deliveryId));
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeWebhook = ReturnType<typeof fakeWebhook>;
