import fs from 'fs';
import os from 'os';
import path from 'path';
import type { ChildProcess } from 'child_process';
import { freePort } from './free-port';
import { SERVE, startReadyProcess, stopProcess } from './app-process';
import { until } from './until';

const SHIFTED_CLOCK = path.join(__dirname, 'shifted-clock.js');

/**
 * Several compiled app processes on the test's database with real cron, as in production, each with
 * a clock the test moves (shifted-clock.js) and e-mail through the local SMTP server on `smtpPort`:
 * for the suites that prove a job runs once whatever the processes do at its due time.
 */
export async function startCronProcesses({ count, smtpPort, name }: { count: number; smtpPort: number; name: string }) {
  const clockFile = path.join(os.tmpdir(), `${name}-clock-${process.pid}`);
  const ports: number[] = [];
  for (let i = 0; i < count; i += 1) ports.push(await freePort());
  const children: ChildProcess[] = await Promise.all(
    ports.map((port) =>
      startReadyProcess(SERVE, [], {
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: String(port),
          PUBLIC_API_RATE_LIMIT: '0',
          // Cron on, as in production; the clock is moved to the due time by `shiftTo`.
          STRAPI_DISABLE_CRON: 'false',
          CRON_ENABLED: 'true',
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${SHIFTED_CLOCK}`.trim(),
          TEST_CLOCK_FILE: clockFile,
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(smtpPort),
          SMTP_IGNORE_TLS: 'true',
          EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>',
          LOG_LEVEL: 'info',
        },
        timeoutMs: 150_000,
        label: `Strapi on port ${port}`,
      })
    )
  );
  const outputs = children.map(() => '');
  for (const [i, child] of children.entries()) {
    child.stdout?.on('data', (chunk) => (outputs[i] += chunk));
    child.stderr?.on('data', (chunk) => (outputs[i] += chunk));
  }
  return {
    children,
    outputs,
    /**
     * Every process's clock reaches `due` `leadMs` from now: their cron jobs due then fire together.
     * The lead only has to cover the processes taking the signal and rescheduling (milliseconds on
     * an idle event loop), so it is short; should a process acknowledge after the due instant, its
     * jobs were rescheduled past it and would not fire: that fails here, by name, not as a timeout.
     */
    async shiftTo(due: Date, leadMs = 3_000) {
      const shifted = (output: string) => output.split('clock shifted').length - 1;
      const before = outputs.map(shifted);
      const deadline = Date.now() + leadMs;
      fs.writeFileSync(clockFile, String(due.getTime() - deadline));
      for (const child of children) child.kill('SIGUSR2');
      await until(() => outputs.every((output, i) => shifted(output) > before[i]), `the ${count} processes to move their clocks`);
      if (Date.now() >= deadline) throw new Error(`the ${count} processes moved their clocks ${Date.now() - deadline} ms after the due instant: give shiftTo a longer lead`);
    },
    async stop() {
      await Promise.all(children.map((child) => stopProcess(child)));
      fs.rmSync(clockFile, { force: true });
    },
  };
}

export type CronProcesses = Awaited<ReturnType<typeof startCronProcesses>>;
