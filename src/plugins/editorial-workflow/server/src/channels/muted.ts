import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One store per process, whichever copy of this module asks: the tests load the seed from the
 * sources (ts-jest) while the app runs the compiled plugin (dist/), two module instances that must
 * share the switch.
 */
const KEY = Symbol.for('sgddt-newsroom.channels.deliveries-muted');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<true> | undefined>;
const muted: AsyncLocalStorage<true> = (holder[KEY] ??= new AsyncLocalStorage<true>());

/**
 * Runs `fn` writing no outbox rows. The demo seed publishes items as past history: where they went
 * is part of that history, written by its own records (src/seed/demo-item-channels.ts,
 * demo-channels.ts). Rows written live would be delivered while the seed runs, racing those records
 * (a first start's channels page and side panel would differ from one start to the next).
 */
export function withoutDeliveries<T>(fn: () => Promise<T>): Promise<T> {
  return muted.run(true, fn);
}

/** Whether the current call runs inside `withoutDeliveries`. */
export const deliveriesMuted = (): boolean => muted.getStore() === true;
