import { PLUGIN_ID } from '../../../shared/permissions';

type Messages = Record<string, string>;

/**
 * Each screen keeps its strings in its own pair of files (`<part>/en.json`, `<part>/vi.json`);
 * they are merged here and prefixed with the plugin id. Static imports, so the bundler sees them.
 */
const LOADERS: Record<string, Array<() => Promise<{ default: Messages }>>> = {
  vi: [
    () => import('./workflow/vi.json'),
    () => import('./stats/vi.json'),
    () => import('./home/vi.json'),
    () => import('./network/vi.json'),
    () => import('./comments/vi.json'),
    () => import('./turnaround/vi.json'),
    () => import('./preview/vi.json'),
    () => import('./bulk/vi.json'),
    () => import('./reports/vi.json'),
    () => import('./overview/vi.json'),
    () => import('./snapshots/vi.json'),
    () => import('./returns/vi.json'),
    () => import('./delegation/vi.json'),
    () => import('./concerns/vi.json'),
    () => import('./opinion-reports/vi.json'),
  ],
  en: [
    () => import('./workflow/en.json'),
    () => import('./stats/en.json'),
    () => import('./home/en.json'),
    () => import('./network/en.json'),
    () => import('./comments/en.json'),
    () => import('./turnaround/en.json'),
    () => import('./preview/en.json'),
    () => import('./bulk/en.json'),
    () => import('./reports/en.json'),
    () => import('./overview/en.json'),
    () => import('./snapshots/en.json'),
    () => import('./returns/en.json'),
    () => import('./delegation/en.json'),
    () => import('./concerns/en.json'),
    () => import('./opinion-reports/en.json'),
  ],
};

const prefixed = (data: Messages) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export const loadTranslations = (locales: string[]) =>
  Promise.all(
    locales.map(async (locale) => {
      const parts = await Promise.all((LOADERS[locale] ?? []).map((load) => load().then((module) => module.default)));
      return { locale, data: prefixed(Object.assign({}, ...parts)) };
    })
  );
