import path from 'path';
import { execFile } from 'child_process';

const repoDir = path.resolve(__dirname, '..', '..');

/**
 * What `scripts/run.js` does, minus its compile step (the global setup compiled dist/ already, and
 * recompiling while other suites read dist/ would race them): boots the compiled app in a process
 * of its own on the suite's database and runs one command of src/cli.ts.
 */
const RUNNER = `
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
(async () => {
  const app = await createStrapi({ appDir: process.cwd(), distDir: path.join(process.cwd(), 'dist') }).load();
  let code = 1;
  try {
    code = await require(path.join(process.cwd(), 'dist', 'src', 'cli')).runCommand(app, process.argv[1], process.argv.slice(2));
  } finally {
    await app.destroy();
  }
  process.exit(code);
})().catch((error) => { console.error(error); process.exit(1); });
`;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `command` (e.g. `check-integrity`) with this process's environment (the suite's database, PUBLIC_DIR) plus `env`. */
export function runCliCommand(command: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', RUNNER, command, ...args], { cwd: repoDir, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Runs a script of scripts/ (`backup.js`, `restore.js`) with this process's environment plus `env`. */
export function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoDir, 'scripts', script), ...args], { cwd: repoDir, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
