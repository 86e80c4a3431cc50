import fs from 'node:fs';
import path from 'node:path';

import en from '../../translations/bulk/en.json';
import vi from '../../translations/bulk/vi.json';

const BULK = path.resolve(__dirname, '..');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

/** The ids the bulk screens ask for: `say('run.approve', …)`, and their Vietnamese defaults. */
function defaultsUsed(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of fs.readdirSync(BULK).filter((name) => /\.tsx?$/.test(name))) {
    const text = fs.readFileSync(path.join(BULK, file), 'utf8');
    for (const [, id, message] of text.matchAll(/\bsay\(\s*'([^']+)',\s*'([^']+)'/g)) ids.set(`bulk.${id}`, message);
  }
  return ids;
}

describe('bulk actions translations', () => {
  it('has the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, message] of Object.entries(vi)) {
      const english = (en as Record<string, string>)[key];
      expect({ key, vi: message.trim().length > 0, en: english.trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it('has every string the bulk screens ask for, with the default they show, and no string they do not', () => {
    const used = defaultsUsed();
    expect(used.size).toBeGreaterThan(10);
    for (const [id, message] of used) expect({ id, vi: (vi as Record<string, string>)[id] }).toEqual({ id, vi: message });
    expect(Object.keys(vi).filter((id) => !used.has(id))).toEqual([]);
  });
});
