import type { Core } from '@strapi/strapi';
import type { ChannelItem } from '../../../../shared/contracts/channels';
import { DeliveryFailure, type ChannelAdapter, type DeliveryJob, type DeliveryReceipt } from '../adapter';
import { graphCall } from '../fanpage/graph-client';
import { isGone, rateLimitBackoffMs, TokenFailure } from '../fanpage/graph-errors';
import { postMessage, postUrl } from '../fanpage/message';
import { SecretKeyError } from '../fanpage/secret';
import { loadGraphConfig, pauseDeliveries, recordTokenState, type GraphConfig } from '../fanpage/settings';
import { inspectToken } from '../fanpage/token-health';
import { nearLimit, type Usage } from '../fanpage/usage';
import { warnTokenInvalid } from '../fanpage/warnings';

/** Recent posts read, at most, when a retry looks for the one an ambiguous attempt may have made. */
const POSTS_PAGE_SIZE = 100;
const POSTS_PAGES = 3;

/** The settings of a delivery, or a failure the publisher can read; waits out a pause a usage header asked for. */
async function configFor(strapi: Core.Strapi): Promise<GraphConfig> {
  let config: GraphConfig | { missing: string };
  try {
    config = await loadGraphConfig(strapi);
  } catch (error) {
    if (error instanceof SecretKeyError) throw new DeliveryFailure(error.message, 'fatal');
    throw error;
  }
  if ('missing' in config) throw new DeliveryFailure(config.missing, 'fatal');
  const wait = (config.pausedUntil?.getTime() ?? 0) - Date.now();
  if (wait > 0) throw new DeliveryFailure('Mức sử dụng Graph API của Facebook đang gần giới hạn: hệ thống tạm dừng gửi và sẽ tự gửi lại sau.', 'rate-limited', wait);
  return config;
}

/** A usage header near its limit: every process waits before its next call (the pause is on the settings row). */
async function heedUsage(strapi: Core.Strapi, usage: Usage): Promise<void> {
  if (nearLimit(usage)) await pauseDeliveries(strapi, new Date(Date.now() + Math.max(usage.regainMs, rateLimitBackoffMs())));
}

/**
 * Runs the channel's calls; on the way out, a usage near its limit pauses the next deliveries, and a
 * token Facebook refused (190) is recorded and warned about at once (once per token).
 */
