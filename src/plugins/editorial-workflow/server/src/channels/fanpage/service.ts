import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { FanpageCheckResult, FanpageSettingsBody, FanpageSettingsView } from '../../../../shared/contracts/channel-settings';
import { TOKEN_WARNING_DAYS } from '../../../../shared/contracts/channel-settings';
import { JOB_RUN } from '../../../../shared/uids';
import { appendAudit } from '../../audit/log';
import { countedJob } from '../../metrics';
import { isUniqueViolation } from '../../utils/unique-violation';
import { vnDateOf } from '../../../../shared/periods';
import { SecretKeyError } from './secret';
import { forgetOtherSecrets, secretName, writeSecret } from './secret-store';
import { changesOf, ensureSettingRow, loadSettingRow, viewOf, writeSettingRow } from './settings';
import { inspectToken } from './token-health';
import { warnTokenExpiring, warnTokenInvalid } from './warnings';

const DAY_MS = 24 * 60 * 60 * 1000;
export const TOKEN_CHECK_JOB = 'fanpage-token-check';

/** What a check of the token did: what it found, and which warnings left this time. */
export interface TokenCheckRun {
  skipped: boolean;
  health: FanpageCheckResult | null;
  warned: Array<'invalid' | 'expiring'>;
}

/** The audit's wording of a change: which fields, never their values (the token least of all). */
const FIELD_NAMES: Record<keyof FanpageSettingsBody, string> = {
  pageId: 'mã trang',
  accessToken: 'mã truy cập',
  graphBaseUrl: 'địa chỉ Graph API',
  graphVersion: 'phiên bản Graph API',
  timeoutMs: 'thời gian chờ',
};

/**
 * The fanpage's settings and its token's health (issue 18 item 3): the screen's view and save, the
 * "Kiểm tra" button, and the daily check that warns the publishers 7 days before the token expires
 * and at once when it is invalid, each warning once per token (and expiry).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** A check's findings as warnings: invalid at once, expiring within the warning days. */
  async function warnFor(now: Date): Promise<TokenCheckRun> {
    const inspection = await inspectToken(strapi, now);
    const warned: TokenCheckRun['warned'] = [];
    if (inspection.tokenKey && inspection.verdict === 'invalid') {
      if (await warnTokenInvalid(strapi, inspection.tokenKey, now)) warned.push('invalid');
    }
    const { expiresAt } = inspection;
    if (inspection.tokenKey && inspection.verdict === 'valid' && expiresAt && expiresAt.getTime() - now.getTime() <= TOKEN_WARNING_DAYS * DAY_MS) {
      if (await warnTokenExpiring(strapi, inspection.tokenKey, expiresAt, now)) warned.push('expiring');
    }
    return { skipped: false, health: inspection.health, warned };
  }

  return {
    async view(): Promise<FanpageSettingsView> {
      return viewOf(await loadSettingRow(strapi));
    },

    async save(body: FanpageSettingsBody, now = new Date()): Promise<FanpageSettingsView> {
      let changes: ReturnType<typeof changesOf>;
      try {
        changes = changesOf(body, now);
      } catch (error) {
        if (error instanceof SecretKeyError) throw new errors.ValidationError(error.message);
        throw error;
      }
      const changed = (Object.keys(body) as Array<keyof FanpageSettingsBody>).filter((field) => body[field] !== undefined);
      const { data, cipher } = changes;
      const id = await ensureSettingRow(strapi);
      // The new cipher text first, under its new key: the row names it only once it is there.
      if (cipher) await writeSecret(strapi, secretName(data.tokenKey as string), cipher);
      const row = await strapi.db.transaction(async () => {
        const saved = await writeSettingRow(strapi, id, data);
        const tokenNote = body.accessToken === undefined ? '' : body.accessToken === null ? ' (đã xoá mã truy cập)' : ' (đã lưu mã truy cập mới)';
        await appendAudit(strapi, [
          {
            kind: 'channel-setting',
            subject: 'channel:fanpage',
            summary: `Đổi cấu hình fanpage: ${changed.map((field) => FIELD_NAMES[field]).join(', ')}${tokenNote}.`,
            // The values, except the token's: only whether one is saved.
            details: {
              pageId: body.pageId,
              graphBaseUrl: body.graphBaseUrl,
              graphVersion: body.graphVersion,
              timeoutMs: body.timeoutMs,
              accessToken: body.accessToken === undefined ? undefined : body.accessToken === null ? 'cleared' : 'replaced',
            },
          },
        ]);
        return saved;
      });
      // The replaced or cleared token is gone for good.
      if (body.accessToken !== undefined) await forgetOtherSecrets(strapi, row.tokenKey ? secretName(row.tokenKey) : null);
      return viewOf(row);
    },

    /** The screen's "Kiểm tra": the check now, with its warnings (each still once). */
    async check(now = new Date()): Promise<FanpageCheckResult> {
      return (await warnFor(now)).health ?? { ok: false };
    },

    /**
     * The daily check (cron), once a day across processes: the day's run key is claimed first, so a
     * second process finds it taken and checks nothing. Each warning is also once per token.
     */
    async dailyCheck({ now = new Date() }: { now?: Date } = {}): Promise<TokenCheckRun> {
      return countedJob(TOKEN_CHECK_JOB, async () => {
        const skipped: TokenCheckRun = { skipped: true, health: null, warned: [] };
        const runKey = `${TOKEN_CHECK_JOB}:${vnDateOf(now)}`;
        if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) return skipped;
        let runId: number;
        try {
          runId = (await strapi.db.query(JOB_RUN).create({ data: { runKey, job: TOKEN_CHECK_JOB, startedAt: now } })).id;
        } catch (error) {
          if (isUniqueViolation(error)) return skipped;
          throw error;
        }
        const run = await warnFor(now);
        await strapi.db.query(JOB_RUN).update({ where: { id: runId }, data: { finishedAt: new Date(), notified: run.warned.length } });
        return run;
      }, (run) => run.skipped);
    },
  };
};
