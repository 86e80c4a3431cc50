import fs from 'node:fs';
import path from 'node:path';

import en from '../../translations/preview/en.json';
import vi from '../../translations/preview/vi.json';

const PREVIEW = path.resolve(__dirname, '..');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

/** The ids the preview's screens ask for: `say('button', …)`. */
function idsUsed(): Set<string> {
  const ids = new Set<string>();
  for (const file of fs.readdirSync(PREVIEW).filter((name) => /\.tsx?$/.test(name))) {
    const text = fs.readFileSync(path.join(PREVIEW, file), 'utf8');
    for (const [, id] of text.matchAll(/\bsay\(\s*'([^']+)'/g)) ids.add(`preview.${id}`);
  }
  return ids;
}

describe('preview link translations', () => {
  it('has the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, message] of Object.entries(vi)) {
      const english = (en as Record<string, string>)[key];
      expect({ key, vi: message.trim().length > 0, en: english.trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it('has every string the preview asks for, and no string it does not', () => {
    const used = idsUsed();
    expect([...used].sort()).toEqual(expect.arrayContaining(['preview.button', 'preview.copy', 'preview.expiresAt']));
    expect([...used].filter((id) => !(id in vi))).toEqual([]);
    expect(Object.keys(vi).filter((id) => !used.has(id))).toEqual([]);
  });
});
