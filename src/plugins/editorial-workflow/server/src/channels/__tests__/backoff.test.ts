import { backoffMs, relaySettings } from '../settings';
import { blocksToParagraphs } from '../channel-item';
import { verifyWebhookSignature, webhookSignature } from '../adapters/webhook-signature';

describe('the relay backoff', () => {
  const settings = { retryBaseMs: 1000, retryMaxMs: 10_000, maxAttempts: 5, leaseMs: 60_000 };

  it('doubles from the base after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 40].map((attempts) => backoffMs(settings, attempts))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('waits at least what the channel asked (Retry-After), even past the cap', () => {
    expect(backoffMs(settings, 1, 5000)).toBe(5000);
    expect(backoffMs(settings, 4, 500)).toBe(8000);
    expect(backoffMs(settings, 1, 60_000)).toBe(60_000);
  });

  it('reads its numbers from the environment, falling back on nonsense', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { CHANNEL_RETRY_BASE_MS: '50', CHANNEL_RETRY_MAX_MS: '20', CHANNEL_MAX_ATTEMPTS: 'x', CHANNEL_LEASE_MS: '10' });
      expect(relaySettings()).toEqual({ retryBaseMs: 50, retryMaxMs: 50, maxAttempts: 8, leaseMs: 120_000 });
    } finally {
      for (const name of ['CHANNEL_RETRY_BASE_MS', 'CHANNEL_RETRY_MAX_MS', 'CHANNEL_MAX_ATTEMPTS', 'CHANNEL_LEASE_MS']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });
});

describe('the item as a channel reads it', () => {
  it('flattens blocks to paragraphs, a list item per line', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Khai giảng' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Sáng nay, ' }, { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'các trường' }] }, { type: 'text', text: ' khai giảng.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '   ' }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Một' }] }, { type: 'list-item', children: [{ type: 'text', text: 'Hai' }] }] },
    ];
    expect(blocksToParagraphs(blocks)).toBe('Khai giảng\n\nSáng nay, các trường khai giảng.\n\nMột\nHai');
    expect(blocksToParagraphs(null)).toBe('');
  });
});

describe('the webhook signature', () => {
  it('is the hex HMAC-SHA256 of "timestamp.body", verified in constant time within five minutes', () => {
    const now = 1_800_000_000_000;
    const timestamp = String(now / 1000);
    const signature = webhookSignature('s3cret', timestamp, '{"a":1}');
    expect(signature).toBe(require('crypto').createHmac('sha256', 's3cret').update(`${timestamp}.{"a":1}`).digest('hex'));
    expect(verifyWebhookSignature('s3cret', { timestamp, signature }, '{"a":1}', { nowMs: now })).toBe(true);
    expect(verifyWebhookSignature('s3cret', { timestamp, signature }, '{"a":1}', { nowMs: now + 301_000 })).toBe(false);
    expect(verifyWebhookSignature('s3cret', { timestamp, signature: signature.slice(2) }, '{"a":1}', { nowMs: now })).toBe(false);
    expect(verifyWebhookSignature('s3cret', { timestamp: `${timestamp}.5`, signature }, '{"a":1}', { nowMs: now })).toBe(false);
  });
});
