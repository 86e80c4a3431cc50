#!/usr/bin/env node
// node bench/stats/trace-summary.js trace.json [clicks]: where the renderer's main thread spent its time in a
// chromium trace (BENCH_BROWSER_TRACE of browser.js): self time by trace event (script, style, layout,
// paint…) and, inside the script, self time by function from the sampling profiler; per click when given.
const fs = require('fs');

const [file, clicksArg] = process.argv.slice(2);
const clicks = Number(clicksArg || 1);
const trace = JSON.parse(fs.readFileSync(file, 'utf8'));
const events = Array.isArray(trace) ? trace : trace.traceEvents;

const names = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const mainThreads = new Set([...names].filter(([, name]) => name === 'CrRendererMain').map(([key]) => key));

// Self time of complete events ('X') on the main thread(s), by name.
const self = new Map();
const byThread = new Map();
for (const e of events) {
  const key = `${e.pid}:${e.tid}`;
  if (e.ph !== 'X' || !mainThreads.has(key) || typeof e.dur !== 'number') continue;
  if (!byThread.has(key)) byThread.set(key, []);
  byThread.get(key).push(e);
}
// Self time = an event's duration less its children's (events nest on a thread); busy = the top-level events.
let busy = 0;
for (const list of byThread.values()) {
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const childSum = new Map();
  for (const e of list) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) childSum.set(parent, (childSum.get(parent) || 0) + e.dur);
    else busy += e.dur;
    stack.push(e);
  }
  for (const e of list) self.set(e.name, (self.get(e.name) || 0) + e.dur - (childSum.get(e) || 0));
}
const ms = (us) => (us / 1000 / clicks).toFixed(1).padStart(8);
console.log(`main thread busy: ${ms(busy)} ms per click (${clicks} clicks)`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(us)} ms  ${name}`);

// The sampling profiler: ProfileChunk events carry nodes and samples with time deltas (the whole trace, idle included).
const nodes = new Map();
const fnSelf = new Map();
for (const e of events) {
  if (e.name !== 'ProfileChunk') continue;
  const data = e.args.data || {};
  const profile = data.cpuProfile || {};
  for (const node of profile.nodes || []) nodes.set(`${e.id}:${node.id}`, node);
  const samples = profile.samples || [];
  const deltas = data.timeDeltas || [];
  for (let i = 0; i < samples.length; i += 1) {
    const node = nodes.get(`${e.id}:${samples[i]}`);
    const cf = node?.callFrame || {};
    const label = `${cf.functionName || '(anonymous)'} ${String(cf.url || '').split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
    fnSelf.set(label, (fnSelf.get(label) || 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  }
}
if (fnSelf.size) {
  console.log('\nscript self time by function (sampled):');
  for (const [label, us] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms(us)} ms  ${label}`);
}
