import type { Core } from '@strapi/strapi';
import { gauge } from './registry';

const NOTIFICATION = 'plugin::editorial-workflow.notification';

interface Backlog {
  pending: number;
  oldest?: Date;
}

/**
 * The outboxes whose backlog /metrics reports, counted when scraped: the workflow's e-mail today
 * (ew_notifications rows whose e-mail waits for a first attempt or a retry). Another outbox (a
 * channel such as SMS or Zalo) adds an entry here under its own name.
 */
const OUTBOXES: Record<string, (strapi: Core.Strapi) => Promise<Backlog>> = {
  async mail(strapi) {
    const rows = strapi.db.query(NOTIFICATION);
    const pending = await rows.count({ where: { emailStatus: 'pending' } });
    const first = pending > 0 ? await rows.findOne({ where: { emailStatus: 'pending' }, select: ['createdAt'], orderBy: { createdAt: 'asc' } }) : null;
    return { pending, oldest: first ? new Date(first.createdAt) : undefined };
  },
};

/** The Strapi the gauges read at scrape time (one per process). */
let source: Core.Strapi | undefined;

/** prom-client collects the gauges of one scrape concurrently: they share one reading of the outboxes. */
let reading: { at: number; backlogs: Promise<Record<string, Backlog>> } | undefined;
function readOutboxes(strapi: Core.Strapi): Promise<Record<string, Backlog>> {
  if (!reading || Date.now() - reading.at > 1000) {
    const backlogs = Promise.all(Object.entries(OUTBOXES).map(async ([name, read]) => [name, await read(strapi)] as const)).then(Object.fromEntries);
    reading = { at: Date.now(), backlogs };
  }
  return reading.backlogs;
}

gauge({
  name: 'newsroom_mail_backlog',
  help: 'Workflow e-mails by delivery status: pending (waiting for a first attempt or a retry), failed (given up)',
  labelNames: ['status'],
  async collect() {
    if (!source) return;
    const failed = await source.db.query(NOTIFICATION).count({ where: { emailStatus: 'failed' } });
    this.set({ status: 'pending' }, (await readOutboxes(source)).mail.pending);
    this.set({ status: 'failed' }, failed);
  },
});

gauge({
  name: 'newsroom_outbox_backlog',
  help: 'Messages waiting in each outbox (mail: the workflow e-mails not sent yet)',
  labelNames: ['outbox'],
  async collect() {
    if (!source) return;
    for (const [outbox, { pending }] of Object.entries(await readOutboxes(source))) this.set({ outbox }, pending);
  },
});

gauge({
  name: 'newsroom_outbox_oldest_pending_seconds',
  help: 'Age of the oldest message waiting in each outbox (0 when none waits)',
  labelNames: ['outbox'],
  async collect() {
    if (!source) return;
    for (const [outbox, { oldest }] of Object.entries(await readOutboxes(source))) {
      this.set({ outbox }, oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
    }
  },
});

export function watchBacklogs(strapi: Core.Strapi): void {
  source = strapi;
  reading = undefined;
}

export function stopWatchingBacklogs(strapi: Core.Strapi): void {
  if (source === strapi) source = undefined;
}
