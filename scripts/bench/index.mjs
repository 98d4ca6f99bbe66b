// `npm run bench`: every benchmark, each in its own process (so memory figures do not mix),
// at the scales given (default 0.1 and 1; `node scripts/bench/index.mjs 0.1 1 10` for the full run).
import { spawnSync } from 'node:child_process';

const scales = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['0.1', '1'];
for (const bench of ['parse-observations.mjs', 'assess.mjs']) {
  for (const scale of scales) {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', new URL(bench, import.meta.url).pathname, '--scale', scale],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) process.exitCode = 1;
  }
}
// The widgets in headless Chromium (sizes, render times against Chart.js and bare Lit floors).
const w = spawnSync(process.execPath, [new URL('widgets.mjs', import.meta.url).pathname], { stdio: 'inherit' });
if (w.status !== 0) process.exitCode = 1;
