import fs from 'node:fs';
import path from 'node:path';

import en from '../../translations/comments/en.json';
import vi from '../../translations/comments/vi.json';
import { FIELD_LABEL_IDS } from '../messages';

const COMMENTS = path.resolve(__dirname, '..');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

/** The ids the comments' screens ask for: `say('title', …)`, and the field labels of messages.ts. */
function idsUsed(): Set<string> {
  const ids = new Set<string>(FIELD_LABEL_IDS);
  for (const file of fs.readdirSync(COMMENTS).filter((name) => /\.tsx?$/.test(name))) {
    const text = fs.readFileSync(path.join(COMMENTS, file), 'utf8');
    for (const [, id] of text.matchAll(/\bsay\(\s*'([^']+)'/g)) ids.add(`comments.${id}`);
  }
  return ids;
}

describe('editorial comments translations', () => {
  it('has the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, message] of Object.entries(vi)) {
      const english = (en as Record<string, string>)[key];
      expect({ key, vi: message.trim().length > 0, en: english.trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it('has every string the comments ask for, and no string they do not', () => {
    const used = idsUsed();
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((id) => !(id in vi))).toEqual([]);
    expect(Object.keys(vi).filter((id) => !used.has(id))).toEqual([]);
  });
});