async function withGraph<T>(strapi: Core.Strapi, config: GraphConfig, work: (call: typeof graphCall) => Promise<T>): Promise<T> {
  const usages: Usage[] = [];
  const call: typeof graphCall = async (cfg, request) => {
    const answer = await graphCall<never>(cfg, request);
    usages.push(answer.usage);
    return answer;
  };
  try {
    return await work(call);
  } catch (error) {
    if (error instanceof TokenFailure) {
      await recordTokenState(strapi, config.tokenKey, { valid: false, problem: error.message, checkedAt: new Date() });
      try {
        await warnTokenInvalid(strapi, config.tokenKey);
      } catch (warning) {
        strapi.log.warn(`fanpage: không gửi được cảnh báo mã truy cập (${(warning as Error)?.name ?? 'lỗi'})`);
      }
    }
    if (error instanceof DeliveryFailure && error.kind === 'rate-limited' && error.retryAfterMs) {
      await pauseDeliveries(strapi, new Date(Date.now() + error.retryAfterMs));
    }
    throw error;
  } finally {
    for (const usage of usages) await heedUsage(strapi, usage);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PagePost {
  id: string;
  permalink_url?: string;
  message?: string;
  link?: string;
}

/** The page's recent post carrying the item's address (as its link, or in its text), if there is one. */
async function findPost(call: typeof graphCall, config: GraphConfig, item: ChannelItem): Promise<PagePost | null> {
  const inText = new RegExp(`${escapeRegExp(item.url)}(?=\\s|$)`);
  let after: string | undefined;
  for (let page = 0; page < POSTS_PAGES; page += 1) {
    const { body } = await call<{ data?: PagePost[]; paging?: { next?: string; cursors?: { after?: string } } }>(config, {
      method: 'GET',
      path: `/${config.pageId}/posts`,
      query: { fields: 'id,permalink_url,message,link', limit: String(POSTS_PAGE_SIZE), ...(after ? { after } : {}) },
    });
    const found = (body?.data ?? []).find((post) => post.link === item.url || (typeof post.message === 'string' && inText.test(post.message)));
    if (found) return found;
    after = body?.paging?.next ? body.paging.cursors?.after : undefined;
    if (!after) return null;
  }
  return null;
}

const receiptOf = (postId: string): DeliveryReceipt => ({ remoteId: postId, remoteUrl: postUrl(postId) });

function itemOf(job: DeliveryJob): ChannelItem {
  if (!job.item) throw new DeliveryFailure('Tin bài không còn được đăng trên trang thông tin điện tử, nên không đăng lên fanpage.', 'fatal');
  return job.item;
}

/**
 * The sector's Facebook fanpage through the Graph API (issue 18 item 3). Publishing posts a photo
 * with its caption when the item has a cover, else a post with the link; a retry (attempt > 1) first
 * looks for the post an earlier attempt may have made, by the item's address, so a retry never
 * posts twice. Unpublishing deletes the post; a correction edits its text.
 */
export const fanpageAdapter: ChannelAdapter = {
  channel: 'fanpage',

  selects: (item) => item.channelFanpage === true,

  async deliver(job) {
    const item = itemOf(job);
    const config = await configFor(job.strapi);
    return withGraph(job.strapi, config, async (call) => {
      if (job.attempt > 1) {
        const earlier = await findPost(call, config, item);
        if (earlier) return receiptOf(earlier.id);
      }
      const message = postMessage(item);
      const { body } = item.coverUrl
        ? await call<{ id?: string; post_id?: string }>(config, { method: 'POST', path: `/${config.pageId}/photos`, form: { url: item.coverUrl, caption: message }, creates: true })
        : await call<{ id?: string }>(config, { method: 'POST', path: `/${config.pageId}/feed`, form: { message, link: item.url }, creates: true });
      const postId = (body as { post_id?: string })?.post_id ?? body?.id;
      if (typeof postId !== 'string' || !postId) {
        throw new DeliveryFailure('Facebook trả lời nhưng không cho biết mã bài đăng: lần gửi lại sẽ kiểm tra trang trước khi đăng.', 'ambiguous');
      }
      return receiptOf(postId);
    });
  },

  async retract(job) {
    const postId = job.previous?.remoteId;
    // Nothing of this item on the fanpage: nothing to take down.
    if (!postId) return {};
    const config = await configFor(job.strapi);
    return withGraph(job.strapi, config, async (call) => {
      // A post already deleted on Facebook is as good as deleted now.
      await call(config, { method: 'DELETE', path: `/${postId}`, acceptGone: isGone });
      return { remoteId: postId, remoteUrl: null };
    });
  },

  async correct(job) {
    const item = itemOf(job);
    const postId = job.previous?.remoteId;
    if (!postId) throw new DeliveryFailure('Tin bài chưa có bài đăng trên fanpage, nên không có gì để đính chính.', 'fatal');
    const config = await configFor(job.strapi);
    return withGraph(job.strapi, config, async (call) => {
      const { body } = await call<{ gone?: boolean }>(config, {
        method: 'POST',
        path: `/${postId}`,
        form: { message: postMessage(item, item.correctionNote) },
        acceptGone: isGone,
      });
      if (body?.gone) throw new DeliveryFailure('Bài đăng trên fanpage đã bị xoá trên Facebook, nên không đính chính được.', 'fatal');
      return receiptOf(postId);
    });
  },

  async health(strapi) {
    return (await inspectToken(strapi)).health;
  },
};
