import fs from 'node:fs';
import path from 'node:path';

import en from '../../translations/home/en.json';
import vi from '../../translations/home/vi.json';

const HOME = path.resolve(__dirname, '..');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

/** The ids the home widgets ask for: `say('waiting.title', …)` and `title('waiting.title', …)` in widgets.ts. */
function idsUsed(): Set<string> {
  const ids = new Set<string>();
  for (const file of fs.readdirSync(HOME).filter((name) => /\.tsx?$/.test(name))) {
    const text = fs.readFileSync(path.join(HOME, file), 'utf8');
    for (const [, id] of text.matchAll(/\b(?:say|title)\(\s*'([^']+)'/g)) ids.add(`home.${id}`);
  }
  return ids;
}

describe('home widgets translations', () => {
  it('has the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, message] of Object.entries(vi)) {
      const english = (en as Record<string, string>)[key];
      expect({ key, vi: message.trim().length > 0, en: english.trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it('has every string the widgets ask for, and no string they do not', () => {
    const used = idsUsed();
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((id) => !(id in vi))).toEqual([]);
    expect(Object.keys(vi).filter((id) => !used.has(id))).toEqual([]);
  });
});
