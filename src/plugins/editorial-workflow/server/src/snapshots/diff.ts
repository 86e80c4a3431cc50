import { diffWords } from 'diff';
import type { DiffPart, FieldChange } from '../../../shared/contracts/snapshots';
import { ITEM_FIELD_LABELS } from '../../../shared/item-field-labels';
import { DIFF_FIELDS, TEXT_FIELDS, readableValue, type Names, type StoredContent } from './readable';

/** Said of a file whose name and texts stayed but whose bytes or address changed (a replaced photo). */
const FILE_REPLACED = ' (tệp đã được thay)';

/** Word by word, with the `diff` library: runs of kept, added and removed text. */
export function wordParts(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * The fields that differ between two contents, in the edit view's order. A field differs when its
 * stored value does (the hashed JSON): what the panel shows of it is the readable value, word by
 * word for the texts.
 */
export function fieldChanges(before: StoredContent, after: StoredContent, names: Names): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) continue;
    const was = readableValue(before, field, names);
    let now = readableValue(after, field, names);
    if (was === now && (field === 'cover' || field === 'gallery')) now += FILE_REPLACED;
    const change: FieldChange = { field, label: ITEM_FIELD_LABELS[field] ?? field, before: was, after: now };
    if (TEXT_FIELDS.has(field)) change.parts = wordParts(was, now);
    changes.push(change);
  }
  return changes;
}
