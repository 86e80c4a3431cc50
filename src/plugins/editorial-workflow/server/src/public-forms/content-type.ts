import { hidden } from '../content-types/hidden';

/**
 * The form tokens already spent (public-forms/token-ledger.ts): a token's nonce is written once, the
 * unique column refusing a second post with the same token whichever process receives it.
 */
export const spentFormTokenContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_spent_form_tokens',
    info: { singularName: 'spent-form-token', pluralName: 'spent-form-tokens', displayName: 'Mã biểu mẫu đã dùng' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      nonce: { type: 'string', required: true, column: { unique: true } },
      form: { type: 'string', required: true },
      /** The token's issue time: rows older than a token's lifetime are useless and purged. */
      issuedAt: { type: 'datetime', required: true },
    },
  },
};
