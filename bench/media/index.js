#!/usr/bin/env node
/**
 * bench/media: N photos of 12 megapixels (4000×3000 JPEG with EXIF GPS, generated once into
 * .tmp/bench-media/) uploaded through the archive's rules and through Strapi's upload as it ships,
 * in one run. Each side runs in a child process of its own (a fresh SQLite database, a clean peak
 * RSS), sequentially, calling the upload service that both upload routes call (multipart parsing,
 * the same for both, is left out). Prints images per second, CPU time per image (the cost that a
 * machine busy with other work does not change), peak RSS, the ratios and the load average.
 *
 * Then, on the archive's side, how fast a pixel bomb (144 megapixels of white PNG, a few hundred
 * kilobytes) is refused, against a baseline measured in the same process: the refusal of an SVG,
 * which reads 64 bytes and no image. The rules read the bomb's header only (tests/media-upload
 * checks that no pixel is decoded); here its refusal must cost at most BOMB_TARGET × the baseline,
 * or the run exits with 2. Decoding it would take seconds.
 *
 *   npm run bench:media                                  # 100 photos, 30 refusals of each
 *   npm run bench:media -- --count 20 --refusals 10      # fewer, for a quick look
 *   npm run bench:media -- --allocator default           # glibc's allocator defaults on both sides
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { TEST_ENV } = require('../../tests/harness/app-env');
const { freshDatabase } = require('../../tests/harness/fresh-database');

const appDir = path.resolve(__dirname, '..', '..');
const workDir = path.join(appDir, '.tmp', 'bench-media');
const photoDir = path.join(workDir, 'photos');
const WIDTH = 4000;
const HEIGHT = 3000;
const WARM_UP = 2;

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const count = Number(arg('count', 100));
/**
 * The allocator setting production runs with (deploy/systemd/sgddt-newsroom@.service): both sides
 * run under it, as the app is deployed. `--allocator default` runs both with glibc's defaults.
 */
const unitFile = path.join(appDir, 'deploy', 'systemd', 'sgddt-newsroom@.service');
const deployedArenas = /^Environment=MALLOC_ARENA_MAX=(\d+)$/m.exec(fs.readFileSync(unitFile, 'utf8'))?.[1];
const allocator = arg('allocator', 'deployed') === 'default' || !deployedArenas ? {} : { MALLOC_ARENA_MAX: deployedArenas };
const refusals = Number(arg('refusals', 30));
/** The bomb's refusal, p50, at most this many times the baseline refusal's. */
const BOMB_TARGET = 5;

async function main() {
  if (process.env.MEDIA_BENCH_SIDE) return runSide(process.env.MEDIA_BENCH_SIDE);

  const photos = await generatePhotos(count + WARM_UP);
  const refused = await generateRefused();
  console.log(`Compiling the app…`);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await require('@strapi/strapi').compileStrapi();

  const results = {};
  for (const side of ['ours', 'vanilla']) {
    console.log(`Uploading ${count} photos (${WIDTH}×${HEIGHT}) through ${side === 'ours' ? 'the archive rules' : 'vanilla Strapi'}…`);
    const output = execFileSync(process.execPath, [__filename, ...process.argv.slice(2)], {
      env: { ...withoutArenaSetting(process.env), ...allocator, MEDIA_BENCH_SIDE: side, MEDIA_BENCH_PHOTOS: JSON.stringify(photos), MEDIA_BENCH_REFUSED: JSON.stringify(refused) },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    }).toString();
    results[side] = JSON.parse(output.trim().split('\n').pop());
  }

  const { ours, vanilla } = results;
  const row = (name, r) =>
    `${name.padEnd(22)} ${r.imagesPerSecond.toFixed(2).padStart(8)} img/s ${String(r.cpuMsPerImage).padStart(6)} ms CPU/img ${String(r.peakRssMb).padStart(6)} MB peak RSS ` +
    `${r.seconds.toFixed(1).padStart(6)} s   originals with GPS: ${r.withGps}/${r.images}, with EXIF: ${r.withExif}/${r.images}, formats: ${r.formats}`;
  console.log(`\nmedia upload benchmark: ${count} photos of ${(WIDTH * HEIGHT) / 1e6} MP, node ${process.version}, ${os.cpus().length} CPUs`);
  console.log(`allocator, both sides: ${allocator.MALLOC_ARENA_MAX ? `MALLOC_ARENA_MAX=${allocator.MALLOC_ARENA_MAX} (as deployed: deploy/systemd)` : "glibc's defaults"}`);
  console.log(row('archive rules (ours)', ours));
  console.log(row('vanilla Strapi', vanilla));
  console.log(
    `ratio ours/vanilla: throughput ${(ours.imagesPerSecond / vanilla.imagesPerSecond).toFixed(2)}×, ` +
      `CPU per image ${(ours.cpuMsPerImage / vanilla.cpuMsPerImage).toFixed(2)}×, peak RSS ${(ours.peakRssMb / vanilla.peakRssMb).toFixed(2)}×`
  );
  console.log(`load average at the end (1, 5, 15 min): ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`);

  const { bomb, baseline } = ours.refusals;
  const ratio = bomb.p50 / baseline.p50;
  console.log(
    `\nrefusals through the archive rules, ${refusals} of each, alternating (ms): pixel bomb (${(bomb.bytes / 1024).toFixed(0)} KB, 144 MP) ` +
      `p50 ${bomb.p50.toFixed(2)} max ${bomb.max.toFixed(2)}; baseline (SVG) p50 ${baseline.p50.toFixed(2)} max ${baseline.max.toFixed(2)}; ` +
      `one accepted photo ${((1000 * ours.seconds) / ours.images).toFixed(0)} on average`
  );
  console.log(`target: the bomb's refusal at most ${BOMB_TARGET}× the baseline's (p50): ${ratio.toFixed(2)}× — ${ratio <= BOMB_TARGET ? 'met' : 'NOT met'}`);
  if (ratio > BOMB_TARGET) process.exitCode = 2;
}

