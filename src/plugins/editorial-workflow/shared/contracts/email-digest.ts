/**
 * A person's choice of e-mail (issue 16, item 8): one e-mail per notification, as sent until now, or
 * one digest a day (at EMAIL_DIGEST_HOUR, Vietnam time) listing the day's notifications. The in-admin
 * list is the same either way.
 */
export interface EmailPreference {
  /** true: one digest a day instead of one e-mail per notification. */
  emailDigest: boolean;
  /** When the digest leaves, in Vietnam time: `07:00`. */
  digestTime: string;
}

/** `PUT /editorial-workflow/notifications/preference`. */
export interface EmailPreferenceBody {
  emailDigest: boolean;
}

/** The hour (Vietnam time) of the daily digest. */
export const EMAIL_DIGEST_HOUR = 7;
