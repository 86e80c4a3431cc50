import type { StrapiApp } from '@strapi/strapi/admin';
import vi from './translations/vi.json';

/** Where Strapi keeps the interface language the person chose (reducer.ts, LANGUAGE_LOCAL_STORAGE_KEY). */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // English is always offered; Vietnamese is the newsroom's working language.
    locales: ['vi'],
    // Strapi's own `vi` covers part of the interface; these are the strings of the screens an
    // author uses all day (log-in, the main menu, the content-manager list and edit view, the
    // media library) that it lacks. Keys as in Strapi's en.json, prefixed by plugin.
    translations: { vi },
  },
  bootstrap(_app: StrapiApp) {
    // First visit: Vietnamese, the log-in page included. A person who picks English keeps it;
    // after log-in the account's own interface language (preferedLanguage) wins.
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'vi');
    }
  },
};
