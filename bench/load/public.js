// bench/load's public traffic, in a process of its own (its event loop is not the desk's): requests
// started at a fixed rate whatever the answers' pace, each timed from when it was due, so a slow
// server or a stalled client shows in the latency instead of silently lowering the rate.
//   forked by run.js; message { base, rps, seconds, slugs, terms } → replies { ops, sent, lateStarts }
const { keepAliveAgent, send, summary } = require('./http-client');

/** The mix: what a department website and its readers ask of the public API. */
function pickRequest(slugs, terms, n) {
  const r = n % 20;
  if (r < 8) return { op: 'public list', path: r < 6 ? `/api/articles?page=${1 + (n % 5)}` : `/api/articles?topic=III.2&page=${1 + (n % 3)}` };
  if (r < 14) return { op: 'public by-slug', path: `/api/articles/by-slug/${encodeURIComponent(slugs[n % slugs.length])}` };
  if (r < 18) return { op: 'public search', path: `/api/articles?q=${encodeURIComponent(terms[n % terms.length])}` };
  return { op: 'public feed', path: '/api/feed.rss' };
}

async function run({ base, rps, seconds, slugs, terms }) {
  const url = new URL(base);
  const agent = keepAliveAgent(256);
  const ops = {};
  const record = (op, ms, ok) => {
    const o = (ops[op] ||= { samples: [], errors: 0, statuses: {} });
    o.samples.push(ms);
    if (!ok) o.errors += 1;
  };
  const start = performance.now();
  const end = start + seconds * 1000;
  const inflight = new Set();
  let sent = 0;
  let lateStarts = 0;
  const TICK = 5;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(Math.floor(((Math.min(now, end) - start) / 1000) * rps), Math.floor(seconds * rps));
      if (due - sent > rps * 0.05) lateStarts += 1; // more than 50 ms behind: the client cannot keep up
      while (sent < due) {
        const scheduled = start + (sent / rps) * 1000;
        const { op, path } = pickRequest(slugs, terms, sent);
        sent += 1;
        const p = send({ base: url, agent, path }).then((res) => {
          const ok = res.status === 200 || res.status === 304;
          record(op, performance.now() - scheduled, ok);
          if (!ok) (ops[op].statuses[res.status] ||= 0), (ops[op].statuses[res.status] += 1);
          inflight.delete(p);
        });
        inflight.add(p);
      }
      if (now >= end) return resolve();
      setTimeout(tick, TICK);
    };
    tick();
  });
  await Promise.all(inflight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    elapsed,
    sent,
    lateStarts,
    ops: Object.fromEntries(Object.entries(ops).map(([op, o]) => [op, { ...summary(o.samples), errors: o.errors, statuses: o.statuses }])),
    all: { ...summary(Object.values(ops).flatMap((o) => o.samples)), errors: Object.values(ops).reduce((sum, o) => sum + o.errors, 0) },
  };
}

process.on('message', (message) => {
  run(message).then(
    (result) => process.send({ result }),
    (error) => process.send({ error: String(error && error.stack ? error.stack : error) })
  );
});
