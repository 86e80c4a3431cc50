import fs from 'fs';
import path from 'path';
import { ACTIONS, ROLES, STATES } from '../../../shared/state-machine';
import { MEMBER_ROLES } from '../../../shared/member-roles';
import { UNIT_KINDS } from '../../../shared/contracts/stats';

const ADMIN_SRC = path.resolve(__dirname, '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ADMIN_SRC, 'translations', file), 'utf8')) as Record<string, string>;

/**
 * Every source file of the admin part, tests aside, and the statistics page aside: its strings
 * live under `stats.` and go through its own `t` (pages/stats/__tests__/translations.test.ts).
 */
const STATS_PAGE = /(^|\/)(pages\/stats|components\/stats|pages\/StatsApp\.tsx$)/;

function sources(dir = ADMIN_SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (STATS_PAGE.test(path.relative(ADMIN_SRC, full))) return [];
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Ids built from a template (`state.${state}`) stand for every value of their enumeration. */
const TEMPLATES: Record<string, readonly string[]> = {
  'state.': STATES,
  'action.': ACTIONS,
  'role.': ROLES,
  'history.action.': [...ACTIONS, 'edit', 'schedule'],
  'kind.': ['news', 'article', 'feature', 'response', 'consultation'],
  'network.kind.': UNIT_KINDS,
  'network.role.': MEMBER_ROLES,
};

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe('admin translations of the plugin', () => {
  const parts = ['workflow', 'stats', 'network'];
  const all = new Set(parts.flatMap((part) => Object.keys(read(`${part}/en.json`))));

  it.each(parts)('%s: vi and en have exactly the same keys, none empty, with the same placeholders', (part) => {
    const vi = read(`${part}/vi.json`);
    const en = read(`${part}/en.json`);
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(vi)) {
      expect({ key, vi: vi[key].trim().length > 0, en: en[key].trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(vi[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('has every message id used in admin/src', () => {
    const used = new Set<string>();
    for (const file of sources()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:getTranslation|\bt)\(\s*'([^']+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(/getTranslation\(`([\w.]+)\$\{/g)) {
        const values = TEMPLATES[match[1]];
        expect({ template: match[1], known: Boolean(values) }).toEqual({ template: match[1], known: true });
        values.forEach((value) => used.add(`${match[1]}${value}`));
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((id) => !all.has(id))).toEqual([]);
  });
});