/** The environment without an arena setting of the shell's own: the run says which one it used. */
function withoutArenaSetting(env) {
  const { MALLOC_ARENA_MAX, ...rest } = env;
  return rest;
}

/**
 * The refused files, made once: a pixel bomb (12,000 × 12,000 white, as tests/fixtures/media/samples.ts
 * makes it) and an SVG.
 */
async function generateRefused() {
  const sharp = require('sharp');
  fs.mkdirSync(photoDir, { recursive: true });
  const bomb = path.join(photoDir, 'bomb.png');
  const baseline = path.join(photoDir, 'logo.svg');
  if (!fs.existsSync(bomb)) {
    console.log(`Generating a pixel bomb (12000×12000 PNG) into ${path.relative(appDir, photoDir)}…`);
    await sharp({ create: { width: 12000, height: 12000, channels: 3, background: '#fff' } }).greyscale().png({ compressionLevel: 9 }).toFile(`${bomb}.tmp`);
    fs.renameSync(`${bomb}.tmp`, bomb);
  }
  fs.writeFileSync(baseline, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n');
  return { bomb, baseline };
}

/** Distinct photo-like JPEGs (smooth noise, ~4–6 MB each like a phone's) with a GPS position in their EXIF. */
async function generatePhotos(total) {
  const sharp = require('sharp');
  fs.mkdirSync(photoDir, { recursive: true });
  const files = Array.from({ length: total }, (_, i) => path.join(photoDir, `photo-${String(i).padStart(3, '0')}.jpg`));
  const missing = files.filter((file) => !fs.existsSync(file));
  if (missing.length) console.log(`Generating ${missing.length} photos of ${WIDTH}×${HEIGHT} into ${path.relative(appDir, photoDir)}…`);
  for (const file of missing) {
    const seed = files.indexOf(file);
    const noise = await sharp({
      create: { width: WIDTH / 2, height: HEIGHT / 2, channels: 3, noise: { type: 'gaussian', mean: 100 + (seed % 50), sigma: 35 } },
    })
      .raw()
      .toBuffer({ resolveWithObject: true });
    await sharp(noise.data, { raw: noise.info })
      .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
      .jpeg({ quality: 88 })
      .withMetadata({ orientation: seed % 4 === 0 ? 6 : 1 })
      .withExifMerge({
        IFD0: { Make: 'BenchCam', Model: `Photo ${seed}` },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: `21/1 ${seed % 60}/1 0/1`, GPSLongitudeRef: 'E', GPSLongitude: '103/1 1/1 0/1' },
      })
      .toFile(file);
  }
  return files;
}

