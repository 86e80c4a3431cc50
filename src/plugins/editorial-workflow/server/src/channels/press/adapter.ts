import type { Core } from '@strapi/strapi';
import type { ChannelItem } from '../../../../shared/contracts/channels';
import type { ChannelAdapter, DeliveryJob, DeliveryReceipt } from '../adapter';
import { DeliveryFailure } from '../adapter';
import { readPublicApiConfig } from '../../../../../../public-api/config';
import { pressContacts } from './contacts';
import { correctionMail, publishMail, withdrawalMail, type PressMail } from './mail';
import { absoluteUrl, mailServerConfigured, pressVisibleRecipient } from './mail-transport';
import { pressSendings } from './sendings';

const NO_CONTACTS = 'Chưa có địa chỉ báo chí nào đang dùng: hãy thêm người liên hệ ở trang "Danh sách báo chí" rồi gửi lại.';
const NO_MAIL_SERVER = 'Chưa cấu hình máy chủ thư (SMTP_HOST): thư gửi báo chí chưa đi được. Hãy cấu hình rồi gửi lại.';
const NO_ITEM = 'Tin bài không còn được đăng trên trang của Sở: không gửi được cho báo chí.';

/** The item with every address absolute (a local upload's path gets the server's public address). */
const withAbsoluteLinks = (strapi: Core.Strapi, item: ChannelItem): ChannelItem => ({
  ...item,
  url: absoluteUrl(strapi, item.url),
  coverUrl: item.coverUrl ? absoluteUrl(strapi, item.coverUrl) : null,
  photoUrls: item.photoUrls.map((url) => absoluteUrl(strapi, url)),
});

/**
 * Sends one e-mail to the active contacts and records it. Why straight through the e-mail plugin
 * and not the notifications' mail outbox (services/mail-outbox.ts): the relay's row is itself an
 * outbox row, written in the publish transaction, leased, retried with backoff and dead after its
 * last attempt; a second queue under it would hide a failure from the channels page ("done" while
 * the mail still waits), and the notifications' outbox is keyed on a person of the newsroom, which a
 * journalist is not. So a refused send is a DeliveryFailure the relay retries, and the channel
 * confirms only once the mail server took the message.
 *
 * One message: To the Sở's own address (PRESS_EMAIL_TO, else EMAIL_FROM), every contact in Bcc.
 * At least once: a row delivered again finds its sending (unique deliveryId) and sends nothing;
 * only a crash between the mail server's acceptance and the record can send it twice.
 */
async function send(job: DeliveryJob, mail: PressMail, about: { title: string; url: string | null }): Promise<DeliveryReceipt> {
  const { strapi } = job;
  const sendings = pressSendings(strapi);
  const already = await sendings.ofDelivery(job.deliveryId);
  if (already) return { remoteId: String(already.id), remoteUrl: null };

  const recipients = await pressContacts(strapi).activeAddresses();
  if (recipients.length === 0) throw new DeliveryFailure(NO_CONTACTS, 'fatal');
  if (!mailServerConfigured(strapi)) throw new DeliveryFailure(NO_MAIL_SERVER, 'fatal');

  try {
    await strapi.plugin('email').service('email').send({ to: pressVisibleRecipient(strapi), bcc: recipients, ...mail });
  } catch (error) {
    const { responseCode, message } = error as { responseCode?: number; message?: string };
    const reason = String(message ?? error).slice(0, 300);
    // A 5xx is the mail server's final refusal (the message as it stands will not pass); anything
    // else (a timeout, a 4xx, the server down) may pass later.
    const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
    throw new DeliveryFailure(
      permanent ? `Máy chủ thư từ chối thư gửi báo chí: ${reason}` : `Chưa gửi được thư cho báo chí (máy chủ thư báo: ${reason}); hệ thống sẽ thử lại.`,
      permanent ? 'fatal' : 'retry'
    );
  }
  const sending = await sendings.record({
    deliveryId: job.deliveryId,
    itemDocumentId: job.itemDocumentId,
    title: about.title,
    url: about.url,
    action: job.action,
    subject: mail.subject,
    recipients,
    actorId: job.actorId,
  });
  return { remoteId: String(sending.id), remoteUrl: null };
}

const siteName = (strapi: Core.Strapi) => readPublicApiConfig(strapi).site.name;

export const pressAdapter: ChannelAdapter = {
  channel: 'press',
  selects: (item) => item.channelPress === true,

  async deliver(job) {
    if (!job.item) throw new DeliveryFailure(NO_ITEM, 'fatal');
    const item = withAbsoluteLinks(job.strapi, job.item);
    return send(job, publishMail(item, siteName(job.strapi)), { title: item.title, url: item.url });
  },

  async correct(job) {
    if (!job.item) throw new DeliveryFailure(NO_ITEM, 'fatal');
    const item = withAbsoluteLinks(job.strapi, job.item);
    return send(job, correctionMail(item, siteName(job.strapi)), { title: item.title, url: item.url });
  },

  /**
   * A withdrawal e-mail to the same list, asking the outlets not to use the item: the press may
   * have it ready to print. An item the press never received is withdrawn without an e-mail.
   */
  async retract(job) {
    const sent = await pressSendings(job.strapi).lastOfItem(job.itemDocumentId);
    if (!sent) return { remoteId: null, remoteUrl: null };
    return send(job, withdrawalMail(sent.title, siteName(job.strapi)), sent);
  },

  async health(strapi) {
    const active = await pressContacts(strapi).countActive();
    if (active === 0) return { ok: false, message: NO_CONTACTS };
    if (!mailServerConfigured(strapi)) return { ok: false, message: NO_MAIL_SERVER };
    return { ok: true };
  },
};
