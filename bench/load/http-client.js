// One small HTTP client for bench/load: keep-alive connections, JSON in and out, the time a
// request took, and nothing else (autocannon is not a dependency; undici's fetch costs more here).
const http = require('http');

/** @param {number} maxSockets */
const keepAliveAgent = (maxSockets) => new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });

/**
 * @param {{ base: URL, agent: http.Agent, method?: string, path: string, body?: unknown, token?: string }} options
 * @returns {Promise<{ status: number, body: any, bytes: number }>} status 0 on a network error
 */
function send({ base, agent, method = 'GET', path, body, token }) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers = { Accept: 'application/json', 'Accept-Encoding': 'identity' };
  if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
  if (token) headers.Authorization = `Bearer ${token}`;
  return new Promise((resolve) => {
    const req = http.request({ host: base.hostname, port: base.port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed = text;
        if ((res.headers['content-type'] || '').includes('json')) {
          try {
            parsed = JSON.parse(text);
          } catch {
            // left as text
          }
        }
        resolve({ status: res.statusCode || 0, body: parsed, bytes: text.length });
      });
      res.on('error', (error) => resolve({ status: 0, body: String(error), bytes: 0 }));
    });
    req.on('error', (error) => resolve({ status: 0, body: String(error), bytes: 0 }));
    if (payload) req.write(payload);
    req.end();
  });
}

/** p50/p95/p99 and the rest of a list of milliseconds. @param {number[]} samples */
function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.length ? sorted[sorted.length - 1] : NaN };
}

module.exports = { keepAliveAgent, send, summary };
