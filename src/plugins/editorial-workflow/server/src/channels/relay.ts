import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { DeliveryAction, DeliveryChannel, DeliveryStatus } from '../../../shared/contracts/channels';
import { CHANNEL_DELIVERY, ITEM_CHANNEL } from '../../../shared/uids';
import { countedJob } from '../metrics';
import { DeliveryFailure, type DeliveryJob, type DeliveryReceipt } from './adapter';
import { channelItemOf } from './channel-item';
import { adapterOf } from './registry';
import { backoffMs, relaySettings } from './settings';

/** A row of the outbox as the relay reads it. */
export interface DeliveryRow {
  id: number;
  itemDocumentId: string;
  channel: DeliveryChannel;
  action: DeliveryAction;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | string | null;
  actorId: number | null;
  correctionId: number | null;
}

/** Rows one claim takes at most; the relay claims again until none is due. */
const CLAIM_BATCH = 20;
/** Due rows looked at per claim: enough to find heads behind rows waiting for an earlier one. */
const LOOK_AHEAD = 200;
/** Channel calls under way at once per process (rows of different items or channels). */
const CONCURRENCY = 5;
/** A retry sooner than this is kicked by a timer; a later one waits for the cron. */
const TIMER_HORIZON_MS = 10 * 60_000;

const GENERIC_ERROR = 'Lỗi không xác định khi gửi tới kênh; hệ thống sẽ thử lại.';
const GONE = 'Tin bài không còn đăng trên trang thông tin khi đến lượt gửi: bỏ qua.';
const exhausted = (attempts: number, message: string) => `Đã thử ${attempts} lần không thành công. Lỗi lần cuối: ${message}`;

const keyOf = (row: { itemDocumentId: string; channel: string }) => `${row.itemDocumentId}:${row.channel}`;

