import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';
import { ITEM_FIELD_LABELS } from '../../../shared/item-field-labels';

/** The comments' strings live in translations/comments, under `comments.` (checked by comments/__tests__/translations.test.ts). */
export const commentMessageId = (id: string) => `${PLUGIN_ID}.comments.${id}`;

/** `say('title', 'Ý kiến biên tập')`: a comments message with its Vietnamese default. */
export function useCommentText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: commentMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}

/** The Vietnamese names of the item's fields, as the edit view shows them; a field added later shows its own name. */
const FIELD_DEFAULTS = ITEM_FIELD_LABELS;

/** The label of an anchor field, translated (`comments.field.<name>`) when known. */
export function useFieldLabel() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (field: string) => (field in FIELD_DEFAULTS ? formatMessage({ id: commentMessageId(`field.${field}`), defaultMessage: FIELD_DEFAULTS[field] }) : field),
    [formatMessage]
  );
}

export const FIELD_LABEL_IDS = Object.keys(FIELD_DEFAULTS).map((field) => `comments.field.${field}`);
