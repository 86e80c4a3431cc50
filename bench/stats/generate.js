// Writes a province-and-a-half of newsroom history straight into PostgreSQL, for the statistics
// benchmark: 600 units, `items` items over two school years (2025-09-01 … 2027-08-31, Vietnam time),
// with what the statistics read (articles' draft and published rows and their unit links, the
// workflow's item states with first submission and first publication, media assets with their
// sent month, monthly opinion reports, quota policies with a few unit overrides).
//
// Everything is INSERT … SELECT generate_series on the server: going through Strapi's services would
// take hours and measure nothing we benchmark. Table and column names come from
// `strapi.db.metadata`, so a renamed attribute breaks loudly here instead of filling a stale column.
// Timestamps are `timestamp without time zone` holding UTC, as Strapi writes them on PostgreSQL.

/** The province's units by kind, in its proportions; departments include the 8 of the reference data. */
const UNIT_MIX = [
  { kind: 'department', count: 10, prefix: 'BENCH-PHONG', name: 'Phòng chuyên môn', itemWeight: 3, mediaWeight: 0.5 },
  { kind: 'commune-culture', count: 45, prefix: 'BENCH-XA', name: 'Phòng Văn hoá - Xã hội xã', itemWeight: 4, mediaWeight: 1.5 },
  { kind: 'affiliated', count: 40, prefix: 'BENCH-TT', name: 'Trường THPT', itemWeight: 2.5, mediaWeight: 1.5 },
  { kind: 'school', count: 502, prefix: 'BENCH-TH', name: 'Trường Tiểu học', itemWeight: 0.35, mediaWeight: 1 },
  { kind: 'association', count: 3, prefix: 'BENCH-CH', name: 'Chi hội', itemWeight: 0.5, mediaWeight: 0.3 },
];
const UNIT_COUNT = UNIT_MIX.reduce((sum, k) => sum + k.count, 0);

/** First instant of the data, 2025-09-01 00:00 in Vietnam, as UTC; two years of 730 days. */
const START_UTC = '2025-08-31 17:00:00';
const DAYS = 730;
const CHUNK = 250_000;

const { ARTICLE, ITEM_STATE, MEDIA_ASSET: MEDIA, OPINION_REPORT: REPORT, QUOTA_POLICY: QUOTA, UNIT } = require('../uids');

