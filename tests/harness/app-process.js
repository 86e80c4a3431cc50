// Apps in processes of their own: started until they say "ready", stopped whatever state they are in.
const path = require('path');
const { spawn } = require('child_process');

/** Boots a compiled Strapi app and prints "ready" once it listens on PORT (see serve.js). */
const SERVE = path.join(__dirname, 'serve.js');

/**
 * Runs `node script ...args` and resolves with the child once it prints "ready" on stdout; rejects
 * with the child's output if it exits first or says nothing within `timeoutMs`.
 * @param {string} script
 * @param {string[]} [args]
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number, label?: string }} [options]
 * @returns {Promise<import('child_process').ChildProcess>}
 */
function startReadyProcess(script, args = [], { env = process.env, timeoutMs = 120_000, label = path.basename(script) } = {}) {
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let settled = false;
  return new Promise((resolve, reject) => {
    const fail = (/** @type {string} */ why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${label} ${why}:\n${output.slice(-4000)}`));
    };
    const timer = setTimeout(() => fail(`did not say ready within ${timeoutMs / 1000} s`), timeoutMs);
    // Read to the end (a full pipe would block the child); keep the last lines for an error.
    child.stdout?.on('data', (chunk) => {
      output = (output + chunk).slice(-8000);
      if (!settled && output.includes('ready\n')) {
        settled = true;
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-8000)));
    child.on('exit', (code, signal) => fail(`exited (${signal || code}) before it was ready`));
  });
}

/**
 * Stops a child process: SIGTERM, SIGKILL after `graceMs`; resolves once it has exited.
 * @param {import('child_process').ChildProcess | undefined} child
 * @param {{ graceMs?: number }} [options]
 * @returns {Promise<void>}
 */
function stopProcess(child, { graceMs = 15_000 } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

module.exports = { SERVE, startReadyProcess, stopProcess };
