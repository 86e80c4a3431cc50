import type { Core } from '@strapi/strapi';
import { writeDeliveries } from '../writer';
import { deliveriesMuted, withoutDeliveries } from '../muted';

describe('withoutDeliveries: the demo seed writes no outbox rows', () => {
  /** A strapi that fails any use: a writer that touches it has not been muted. */
  const untouchable = new Proxy({}, { get: () => { throw new Error('the writer touched strapi'); } }) as Core.Strapi;
  const publish = { event: 'publish' as const, documentId: 'doc-1', now: new Date() };

  it('writes nothing inside, and says so', async () => {
    await expect(withoutDeliveries(async () => [deliveriesMuted(), await writeDeliveries(untouchable, publish)])).resolves.toEqual([true, []]);
  });

  it('through awaits and nested calls', async () => {
    const nested = () => new Promise<number[]>((resolve) => setTimeout(() => resolve(writeDeliveries(untouchable, publish)), 1));
    await expect(withoutDeliveries(nested)).resolves.toEqual([]);
  });

  it('writes as usual outside', async () => {
    expect(deliveriesMuted()).toBe(false);
    await expect(writeDeliveries(untouchable, publish)).rejects.toThrow('the writer touched strapi');
  });
});
