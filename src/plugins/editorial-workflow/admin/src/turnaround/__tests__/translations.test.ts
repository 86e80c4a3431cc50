import fs from 'node:fs';
import path from 'node:path';

import en from '../../translations/turnaround/en.json';
import vi from '../../translations/turnaround/vi.json';
import { TEMPLATE_IDS } from '../messages';

const TURNAROUND = path.resolve(__dirname, '..');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

/** The ids the section asks for: `say('title', …)`, and the state and age labels of messages.ts. */
function idsUsed(): Set<string> {
  const ids = new Set<string>(TEMPLATE_IDS);
  for (const file of fs.readdirSync(TURNAROUND).filter((name) => /\.tsx?$/.test(name))) {
    const text = fs.readFileSync(path.join(TURNAROUND, file), 'utf8');
    for (const [, id] of text.matchAll(/\bsay\(\s*'([^']+)'/g)) ids.add(`turnaround.${id}`);
  }
  return ids;
}

describe('turnaround and backlog translations', () => {
  it('has the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, message] of Object.entries(vi)) {
      const english = (en as Record<string, string>)[key];
      expect({ key, vi: message.trim().length > 0, en: english.trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it('has every string the section asks for, and no string it does not', () => {
    const used = idsUsed();
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((id) => !(id in vi))).toEqual([]);
    expect(Object.keys(vi).filter((id) => !used.has(id))).toEqual([]);
  });
});
