import fs from 'node:fs';
import path from 'node:path';

type Messages = Record<string, string>;

export interface TranslationPart {
  /** The screen's folder (admin/src/<part>) and the prefix of its ids (`<part>.`). */
  part: string;
  vi: Messages;
  en: Messages;
  /** The functions whose first argument is an id of the part: `say('title', …)`. */
  calls?: string[];
  /** Ids built from templates (field or state labels listed in the screen's messages.ts). */
  extraIds?: readonly string[];
  /** At least this many ids used: a broken pattern would find none and pass. */
  minimum: number;
  /** The Vietnamese file must hold the very default the code shows (`say('id', 'Mặc định')`). */
  defaultsMatch?: boolean;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

/** The ids (and Vietnamese defaults) a screen's sources ask for. */
function used({ part, calls = ['say'], extraIds = [] }: TranslationPart): Map<string, string | undefined> {
  const dir = path.resolve(__dirname, '..', part);
  const pattern = new RegExp(`\\b(?:${calls.join('|')})\\(\\s*'([^']+)'(?:,\\s*'([^']+)')?`, 'g');
  const ids = new Map<string, string | undefined>(extraIds.map((id) => [id, undefined]));
  for (const file of fs.readdirSync(dir).filter((name) => /\.tsx?$/.test(name))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, id, message] of text.matchAll(pattern)) ids.set(`${part}.${id}`, message);
  }
  return ids;
}

/**
 * The checks every screen with its own pair of translation files passes: the same keys in both
 * languages, none empty, the same placeholders; every id the screen asks for is there, and none is
 * there that it does not ask for.
 */
export function describeTranslationPart(title: string, spec: TranslationPart): void {
  const { vi, en } = spec;
  describe(title, () => {
    it('has the same keys in Vietnamese and English, none empty, with the same placeholders', () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
      for (const [key, message] of Object.entries(vi)) {
        const english = en[key];
        expect({ key, vi: message.trim().length > 0, en: english.trim().length > 0 }).toEqual({ key, vi: true, en: true });
        expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
      }
    });

    it('has every string the screen asks for, and no string it does not', () => {
      const ids = used(spec);
      expect(ids.size).toBeGreaterThanOrEqual(spec.minimum);
      expect([...ids.keys()].filter((id) => !(id in vi))).toEqual([]);
      expect(Object.keys(vi).filter((id) => !ids.has(id))).toEqual([]);
      if (spec.defaultsMatch) {
        for (const [id, message] of ids) if (message !== undefined) expect({ id, vi: vi[id] }).toEqual({ id, vi: message });
      }
    });
  });
}
