import type { StrapiApp } from '@strapi/strapi/admin';
import vi from './translations/vi.json';
import viApp from './translations/vi-app.json';

/** Where Strapi keeps the interface language the person chose (its admin's LANGUAGE_LOCAL_STORAGE_KEY). */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // English is always offered; Vietnamese is the newsroom's working language.
    locales: ['vi'],
    // Strapi's own `vi` covers part of the interface; these are the strings of the screens an
    // author uses all day (log-in, the main menu, the content-manager list and edit view, the
    // media library) that it lacks, keys as in Strapi's en.json prefixed by plugin; then the ids
    // Strapi asks for that no en.json declares: this project's content-type names and enumeration
    // values (the content-manager shows them through formatMessage) and a few prefix quirks.
    translations: { vi: { ...vi, ...viApp } },
  },
  bootstrap(_app: StrapiApp) {
    // First visit: Vietnamese, the log-in page included. A person who picks English keeps it;
    // after log-in the account's own interface language (preferedLanguage) wins.
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'vi');
    }
  },
};
