import type { Core } from '@strapi/strapi';
import { checkItemStates } from './item-state';
import { checkHistory } from './history';
import { checkCounters } from './counters';
import { checkMail } from './mail';
import { checkFiles } from './files';
import type { IntegrityReport } from './types';

export type { IntegrityCheck, IntegrityReport } from './types';

/**
 * The invariants an operator, the crash drill and the restore drill check (`npm run
 * check:integrity`): state rows against published versions, one history row per version, counters
 * against a recount, no e-mail pending forever, files against their rows. Read-only.
 */
export async function runIntegrityChecks(strapi: Core.Strapi): Promise<IntegrityReport> {
  const checks = [];
  // One after the other: each is a few aggregate queries, and SQLite has one connection.
  checks.push(await checkItemStates(strapi));
  checks.push(await checkHistory(strapi));
  checks.push(await checkCounters(strapi));
  checks.push(await checkMail(strapi));
  checks.push(await checkFiles(strapi));
  return { checks, violations: checks.reduce((sum, check) => sum + check.violations, 0) };
}

/** The report as the command prints it, in Vietnamese: one line per check with its counts, then its violations. */
export function formatIntegrityReport(report: IntegrityReport): string[] {
  const lines: string[] = [];
  for (const check of report.checks) {
    const mark = check.violations === 0 ? 'ĐẠT ' : 'LỖI ';
    lines.push(`${mark} ${check.label}: đã kiểm tra ${check.checked}, vi phạm ${check.violations}`);
    for (const line of check.listed) lines.push(`       - ${line}`);
    if (check.violations > check.listed.length) lines.push(`       … và ${check.violations - check.listed.length} vi phạm khác`);
    for (const note of check.notes ?? []) lines.push(`       (${note})`);
  }
  lines.push(
    report.violations === 0
      ? 'Toàn vẹn dữ liệu: không có vi phạm.'
      : `Toàn vẹn dữ liệu: ${report.violations} vi phạm (mã thoát 1).`
  );
  return lines;
}
