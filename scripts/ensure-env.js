#!/usr/bin/env node
// Makes `npm run develop` work on a fresh clone: writes .env from .env.example with fresh random
// secrets when there is no .env yet. Never overwrites an existing .env; does nothing in production.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const target = path.join(root, '.env');
const example = path.join(root, '.env.example');
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

function secret() {
  return crypto.randomBytes(24).toString('base64');
}

function ensureEnv() {
  if (fs.existsSync(target) || process.env.NODE_ENV === 'production') return false;
  const lines = fs.readFileSync(example, 'utf8').split('\n').map((line) => {
    const match = /^([A-Z_]+)=/.exec(line);
    if (!match || !SECRETS.includes(match[1])) return line;
    const value = match[1] === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret();
    return `${match[1]}=${value}`;
  });
  fs.writeFileSync(target, lines.join('\n'), { mode: 0o600 });
  console.log('Đã tạo .env với các khoá bí mật ngẫu nhiên (created .env with random secrets).');
  return true;
}

if (require.main === module) ensureEnv();
module.exports = { ensureEnv };
