/**
 * Where the tests find Chromium and how they start it. Debian's `chromium` package
 * (installed by `scripts/ensure.sh`) is used because this machine cannot download
 * Playwright's own browser builds. `CHROMIUM_PATH` overrides the path.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
