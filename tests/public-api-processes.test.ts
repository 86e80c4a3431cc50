import type { ChildProcess } from 'child_process';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, type TestApp } from './harness/strapi';
import { freePort } from './harness/free-port';
import { SERVE, startReadyProcess, stopProcess } from './harness/app-process';
import { until } from './harness/until';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { codeDesk } from './harness/workflow';
import { ARTICLE } from '../src/plugins/editorial-workflow/shared/uids';

/** Items reach the site only through the editorial workflow: a desk holding every role moves them. */
let desk: Awaited<ReturnType<typeof codeDesk>>;
async function publishArticle(_strapi: Core.Strapi, documentId: string): Promise<void> {
  await desk.publish(documentId);
}

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('public-api-processes: skipped on SQLite (one process only); run with DATABASE_URL to test LISTEN/NOTIFY across processes.');
}

/** A Strapi of its own (tests/harness/serve.js) on the suite's database, on a free port. */
function startProcess(port: number): Promise<ChildProcess> {
  return startReadyProcess(SERVE, [], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_API_RATE_LIMIT: '0' },
    timeoutMs: 90_000,
    label: `Strapi on port ${port}`,
  });
}

describeOnPostgres('public API cache invalidation across processes (PostgreSQL LISTEN/NOTIFY)', () => {
  let app: TestApp;
  const children: ChildProcess[] = [];
  const servers: string[] = [];
  let unit: string;

  const createArticle = async (title: string) =>
    (await app.strapi.documents(ARTICLE).create({ data: { title, kind: 'news', unit } as never })).documentId;
  const titlesOn = async (server: string) => {
    const res = await request(server).get('/api/articles');
    return { titles: (res.body.data as Array<{ title: string }>).map((item) => item.title), cache: res.headers['x-public-cache'] ?? 'miss' };
  };
  /** Milliseconds until every process shows what `expected` asks; fails past 1 s. */
  const untilAll = async (expected: (titles: string[]) => boolean) => {
    const start = Date.now();
    for (const server of servers) {
      await until(async () => expected((await titlesOn(server)).titles), `${server} to show the new content within 1 s of the change`, {
        timeoutMs: Math.max(0, 1000 - (Date.now() - start)),
        intervalMs: 20,
      });
    }
    return Date.now() - start;
  };
  const primeCaches = async () => {
    for (const server of servers) {
      await titlesOn(server);
      expect((await titlesOn(server)).cache).toBe('hit');
    }
  };

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    desk = await codeDesk(app.strapi);
    unit = (await unitIdsByCode(app.strapi, ['SGD-VP'])).get('SGD-VP')!;
    await publishArticle(app.strapi, await createArticle('Tin thứ nhất'));
    const ports = [await freePort(), await freePort()];
    children.push(...(await Promise.all(ports.map(startProcess))));
    servers.push(...ports.map((port) => `http://127.0.0.1:${port}`));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await app?.stop();
  });

  it('shows a publish and an unpublish made by another process on both processes within a second', async () => {
    await primeCaches();
    const second = await createArticle('Tin thứ hai');
    await publishArticle(app.strapi, second);
    expect(await untilAll((titles) => titles[0] === 'Tin thứ hai')).toBeLessThanOrEqual(1000);

    await primeCaches();
    await desk.unpublish(second);
    expect(await untilAll((titles) => !titles.includes('Tin thứ hai'))).toBeLessThanOrEqual(1000);
  });

  it('drops what the other processes cached while the publish was still uncommitted', async () => {
    await primeCaches();
    const third = await createArticle('Tin thứ ba');
    await app.strapi.db.transaction(async () => {
      await publishArticle(app.strapi, third);
      // Not committed yet: the other processes still see, and cache, the old list.
      for (const server of servers) expect((await titlesOn(server)).titles).not.toContain('Tin thứ ba');
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(await untilAll((titles) => titles[0] === 'Tin thứ ba')).toBeLessThanOrEqual(1000);
  });
});