/** One side, in its own process: boot Strapi on a fresh database, upload, measure, clean up. */
async function runSide(side) {
  const sharp = require('sharp');
  const photos = JSON.parse(process.env.MEDIA_BENCH_PHOTOS);
  const uploadsDir = path.join(appDir, 'public', 'uploads');
  const before = new Set(fs.readdirSync(uploadsDir));
  const database = await freshDatabase({ prefix: `bench_media_${side}`, postgresUrl: '', sqliteDir: workDir });
  Object.assign(process.env, {
    ...TEST_ENV,
    // Not production: runWithVanillaUploadForBenchmark refuses to run there.
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    ...database.env,
    // Lets the vanilla side switch the archive's hooks off (src/media/upload-hooks.ts).
    MEDIA_BENCHMARK: side === 'vanilla' ? 'vanilla-comparison' : '',
  });

  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const { runWithVanillaUploadForBenchmark } = require(path.join(appDir, 'dist', 'src', 'media', 'upload-hooks.js'));
  const service = strapi.plugin('upload').service('upload');
  const uploadOne = (file, name, mimetype = 'image/jpeg') => {
    const input = { data: {}, files: { filepath: file, originalFilename: name, size: fs.statSync(file).size, mimetype } };
    const work = () => service.upload(input);
    return side === 'vanilla' ? runWithVanillaUploadForBenchmark(work) : work();
  };

  try {
    for (let i = 0; i < WARM_UP; i += 1) await uploadOne(photos[i], `anh-${i}.jpg`);
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const stored = [];
    for (let i = WARM_UP; i < photos.length; i += 1) stored.push(...(await uploadOne(photos[i], `anh-${i}.jpg`)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // CPU time of the process (every thread of sharp's pool): the cost of a photo, which a loaded machine does not change.
    const cpu = process.cpuUsage(cpuBefore);

    let withGps = 0;
    let withExif = 0;
    for (const file of stored) {
      const { exif } = await sharp(path.join(uploadsDir, file.url.replace(/^\/uploads\//, ''))).metadata();
      if (exif) withExif += 1;
      if (exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))) withGps += 1;
    }
    const result = {
      refusals: side === 'ours' ? await timeRefusals(uploadOne) : null,
      images: stored.length,
      seconds,
      imagesPerSecond: stored.length / seconds,
      cpuMsPerImage: Math.round((cpu.user + cpu.system) / 1000 / stored.length),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      withGps,
      withExif,
      formats: Object.keys(stored[0]?.formats ?? {}).join('+'),
    };
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
  } finally {
    await strapi.destroy();
    for (const name of fs.readdirSync(uploadsDir)) if (!before.has(name)) fs.rmSync(path.join(uploadsDir, name), { force: true });
    await database.drop();
  }
}

/**
 * Refuses the bomb and the baseline SVG `refusals` times each, alternating, after one of each to
 * warm up; every attempt must end in the archive's 400 (a ValidationError).
 */
async function timeRefusals(uploadOne) {
  const files = JSON.parse(process.env.MEDIA_BENCH_REFUSED);
  // Named and typed as a browser would send them; the refusal each must end in.
  const sent = {
    bomb: { name: 'bomb.png', mimetype: 'image/png', refusal: /megapixel/ },
    baseline: { name: 'logo.svg', mimetype: 'image/svg+xml', refusal: /SVG/ },
  };
  const samples = { bomb: [], baseline: [] };
  const refuse = async (kind, record) => {
    const started = process.hrtime.bigint();
    const error = await uploadOne(files[kind], sent[kind].name, sent[kind].mimetype).then(
      () => null,
      (thrown) => thrown
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!error || error.name !== 'ValidationError' || !sent[kind].refusal.test(error.message)) {
      throw new Error(`${kind}: expected the archive's refusal matching ${sent[kind].refusal}, got ${error ? error.stack : 'an upload'}`);
    }
    if (record) samples[kind].push(ms);
  };
  for (let i = 0; i <= refusals; i += 1) {
    for (const kind of i % 2 ? ['bomb', 'baseline'] : ['baseline', 'bomb']) await refuse(kind, i > 0);
  }
  const stats = (kind) => {
    const sorted = [...samples[kind]].sort((a, b) => a - b);
    return { p50: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], bytes: fs.statSync(files[kind]).size };
  };
  return { bomb: stats('bomb'), baseline: stats('baseline') };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
