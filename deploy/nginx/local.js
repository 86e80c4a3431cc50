#!/usr/bin/env node
// deploy/nginx/sgddt-newsroom.conf run or checked by an unprivileged nginx in a folder of its own
// (pid, logs, temp files and cache there): CI's `nginx -t`, tests/deploy-files.test.ts and bench/load.
//   node deploy/nginx/local.js check [DIR]   writes DIR/nginx.conf including the file as it is, runs nginx -t
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const SITE = path.join(__dirname, 'sgddt-newsroom.conf');
const CACHE_PATH = '/var/lib/nginx/sgddt-newsroom-cache';

/**
 * The site with its upstream servers, listening address and cache folder replaced: for an nginx
 * started on this machine in front of processes on free ports. Fails loudly if the file no longer
 * has the lines it replaces.
 * @param {{ upstreamPorts: number[], listenPort: number, cacheDir: string }} options
 */
function renderSite({ upstreamPorts, listenPort, cacheDir }) {
  const text = fs.readFileSync(SITE, 'utf8');
  const servers = text.match(/^ *server 127\.0\.0\.1:\d+ .*;$/gm) || [];
  const listens = text.match(/^ *listen (\[::\]:)?80;$/gm) || [];
  if (servers.length === 0 || listens.length !== 2 || !text.includes(CACHE_PATH)) throw new Error(`${SITE}: its upstream, listen or cache lines changed; update deploy/nginx/local.js`);
  const [first] = servers;
  const indent = first.match(/^ */)[0];
  const options = first.replace(/^ *server 127\.0\.0\.1:\d+/, '');
  return text
    .replace(servers.join('\n'), upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port}${options}`).join('\n'))
    .replace(/^ *listen \[::\]:80;\n/m, '')
    .replace(/^( *)listen 80;$/m, `$1listen 127.0.0.1:${listenPort};`)
    .replace(CACHE_PATH, cacheDir);
}

/**
 * DIR/nginx.conf: the main context around `site` (a path to include), with everything nginx
 * writes kept under DIR. `daemon off` when it is to run in the foreground of a test or benchmark.
 * @param {string} dir
 * @param {{ site?: string, foreground?: boolean, workers?: number | 'auto', accessLog?: boolean }} [options]
 * @returns {string} the path of the written nginx.conf
 */
function writeMainConf(dir, { site = SITE, foreground = false, workers = 1, accessLog = false } = {}) {
  const abs = path.resolve(dir);
  fs.mkdirSync(abs, { recursive: true });
  const conf = path.join(abs, 'nginx.conf');
  const lines = [
    `# Written by deploy/nginx/local.js: ${path.relative(process.cwd(), site)} in a folder of its own.`,
    ...(foreground ? ['daemon off;', 'master_process on;'] : []),
    // Started by root, nginx runs its workers as nobody, who may not enter a private temp folder.
    ...(process.getuid && process.getuid() === 0 ? ['user root;'] : []),
    `worker_processes ${workers};`,
    `pid ${abs}/nginx.pid;`,
    `error_log ${abs}/error.log warn;`,
    'events { worker_connections 4096; }',
    'http {',
    accessLog ? `  access_log ${abs}/access.log;` : '  access_log off;',
    `  client_body_temp_path ${abs}/body;`,
    `  proxy_temp_path ${abs}/proxy;`,
    `  fastcgi_temp_path ${abs}/fastcgi;`,
    `  uwsgi_temp_path ${abs}/uwsgi;`,
    `  scgi_temp_path ${abs}/scgi;`,
    `  include ${site};`,
    '}',
    '',
  ];
  fs.writeFileSync(conf, lines.join('\n'));
  return conf;
}

/** `nginx -t` of a main conf: { ok, output }. */
function testConf(conf) {
  const result = spawnSync('nginx', ['-t', '-p', path.dirname(conf), '-c', conf], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout || ''}${result.stderr || ''}${result.error ? String(result.error) : ''}` };
}

/** Whether an nginx binary is on the PATH. */
function nginxInstalled() {
  return spawnSync('nginx', ['-v'], { encoding: 'utf8' }).status === 0;
}

module.exports = { SITE, CACHE_PATH, renderSite, writeMainConf, testConf, nginxInstalled };

if (require.main === module) {
  const [command, dir = '.tmp/nginx-check'] = process.argv.slice(2);
  if (command !== 'check') {
    console.error('Cách dùng: node deploy/nginx/local.js check [DIR]');
    process.exit(2);
  }
  // The site as it is, cache folder included: CI runs this as root (the folder is created).
  const { ok, output } = testConf(writeMainConf(dir));
  process.stdout.write(output);
  process.exit(ok ? 0 : 1);
}