module.exports = async function generate(strapi, { items, log, seed = 0.42 }) {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client !== 'postgres') throw new Error('bench/stats generates into PostgreSQL only');
  const sql = (text, bindings = []) => knex.raw(text, bindings);
  const step = async (label, fn) => {
    const t = Date.now();
    const result = await fn();
    log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return result;
  };

  /** Table and column names of a content type, from Strapi's metadata. */
  const tableOf = (uid) => {
    const meta = strapi.db.metadata.get(uid);
    const column = (attr) => {
      const attribute = meta.attributes[attr];
      if (!attribute || !attribute.columnName) throw new Error(`${uid} has no column for ${attr}`);
      return attribute.columnName;
    };
    const has = (attr) => Boolean(meta.attributes[attr] && meta.attributes[attr].columnName);
    const link = (attr) => {
      const { joinTable } = meta.attributes[attr];
      return { name: joinTable.name, own: joinTable.joinColumn.name, other: joinTable.inverseJoinColumn.name };
    };
    return { name: meta.tableName, column, has, link };
  };
  /**
   * `INSERT INTO table (cols) SELECT exprs FROM …` from an attribute → SQL expression map; the
   * bookkeeping columns every Strapi row has are added.
   */
  const insertSelect = (uid, values, from, { published = 'now_utc' } = {}) => {
    const t = tableOf(uid);
    const all = { documentId: 'doc', createdAt: 'now_utc', updatedAt: 'now_utc', publishedAt: published, ...values };
    const cols = Object.keys(all).map((attr) => `"${t.column(attr)}"`);
    return `INSERT INTO "${t.name}" (${cols.join(', ')}) SELECT ${Object.values(all).join(', ')} FROM ${from}`;
  };
  const now = `(now() AT TIME ZONE 'UTC')`;
  const withNow = (from) => `(SELECT *, ${now} AS now_utc FROM ${from}) AS src`;

  const unit = tableOf(UNIT);
  const article = tableOf(ARTICLE);
  const state = tableOf(ITEM_STATE);
  const media = tableOf(MEDIA);
  const report = tableOf(REPORT);
  const quota = tableOf(QUOTA);

  // 1. Units: top up each kind to its share of the 600.
  await step(`units: ${UNIT_COUNT} in all`, async () => {
    const existing = (await sql(`SELECT "${unit.column('kind')}" AS kind, count(*)::int AS n FROM "${unit.name}" GROUP BY 1`)).rows;
    for (const mix of UNIT_MIX) {
      const have = existing.find((row) => row.kind === mix.kind)?.n ?? 0;
      const missing = mix.count - have;
      if (missing <= 0) continue;
      await sql(
        insertSelect(
          UNIT,
          { code: `?::text || lpad(g::text, 3, '0')`, name: `?::text || ' ' || g`, kind: '?::text', active: 'true' },
          withNow(`(SELECT g, 'bu' || md5(?::text || g) AS doc FROM generate_series(1, ?::int) AS g) AS gs`)
        ),
        [`${mix.prefix}-`, mix.name, mix.kind, mix.prefix, missing]
      );
    }
  });
  const unitRows = (await sql(`SELECT id, "${unit.column('kind')}" AS kind FROM "${unit.name}" ORDER BY id`)).rows;
  if (unitRows.length !== UNIT_COUNT) throw new Error(`expected ${UNIT_COUNT} units, found ${unitRows.length}`);

  /**
   * Weighted pick of a unit: a work table of about 10,000 numbered slots, each unit holding slots in
   * proportion to its weight; a row joins the slot `1 + floor(random() * slots)`. Returns the count.
   */
  const fillSlots = async (table, weightOf) => {
    const weights = unitRows.map((row) => weightOf(UNIT_MIX.find((m) => m.kind === row.kind)));
    const total = weights.reduce((a, b) => a + b, 0);
    const out = [];
    unitRows.forEach((row, n) => {
      for (let k = Math.max(1, Math.round((weights[n] / total) * 10_000)); k > 0; k -= 1) out.push(row.id);
    });
    await sql(`DROP TABLE IF EXISTS ${table}`);
    await sql(`CREATE UNLOGGED TABLE ${table} AS SELECT slot::int, unit_id FROM unnest(ARRAY[${out.join(',')}]::int[]) WITH ORDINALITY AS s(unit_id, slot)`);
    await sql(`ALTER TABLE ${table} ADD PRIMARY KEY (slot)`);
    return out.length;
  };

  // 2. Quota overrides: a few schools with a weekly minimum of their own (the kind has none).
  await step('quota policies: 5 unit overrides on top of the seeded ones', async () => {
    const schools = unitRows.filter((row) => row.kind === 'school').slice(0, 5);
    for (const school of schools) {
      const [{ id }] = (
        await sql(
          `${insertSelect(
            QUOTA,
            { unitKind: `'school'`, metric: `'items_submitted'`, period: `'week'`, minimum: '1', note: `'Trường điểm: 01 tin, bài/tuần'` },
            withNow(`(SELECT 'bq' || md5(random()::text) AS doc) AS d`)
          )} RETURNING id`
        )
      ).rows;
      const link = quota.link('unit');
      await sql(`INSERT INTO "${link.name}" ("${link.own}", "${link.other}") VALUES (?, ?)`, [id, school.id]);
    }
  });

  // 3. The items' facts, drawn once into a work table that the inserts below read.
  await step(`drawing ${items.toLocaleString('en')} items`, async () => {
    await sql('DROP TABLE IF EXISTS bench_gen_items');
    const slotCount = await fillSlots('bench_gen_item_slots', (m) => m.itemWeight);
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT setseed(?)', [seed]);
      await trx.raw(`
        CREATE UNLOGGED TABLE bench_gen_items AS
        WITH r AS MATERIALIZED (
          SELECT g AS i, random() AS r_unit, random() AS r_kind, random() AS r_state, random() AS r_move, random() AS r_other,
                 random() AS r_created, random() AS r_submit, random() AS r_publish
          FROM generate_series(1, ${Number(items)}) AS g
        ), drawn AS (
          SELECT i,
                 first_slot.unit_id AS first_unit, other_slot.unit_id AS other_unit,
                 CASE WHEN r_kind < 0.6 THEN 'news' WHEN r_kind < 0.9 THEN 'article' ELSE 'feature' END AS kind,
                 CASE WHEN r_state < 0.05 THEN 'draft' WHEN r_state < 0.12 THEN 'returned' WHEN r_state < 0.20 THEN 'in_review'
                      WHEN r_state < 0.25 THEN 'awaiting_approval' WHEN r_state < 0.30 THEN 'approved'
                      WHEN r_state < 0.33 THEN 'unpublished' ELSE 'published' END AS state,
                 r_move < 0.02 AS moved,
                 timestamp '${START_UTC}' + r_created * interval '${DAYS} days' AS created_at,
                 r_submit * interval '3 days' AS submit_after,
                 interval '2 hours' + r_publish * interval '5 days' AS publish_after
          FROM r
          JOIN bench_gen_item_slots first_slot ON first_slot.slot = 1 + floor(r_unit * ${slotCount})::int
          JOIN bench_gen_item_slots other_slot ON other_slot.slot = 1 + floor(r_other * ${slotCount})::int
        )
        SELECT i, 'bi' || lpad(to_hex(i), 22, '0') AS doc, kind, state,
               -- 2 % of items moved to another unit after their first submission: counted for the first.
               CASE WHEN moved AND state <> 'draft' THEN other_unit ELSE first_unit END AS unit_id,
               CASE WHEN state <> 'draft' THEN first_unit END AS first_unit_id,
               created_at,
               CASE WHEN state <> 'draft' THEN created_at + submit_after END AS first_submitted_at,
               CASE WHEN state IN ('published', 'unpublished') THEN created_at + submit_after + publish_after END AS first_published_at
        FROM drawn`);
    });
    await sql('DROP TABLE bench_gen_item_slots');
    await sql('ALTER TABLE bench_gen_items ADD PRIMARY KEY (i)');
    await sql('ANALYZE bench_gen_items');
  });

  // Chunked by item number, for progress on the big inserts.
  const chunked = async (label, fn) => {
    for (let lo = 1; lo <= items; lo += CHUNK) {
      const hi = Math.min(items, lo + CHUNK - 1);
      const t = Date.now();
      await fn(`(SELECT * FROM bench_gen_items WHERE i BETWEEN ${lo} AND ${hi}) AS g`);
      log(`  ${label}: ${hi.toLocaleString('en')}/${items.toLocaleString('en')} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
  };

  // 4. Articles: a draft row for every item, a published row for the published ones, each linked to the item's unit.
  const articleValues = {
    title: `'Tin bài thử nghiệm số ' || i`,
    slug: `'bench-' || i`,
    summary: `'Tóm tắt tin bài thử nghiệm số ' || i`,
    kind: 'kind',
    // Not for the website: the public API indexes published website rows for search at start-up
    // (hundreds a second here), which would make a start at 1,000,000 take an hour; the statistics
    // read neither the flag nor the index.
    channelWebsite: 'false',
    channelFanpage: 'false',
    scopeUnitId: 'unit_id',
    createdAt: 'created_at',
    updatedAt: 'coalesce(first_published_at, first_submitted_at, created_at)',
  };
  const articleLink = article.link('unit');
  await chunked('articles, draft rows', (from) => sql(insertSelect(ARTICLE, articleValues, withNow(from), { published: 'NULL' })));
  await chunked('articles, published rows', (from) =>
    sql(insertSelect(ARTICLE, articleValues, withNow(`(SELECT * FROM ${from} WHERE state = 'published') AS p`), { published: 'first_published_at' }))
  );
  await chunked('article unit links', (from) =>
    sql(
      `INSERT INTO "${articleLink.name}" ("${articleLink.own}", "${articleLink.other}")
       SELECT a.id, g.unit_id FROM ${from} JOIN "${article.name}" a ON a."${article.column('documentId')}" = g.doc`
    )
  );

  // 5. Workflow states: first submission (time, unit, kind) and first publication (time, unit).
  const stateValues = {
    documentId: `'bs' || substr(doc, 3)`,
    itemDocumentId: 'doc',
    state: 'state',
    version: `CASE state WHEN 'draft' THEN 1 WHEN 'returned' THEN 3 WHEN 'in_review' THEN 2 WHEN 'awaiting_approval' THEN 3 WHEN 'approved' THEN 4 WHEN 'published' THEN 5 ELSE 6 END`,
    departmentId: `CASE WHEN state <> 'draft' THEN ${unitRows.find((row) => row.kind === 'department').id} END`,
    firstSubmittedAt: 'first_submitted_at',
    firstSubmittedUnitId: 'first_unit_id',
    lastPublishedAt: 'first_published_at',
    createdAt: 'created_at',
    updatedAt: 'coalesce(first_published_at, first_submitted_at, created_at)',
  };
  // The statistics' own columns, where the schema has them already.
  const optional = {
    firstSubmittedKind: `CASE WHEN state <> 'draft' THEN kind END`,
    firstPublishedAt: 'first_published_at',
    firstPublishedUnitId: `CASE WHEN first_published_at IS NOT NULL THEN unit_id END`,
  };
  const present = Object.keys(optional).filter((attr) => state.has(attr));
  const absent = Object.keys(optional).filter((attr) => !state.has(attr));
  for (const attr of present) stateValues[attr] = optional[attr];
  if (absent.length) log(`  note: ew_item_states has no column for ${absent.join(', ')} yet; left out`);
  await chunked('item states', (from) => sql(insertSelect(ITEM_STATE, stateValues, withNow(from))));

  // 6. Media assets: what a province sends, about 2 per unit and month whatever the number of items
  //    (600 units × 24 months × 2 = 28,800), spread over units by weight (schools send photos too).
  const mediaCount = UNIT_COUNT * 24 * 2;
  await step(`media assets: ${mediaCount.toLocaleString('en')}`, async () => {
    const link = media.link('unit');
    const slotCount = await fillSlots('bench_gen_media_slots', (m) => m.mediaWeight);
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT setseed(?)', [seed / 2]);
      await trx.raw(`
        CREATE UNLOGGED TABLE bench_gen_media AS
        WITH r AS MATERIALIZED (
          SELECT g AS i, random() AS r_unit, random() AS r_at, random() AS r_kind
          FROM generate_series(1, ${mediaCount}) AS g
        )
        SELECT i, 'bm' || lpad(to_hex(i), 22, '0') AS doc, s.unit_id,
               timestamp '${START_UTC}' + r_at * interval '${DAYS} days' AS sent_at,
               CASE WHEN r_kind < 0.85 THEN 'photo' ELSE 'video' END AS kind
        FROM r JOIN bench_gen_media_slots s ON s.slot = 1 + floor(r_unit * ${slotCount})::int`);
    });
    await sql(
      insertSelect(
        MEDIA,
        {
          title: `'Tư liệu thử nghiệm số ' || i`,
          kind: 'kind',
          takenAt: 'sent_at',
          containsMinors: 'false',
          consentConfirmed: 'false',
          public: 'false',
          scopeUnitId: 'unit_id',
          sentMonth: `to_char(sent_at + interval '7 hours', 'YYYY-MM')`,
          createdAt: 'sent_at',
          updatedAt: 'sent_at',
        },
        withNow('bench_gen_media'),
        { published: 'sent_at' }
      )
    );
    await sql(
      `INSERT INTO "${link.name}" ("${link.own}", "${link.other}")
       SELECT m.id, g.unit_id FROM bench_gen_media g JOIN "${media.name}" m ON m."${media.column('documentId')}" = g.doc`
    );
    await sql('DROP TABLE bench_gen_media');
    await sql('DROP TABLE bench_gen_media_slots');
  });

  // 7. Opinion reports: communes and affiliated units, every month of the two years; 80 % filed,
  //    a quarter of those on the 20th or later (late), the rest missing.
  await step('opinion reports', async () => {
    const link = report.link('unit');
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT setseed(?)', [seed / 3]);
      await trx.raw(`
        CREATE UNLOGGED TABLE bench_gen_reports AS
        SELECT 'br' || md5(u.id || '/' || m.month) AS doc, u.id AS unit_id, m.month,
               -- 08:00-17:00 Vietnam time on day 1..28 of the month; day ≥ 20 is late.
               (m.month || '-01')::timestamp - interval '7 hours' + interval '8 hours'
                 + (CASE WHEN random() < 0.75 THEN floor(random() * 19) ELSE 19 + floor(random() * 9) END) * interval '1 day'
                 + random() * interval '9 hours' AS submitted_at
        FROM "${unit.name}" u
        CROSS JOIN (SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(date '2025-09-01', date '2027-08-01', interval '1 month') AS d) AS m
        WHERE u."${unit.column('kind')}" IN ('commune-culture', 'affiliated') AND random() < 0.8`);
    });
    await sql(
      insertSelect(
        REPORT,
        {
          period: 'month',
          concerns: `'Dư luận về công tác giáo dục trên địa bàn tháng ' || month`,
          handling: `'Đã nắm bắt, phản hồi kịp thời'`,
          submittedAt: 'submitted_at',
          unitPeriod: `unit_id || '/' || month`,
          scopeUnitId: 'unit_id',
          createdAt: 'submitted_at',
          updatedAt: 'submitted_at',
        },
        withNow('bench_gen_reports'),
        { published: 'submitted_at' }
      )
    );
    await sql(
      `INSERT INTO "${link.name}" ("${link.own}", "${link.other}")
       SELECT r.id, g.unit_id FROM bench_gen_reports g JOIN "${report.name}" r ON r."${report.column('documentId')}" = g.doc`
    );
    await sql('DROP TABLE bench_gen_reports');
  });

  const counts = await step('dropping the work table, VACUUM ANALYZE', async () => {
    await sql('DROP TABLE bench_gen_items');
    await sql('VACUUM ANALYZE');
    const count = async (table, where = '') => Number((await sql(`SELECT count(*) AS n FROM "${table}" ${where}`)).rows[0].n);
    return {
      units: await count(unit.name),
      articleRows: await count(article.name),
      itemStates: await count(state.name),
      submitted: await count(state.name, `WHERE "${state.column('firstSubmittedAt')}" IS NOT NULL`),
      mediaAssets: await count(media.name),
      opinionReports: await count(report.name),
      quotaPolicies: await count(quota.name),
    };
  });
  // 8. The counters table (ew_unit_period_counts) from the facts just written: the same recount the
  //    plugin runs on an upgrade, timed on its own.
  const rebuildStarted = Date.now();
  const rebuilt = await step('counters rebuild', () => strapi.plugin('editorial-workflow').service('stats').rebuildCounters());
  counts.rebuildSeconds = (Date.now() - rebuildStarted) / 1000;
  counts.counterRows = rebuilt.rows;
  await sql('ANALYZE ew_unit_period_counts');
  log(`  rows: ${JSON.stringify(counts)}`);
  return { ...counts, missingColumns: absent };
};

module.exports.UNIT_COUNT = UNIT_COUNT;
module.exports.UNIT_MIX = UNIT_MIX;
