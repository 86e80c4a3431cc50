import type { Core } from '@strapi/strapi';
import { SPENT_FORM_TOKEN } from '../../../shared/uids';
import { isUniqueViolation } from '../utils/unique-violation';
import type { FormTokenClaims } from './form-token';

/**
 * The spent form tokens, in the database: the unique nonce makes a token single use across every
 * process (the second insert fails, whichever process makes it). A token past its lifetime is
 * refused by its date already, so its row is no longer needed and is purged.
 */
export function tokenLedger(strapi: Core.Strapi) {
  return {
    /** Records the token as spent; false when it already was (a replay). */
    async spend(claims: FormTokenClaims): Promise<boolean> {
      try {
        await strapi.db.query(SPENT_FORM_TOKEN).create({ data: { nonce: claims.nonce, form: claims.form, issuedAt: new Date(claims.issuedAt) } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    /** Forgets tokens issued before `before` (they are refused as expired anyway). */
    async purgeIssuedBefore(before: Date): Promise<number> {
      const { count } = await strapi.db.query(SPENT_FORM_TOKEN).deleteMany({ where: { issuedAt: { $lt: before } } });
      return count;
    },
  };
}
