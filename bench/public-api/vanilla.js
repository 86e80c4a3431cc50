// A vanilla Strapi project in a temporary folder: the same content types (schemas copied from
// src/api), core routers, controllers and services, Strapi's default middlewares, the public role
// allowed `find` on items. It shares this repository's node_modules and runs on a copy of the
// bench database, so the production app carries no bench-only route or flag.
const fs = require('fs');
const path = require('path');

const files = {
  'config/database.js': `module.exports = ({ env }) => ({ connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true } });`,
  'config/server.js': `module.exports = ({ env }) => ({ host: env('HOST', '127.0.0.1'), port: env.int('PORT', 1338), app: { keys: env.array('APP_KEYS') } });`,
  'config/admin.js': `module.exports = ({ env }) => ({ serveAdminPanel: false, auth: { secret: env('ADMIN_JWT_SECRET') }, apiToken: { salt: env('API_TOKEN_SALT') }, transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } }, secrets: { encryptionKey: env('ENCRYPTION_KEY') } });`,
  'config/api.js': `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };`,
  'config/plugins.js': `module.exports = ({ env }) => ({ 'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } } });`,
  'config/middlewares.js': `module.exports = ['strapi::logger','strapi::errors','strapi::security','strapi::cors','strapi::poweredBy','strapi::query','strapi::body','strapi::session','strapi::favicon','strapi::public'];`,
  'src/index.js': `module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const action of ['api::article.article.find', 'api::article.article.findOne']) {
      const has = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
      if (!has) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  },
};`,
};

module.exports = function writeVanillaProject({ repoDir, dir }) {
  fs.rmSync(dir, { recursive: true, force: true });
  // Strapi finds its plugins (users-permissions…) among the package's dependencies.
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(repoDir, 'package.json'), 'utf8'));
  files['package.json'] = JSON.stringify({ name: 'vanilla-bench', private: true, version: '0.0.0', dependencies });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  fs.symlinkSync(path.join(repoDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const apiDir = path.join(repoDir, 'src', 'api');
  for (const name of fs.readdirSync(apiDir)) {
    const schema = path.join(apiDir, name, 'content-types', name, 'schema.json');
    if (!fs.existsSync(schema)) continue;
    const uid = `api::${name}.${name}`;
    const target = path.join(dir, 'src', 'api', name);
    fs.mkdirSync(path.join(target, 'content-types', name), { recursive: true });
    fs.copyFileSync(schema, path.join(target, 'content-types', name, 'schema.json'));
    for (const [kind, factory] of [['routes', 'createCoreRouter'], ['controllers', 'createCoreController'], ['services', 'createCoreService']]) {
      fs.mkdirSync(path.join(target, kind), { recursive: true });
      fs.writeFileSync(path.join(target, kind, `${name}.js`), `module.exports = require('@strapi/strapi').factories.${factory}('${uid}');\n`);
    }
  }
};
