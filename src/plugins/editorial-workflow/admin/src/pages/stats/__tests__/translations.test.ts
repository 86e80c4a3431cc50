import fs from 'node:fs';
import path from 'node:path';

import en from '../../../translations/stats/en.json';
import vi from '../../../translations/stats/vi.json';
import { METRICS, UNIT_KINDS } from '../types';

const ADMIN_SRC = path.resolve(__dirname, '../../..');
const SOURCES = [
  'pages/StatsApp.tsx',
  ...fs.readdirSync(path.join(ADMIN_SRC, 'pages/stats')).filter((f) => /\.tsx?$/.test(f)).map((f) => `pages/stats/${f}`),
  ...fs.readdirSync(path.join(ADMIN_SRC, 'components/stats')).map((f) => `components/stats/${f}`),
];

/** The ids the page asks for: `t('grid.title', …)` and `getTranslation('stats.…')`. */
function idsUsed(): Set<string> {
  const ids = new Set<string>();
  for (const file of SOURCES) {
    const text = fs.readFileSync(path.join(ADMIN_SRC, file), 'utf8');
    for (const [, id] of text.matchAll(/\bt\(\s*'([^']+)'/g)) ids.add(`stats.${id}`);
    for (const [, id] of text.matchAll(/getTranslation\('(stats\.[^']+)'\)/g)) ids.add(id);
  }
  return ids;
}

describe('statistics page translations', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('has every string the page asks for, and labels for every metric, unit kind and report status', () => {
    const keys = new Set(Object.keys(vi));
    const wanted = [
      ...idsUsed(),
      ...METRICS.map((m) => `stats.metric.${m}`),
      ...UNIT_KINDS.map((k) => `stats.kind.${k}`),
      ...['on_time', 'late', 'missing'].map((s) => `stats.report.status.${s}`),
    ];
    expect(wanted.length).toBeGreaterThan(60);
    expect(wanted.filter((id) => !keys.has(id))).toEqual([]);
  });
});
