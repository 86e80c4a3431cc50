// Fills a fresh database (SQLite, or PostgreSQL when DATABASE_URL is set) with the reference data and
// `items` published items (each a draft row and a published row, as Strapi keeps them), with units,
// topics and a cover with formats. Rows are written in bulk with knex: creating them through the
// workflow would take hours and measures nothing we benchmark (knex also bypasses the workflow's
// lifecycle guard, which is the point). The app builds its search tables from the articles table
// when it next starts (its start-up re-index).
const path = require('path');
const crypto = require('crypto');
const { createStrapi } = require('@strapi/strapi');

const WORDS = (
  'giáo dục đào tạo học sinh giáo viên trường học năm học mới khai giảng thi tốt nghiệp trung học phổ thông ' +
  'chuyển đổi số điện biên vùng cao bán trú dân tộc nội trú chất lượng kiểm định thư viện sách giáo khoa ' +
  'hội nghị tổng kết thi đua khen thưởng an toàn trường học phòng chống đuối nước kỹ năng sống'
).split(' ');

function words(rand, n) {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

function seeded(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

module.exports = async function prepare({ appDir, distDir, items }) {
  const strapi = await createStrapi({ appDir, distDir }).load();
  try {
    const { seedReference } = require(path.join(distDir, 'src/seed/reference.js'));
    const { ARTICLE } = require('../uids');
    await seedReference(strapi);
    const knex = strapi.db.connection;
    const isPostgres = strapi.db.dialect.client === 'postgres';
    // SQLite keeps Strapi's datetimes as epoch milliseconds; PostgreSQL wants timestamps.
    const at = (ms) => (isPostgres ? new Date(ms) : ms);
    const units = await knex('units').select('id');
    const topics = await knex('topics').select('id');
    const rand = seeded(42);
    const now = Date.now();

    const files = [];
    for (let i = 0; i < 20; i += 1) {
      const hash = `bench_cover_${i}`;
      const format = (name, width, height) => ({ name: `${name}_${hash}.jpg`, hash: `${name}_${hash}`, ext: '.jpg', mime: 'image/jpeg', width, height, size: width / 10, url: `/uploads/${name}_${hash}.jpg` });
      files.push({
        document_id: crypto.randomBytes(12).toString('hex'), name: `${hash}.jpg`, alternative_text: words(rand, 5), caption: null,
        width: 1600, height: 900, hash, ext: '.jpg', mime: 'image/jpeg', size: 240.5, url: `/uploads/${hash}.jpg`, provider: 'local',
        formats: JSON.stringify({ thumbnail: format('thumbnail', 245, 138), small: format('small', 500, 281), medium: format('medium', 750, 422), large: format('large', 1000, 563) }),
        folder_path: '/', created_at: at(now), updated_at: at(now), published_at: at(now),
      });
    }
    await knex.batchInsert('files', files, 100);
    const fileIds = (await knex('files').select('id')).map((row) => row.id);

    for (let start = 0; start < items; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(items, start + 500); i += 1) {
        const title = `${words(rand, 8)} ${i}`;
        const body = JSON.stringify(
          Array.from({ length: 6 }, () => ({ type: 'paragraph', children: [{ type: 'text', text: words(rand, 60) }] }))
        );
        const publishedAt = now - i * 3_600_000;
        const common = {
          document_id: crypto.randomBytes(12).toString('hex'), title, slug: `bench-${i}`, summary: words(rand, 25), body,
          kind: ['news', 'article', 'feature'][i % 3], byline: 'Phòng QLCL', channel_website: 1, channel_fanpage: 0,
          created_at: at(publishedAt), updated_at: at(publishedAt),
        };
        rows.push({ ...common, published_at: null }, { ...common, published_at: at(publishedAt) });
      }
      await knex.transaction(async (trx) => {
        const inserted = [];
        if (isPostgres) {
          // One statement; PostgreSQL returns the ids in the order of the rows.
          inserted.push(...(await trx('articles').insert(rows).returning('id')).map((result) => result.id));
        } else {
          for (const row of rows) {
            const [result] = await trx('articles').insert(row).returning('id');
            inserted.push(typeof result === 'object' ? result.id : result);
          }
        }
        const unitLinks = [];
        const topicLinks = [];
        const covers = [];
        inserted.forEach((id, n) => {
          const item = start + Math.floor(n / 2);
          unitLinks.push({ article_id: id, unit_id: units[item % units.length].id });
          topicLinks.push({ article_id: id, topic_id: topics[item % topics.length].id, topic_ord: 1 });
          const second = (item * 7 + 3) % topics.length === item % topics.length ? (item + 1) % topics.length : (item * 7 + 3) % topics.length;
          topicLinks.push({ article_id: id, topic_id: topics[second].id, topic_ord: 2 });
          covers.push({ file_id: fileIds[item % fileIds.length], related_id: id, related_type: ARTICLE, field: 'cover', order: 1 });
        });
        await trx.batchInsert('articles_unit_lnk', unitLinks, 200);
        await trx.batchInsert('articles_topics_lnk', topicLinks, 200);
        await trx.batchInsert('files_related_mph', covers, 200);
      });
    }
  } finally {
    await strapi.destroy();
  }
};
