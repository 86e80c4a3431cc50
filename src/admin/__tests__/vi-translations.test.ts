import path from 'path';
import vi from '../translations/vi.json';

/** Strapi's packages export no deep paths: read the files where npm put them. */
const strapiFile = (file: string) => require(path.resolve(__dirname, '../../../node_modules/@strapi', file));

/** Strapi's English strings, as its admin build loads them (the keys our Vietnamese fills in). */
function english(): Record<string, string> {
  const load = (file: string, prefix: string) => {
    const module = strapiFile(file);
    const data: Record<string, string> = module.default ?? module;
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [`${prefix}${key}`, value]));
  };
  return {
    ...load('admin/dist/admin/admin/src/translations/en.json.js', ''),
    ...load('content-manager/dist/admin/translations/en.json.js', 'content-manager.'),
    ...load('upload/dist/admin/translations/en.json.js', 'upload.'),
  };
}

/** The ICU parser react-intl uses in the admin panel, from where Strapi's admin resolves it. */
const { parse } = require(require.resolve('@formatjs/icu-messageformat-parser', { paths: [path.resolve(__dirname, '../../../node_modules/@strapi/admin')] }));

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The names of a message's arguments ({count}, {name, select, …}), wherever they sit. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      Object.values(node.options ?? {}).forEach((option) => walk(option.value));
      if (node.children) walk(node.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

describe("the admin panel's Vietnamese for an author's screens", () => {
  const en = english();
  const ours = vi as Record<string, string>;

  it('translates keys Strapi has, and keeps their placeholders', () => {
    for (const [key, message] of Object.entries(ours)) {
      expect({ key, known: key in en }).toEqual({ key, known: true });
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(en[key]) });
      expect({ key, translated: message.trim().length > 0 }).toEqual({ key, translated: true });
    }
  });

  it('covers the log-in, the main menu, the content-manager and the media library', () => {
    const builtIn = strapiFile('admin/dist/admin/admin/src/translations/vi.json.js');
    const strapiVi: Record<string, string> = { ...(builtIn.default ?? builtIn) };
    const cmVi = strapiFile('content-manager/dist/admin/translations/vi.json.js');
    for (const [key, value] of Object.entries(cmVi.default ?? cmVi)) strapiVi[`content-manager.${key}`] = value as string;
    const screens = /^(Auth\.|app\.components\.LeftMenu|global\.|content-manager\.(containers\.(List|list|edit|EditView)\.|components\.(LeftMenu|TableDelete|uid)|relation|success|actions)|upload\.(list\.|header\.|input\.|modal\.|form\.|upload\.))/;
    const missing = Object.keys(en).filter((key) => screens.test(key) && !(key in strapiVi) && !(key in ours));
    expect(missing).toEqual([]);
  });
});

describe("the admin panel's Vietnamese for this project's own ids", () => {
  it('names every content type and every enumeration value of the API in Vietnamese, apart from Strapi’s keys', () => {
    const fs = require('fs');
    const app: Record<string, string> = require('../translations/vi-app.json');
    const api = path.resolve(__dirname, '../../api');
    const wanted: string[] = [];
    for (const name of fs.readdirSync(api)) {
      const types = path.join(api, name, 'content-types');
      if (!fs.existsSync(types)) continue;
      for (const type of fs.readdirSync(types)) {
        const schema = JSON.parse(fs.readFileSync(path.join(types, type, 'schema.json'), 'utf8'));
        wanted.push(schema.info.displayName);
        for (const attribute of Object.values(schema.attributes) as Array<{ type: string; enum?: string[] }>) {
          if (attribute.type === 'enumeration') wanted.push(...(attribute.enum ?? []));
        }
      }
    }
    expect(wanted.filter((id) => !app[id]?.trim())).toEqual([]);
    const strapiKeys = Object.keys(english());
    expect(Object.keys(app).filter((id) => strapiKeys.includes(id))).toEqual([]);
  });
});