/**
 * The relay of the channels' outbox (issue 18 item 2). Every process runs it: kicked after the
 * commit that wrote rows, and by a cron every minute for what a kick missed (a crash, a retry's
 * time). Each row is taken under a lease: on PostgreSQL the due rows are locked with
 * `FOR UPDATE SKIP LOCKED` in a short transaction that also sets the lease (`nextAttemptAt` = now +
 * lease, attempts + 1) and commits before the channel is called; on SQLite the compare-and-set of
 * that update is the claim. A process killed while calling the channel leaves the row leased: once
 * the lease runs out another takes it, with the next attempt number (the adapter checks the remote,
 * or the receiver dedupes by the delivery id, before acting twice).
 *
 * Rows of one item on one channel go in order: only the oldest pending row of an (item, channel)
 * is taken, so a retraction never overtakes its publication.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(CHANNEL_DELIVERY);
  const tableName = () => strapi.db.metadata.get(CHANNEL_DELIVERY).tableName;
  const onPostgres = () => strapi.db.dialect.client === 'postgres';

  const inFlight = new Set<Promise<unknown>>();
  const timers = new Set<NodeJS.Timeout>();
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  /** Takes up to `limit` due rows, each the oldest pending of its item and channel, under a lease. */
  async function claim(limit: number): Promise<DeliveryRow[]> {
    const settings = relaySettings();
    return strapi.db.transaction(async ({ trx }) => {
      const now = new Date();
      const dueWhere = { status: 'pending', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] };
      const due: DeliveryRow[] = await rows().findMany({ where: dueWhere, orderBy: [{ id: 'asc' }], limit: LOOK_AHEAD });
      if (due.length === 0) return [];
      // The head of each (item, channel): its oldest pending row, due or leased or backing off.
      const waiting: Array<{ id: number; itemDocumentId: string; channel: string }> = await rows().findMany({
        where: { status: 'pending', itemDocumentId: { $in: [...new Set(due.map((row) => row.itemDocumentId))] } },
        select: ['id', 'itemDocumentId', 'channel'],
      });
      const heads = new Map<string, number>();
      for (const row of waiting) if ((heads.get(keyOf(row)) ?? Infinity) > row.id) heads.set(keyOf(row), row.id);
      let candidates = due.filter((row) => heads.get(keyOf(row)) === row.id).slice(0, limit);
      if (candidates.length === 0) return [];
      if (onPostgres()) {
        // Rows another process holds are skipped, not waited for; the update below re-reads the rest.
        const locked: Array<{ id: number }> = await (trx as unknown as Knex)(tableName())
          .select('id')
          .whereIn('id', candidates.map((row) => row.id))
          .forUpdate()
          .skipLocked();
        const ids = new Set(locked.map((row) => Number(row.id)));
        candidates = candidates.filter((row) => ids.has(row.id));
      }
      const claimed: DeliveryRow[] = [];
      const leaseUntil = new Date(now.getTime() + settings.leaseMs);
      for (const row of candidates) {
        const { count } = await rows().updateMany({
          where: { id: row.id, attempts: row.attempts, ...dueWhere },
          data: { attempts: row.attempts + 1, nextAttemptAt: leaseUntil },
        });
        if (count === 1) claimed.push({ ...row, attempts: row.attempts + 1 });
      }
      return claimed;
    });
  }

  /** What the last confirmed delivery of this item on this channel left (for retract and correct). */
  async function previousOf(row: DeliveryRow): Promise<DeliveryReceipt | null> {
    const record = await strapi.db.query(ITEM_CHANNEL).findOne({ where: { itemChannelKey: keyOf(row) }, select: ['remoteId', 'remoteUrl'] });
    return record ? { remoteId: record.remoteId ?? null, remoteUrl: record.remoteUrl ?? null } : null;
  }

  async function deliverOne(row: DeliveryRow): Promise<void> {
    const adapter = adapterOf(row.channel);
    try {
      const item = row.action === 'retract' ? null : await channelItemOf(strapi, row.itemDocumentId, row.correctionId);
      if (row.action !== 'retract' && !item) {
        // Taken offline before its turn: the retraction that follows says so to the channel.
        await rows().updateMany({ where: { id: row.id, status: 'pending' }, data: { status: 'cancelled', lastError: GONE, nextAttemptAt: null } });
        return;
      }
      const previous = await previousOf(row);
      const job: DeliveryJob = { strapi, deliveryId: row.id, action: row.action, attempt: row.attempts, item, itemDocumentId: row.itemDocumentId, previous, actorId: row.actorId ?? null };
      const call = row.action === 'publish' ? adapter.deliver : row.action === 'retract' ? adapter.retract : adapter.correct;
      const receipt = (await call.call(adapter, job)) ?? {};
      await markDone(row, receipt, previous);
    } catch (error) {
      await markFailed(row, error);
    }
  }

  /**
   * Done once the channel confirmed, with where the item is there now (ew_item_channels), in one
   * transaction. The row is updated first: of two processes finishing the same row (a lease that ran
   * out), the second waits for the first's lock and then finds it done. A row cancelled while the
   * call was under way is done all the same: the channel did it.
   */
  async function markDone(row: DeliveryRow, receipt: DeliveryReceipt, previous: DeliveryReceipt | null): Promise<void> {
    await strapi.db.transaction(async () => {
      const now = new Date();
      const remoteId = receipt.remoteId ?? previous?.remoteId ?? null;
      const remoteUrl = receipt.remoteUrl ?? previous?.remoteUrl ?? null;
      const { count } = await rows().updateMany({
        where: { id: row.id, status: { $in: ['pending', 'cancelled'] } },
        data: { status: 'done', doneAt: now, nextAttemptAt: null, lastError: null, remoteId, remoteUrl },
      });
      if (count !== 1) return;
      const key = keyOf(row);
      const data = { itemDocumentId: row.itemDocumentId, channel: row.channel, itemChannelKey: key, lastAction: row.action, remoteId, remoteUrl, deliveredAt: now, actorId: row.actorId ?? null };
      const record = await strapi.db.query(ITEM_CHANNEL).findOne({ where: { itemChannelKey: key }, select: ['id'] });
      if (record) await strapi.db.query(ITEM_CHANNEL).update({ where: { id: record.id }, data });
      else await strapi.db.query(ITEM_CHANNEL).create({ data });
    });
  }

  /**
   * A failed attempt: `retry`, `rate-limited` and `ambiguous` come back after the backoff (the
   * adapter, given the attempt number, checks the remote before sending again), `fatal` and the last
   * attempt make the row dead. Only the adapter's own message (Vietnamese, no secret) is stored and
   * logged; an error of any other kind is logged by its name and a short message.
   */
  async function markFailed(row: DeliveryRow, error: unknown): Promise<void> {
    const settings = relaySettings();
    const failure = error instanceof DeliveryFailure ? error : null;
    if (!failure) strapi.log.error(`[editorial-workflow] channel ${row.channel}, delivery ${row.id}: ${(error as Error)?.name ?? 'Error'}: ${String((error as Error)?.message ?? error).slice(0, 200)}`);
    const message = failure?.message || GENERIC_ERROR;
    const dead = failure?.kind === 'fatal' || row.attempts >= settings.maxAttempts;
    const delay = dead ? 0 : backoffMs(settings, row.attempts, failure?.retryAfterMs);
    strapi.log.warn(
      `[editorial-workflow] channel ${row.channel}, delivery ${row.id} (${row.action}), attempt ${row.attempts} failed (${failure?.kind ?? 'error'})` +
        (dead ? '; dead' : `; retrying in ${delay} ms`) +
        (failure ? `: ${failure.message}` : '')
    );
    const { count } = await rows().updateMany({
      where: { id: row.id, status: 'pending', attempts: row.attempts },
      data: dead
        ? { status: 'dead', nextAttemptAt: null, lastError: (failure?.kind === 'fatal' ? message : exhausted(row.attempts, message)).slice(0, 2000) }
        : { nextAttemptAt: new Date(Date.now() + delay), lastError: message.slice(0, 2000) },
    });
    if (count === 1 && !dead && delay <= TIMER_HORIZON_MS) kickAfter(delay);
  }

  function kickAfter(delay: number): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      relay.deliverLater();
    }, delay + 5);
    timer.unref();
    timers.add(timer);
  }

  /**
   * One pass: CONCURRENCY lanes deliver rows from a queue that one of them refills with a claim
   * whenever it runs dry, so a slow call holds up its lane only. Ends once a claim finds nothing.
   */
  async function pass(): Promise<number> {
    const queue: DeliveryRow[] = [];
    let refill: Promise<void> | null = null;
    let dry = false;
    let taken = 0;
    const next = async (): Promise<DeliveryRow | undefined> => {
      while (!stopped) {
        const row = queue.shift();
        if (row) return row;
        if (dry) return undefined;
        refill ??= claim(CLAIM_BATCH)
          .then((rows) => {
            queue.push(...rows);
            if (rows.length === 0) dry = true;
          })
          .finally(() => {
            refill = null;
          });
        await refill;
      }
      return undefined;
    };
    const lane = async () => {
      for (let row = await next(); row; row = await next()) {
        taken += 1;
        await deliverOne(row);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    return taken;
  }

  const relay = {
    /** Delivers every due row this process can claim, until none is left; returns how many it took. */
    async deliverDue(): Promise<number> {
      // Another pass after one that delivered: the rows waiting behind those it delivered are due now.
      let taken = 0;
      while (!stopped) {
        const delivered = await pass();
        if (delivered === 0) break;
        taken += delivered;
      }
      return taken;
    },

    /** The cron's run: one at a time per process (a kick during a run asks for another after it). */
    async runScheduled(): Promise<number> {
      return countedJob('channel-relay', () => relay.run(), (taken) => taken === 0);
    },

    run(): Promise<number> {
      if (running) {
        again = true;
        return running;
      }
      const current: Promise<number> = (async () => {
        let taken = 0;
        do {
          again = false;
          taken += await relay.deliverDue();
        } while (again && !stopped);
        return taken;
      })().finally(() => {
        running = null;
        inFlight.delete(current);
      });
      running = current;
      inFlight.add(current);
      return current;
    },

    /** Starts a run without waiting for it (after a commit); a failure is logged, never thrown. */
    deliverLater(): void {
      if (stopped) return;
      relay.run().catch((error: Error) => strapi.log.warn(`[editorial-workflow] channel relay stopped: ${error.message}`));
    },

    /** On shutdown: no new claim, pending timers dropped (the cron of a process takes them), the calls under way awaited. */
    async drain(): Promise<void> {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
    },
  };
  return relay;
};
