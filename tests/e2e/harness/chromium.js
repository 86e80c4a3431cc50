// How the browser suite starts Debian's chromium: by a file run on its own (browser.ts) and, for a
// whole run, as one browser server per jest worker (scripts/e2e.js). One place, so both are alike.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The machine's network is closed: without these, chromium keeps dialling Google's services.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own language (the page locale is set per context, browser.ts).
  '--lang=vi-VN',
];

/** playwright-core's launch options (launch() and launchServer() alike). */
const BROWSER_OPTIONS = { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS };

module.exports = { CHROMIUM, BROWSER_OPTIONS };
