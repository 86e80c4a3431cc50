#!/usr/bin/env node
/**
 * bench/media: N photos of 12 megapixels (4000×3000 JPEG with EXIF GPS, generated once into
 * .tmp/bench-media/) uploaded through the archive's rules and through Strapi's upload as it ships,
 * in one run. Each side runs in a child process of its own (a fresh SQLite database, a clean peak
 * RSS), sequentially, calling the upload service that both upload routes call (multipart parsing,
 * the same for both, is left out). Prints images per second, peak RSS and the ratios.
 *
 *   npm run bench:media                 # 100 photos
 *   npm run bench:media -- --count 20   # fewer, for a quick look
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { BENCH_STRAPI_ENV } = require('../strapi-env');

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

async function main() {
  if (process.env.MEDIA_BENCH_SIDE) return runSide(process.env.MEDIA_BENCH_SIDE);

  const photos = await generatePhotos(count + WARM_UP);
  console.log(`Compiling the app…`);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await require('@strapi/strapi').compileStrapi();

  const results = {};
  for (const side of ['ours', 'vanilla']) {
    console.log(`Uploading ${count} photos (${WIDTH}×${HEIGHT}) through ${side === 'ours' ? 'the archive rules' : 'vanilla Strapi'}…`);
    const output = execFileSync(process.execPath, [__filename, ...process.argv.slice(2)], {
      env: { ...process.env, MEDIA_BENCH_SIDE: side, MEDIA_BENCH_PHOTOS: JSON.stringify(photos) },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    }).toString();
    results[side] = JSON.parse(output.trim().split('\n').pop());
  }

  const { ours, vanilla } = results;
  const row = (name, r) =>
    `${name.padEnd(22)} ${r.imagesPerSecond.toFixed(2).padStart(8)} img/s ${String(r.peakRssMb).padStart(6)} MB peak RSS ` +
    `${r.seconds.toFixed(1).padStart(6)} s   originals with GPS: ${r.withGps}/${r.images}, with EXIF: ${r.withExif}/${r.images}, formats: ${r.formats}`;
  console.log(`\nmedia upload benchmark: ${count} photos of ${(WIDTH * HEIGHT) / 1e6} MP, node ${process.version}, ${os.cpus().length} CPUs`);
  console.log(row('archive rules (ours)', ours));
  console.log(row('vanilla Strapi', vanilla));
  console.log(
    `ratio ours/vanilla: throughput ${(ours.imagesPerSecond / vanilla.imagesPerSecond).toFixed(2)}×, peak RSS ${(ours.peakRssMb / vanilla.peakRssMb).toFixed(2)}×`
  );
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
  const dbFile = path.join(workDir, `bench-${side}-${process.pid}.db`);
  Object.assign(process.env, {
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    ...BENCH_STRAPI_ENV,
    DATABASE_URL: '',
    DATABASE_FILENAME: dbFile,
    // Lets the vanilla side switch the archive's hooks off (src/media/upload-hooks.ts).
    MEDIA_BENCHMARK: side === 'vanilla' ? 'vanilla-comparison' : '',
  });

  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const { runWithVanillaUploadForBenchmark } = require(path.join(appDir, 'dist', 'src', 'media', 'upload-hooks.js'));
  const service = strapi.plugin('upload').service('upload');
  const uploadOne = (file, i) => {
    const input = { data: {}, files: { filepath: file, originalFilename: `anh-${i}.jpg`, size: fs.statSync(file).size, mimetype: 'image/jpeg' } };
    const work = () => service.upload(input);
    return side === 'vanilla' ? runWithVanillaUploadForBenchmark(work) : work();
  };

  try {
    for (let i = 0; i < WARM_UP; i += 1) await uploadOne(photos[i], i);
    const started = process.hrtime.bigint();
    const stored = [];
    for (let i = WARM_UP; i < photos.length; i += 1) stored.push(...(await uploadOne(photos[i], i)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;

    let withGps = 0;
    let withExif = 0;
    for (const file of stored) {
      const { exif } = await sharp(path.join(uploadsDir, file.url.replace(/^\/uploads\//, ''))).metadata();
      if (exif) withExif += 1;
      if (exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))) withGps += 1;
    }
    const result = {
      images: stored.length,
      seconds,
      imagesPerSecond: stored.length / seconds,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      withGps,
      withExif,
      formats: Object.keys(stored[0]?.formats ?? {}).join('+'),
    };
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
  } finally {
    await strapi.destroy();
    for (const name of fs.readdirSync(uploadsDir)) if (!before.has(name)) fs.rmSync(path.join(uploadsDir, name), { force: true });
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
