// `npm run size`: the CDN build in gzip -9 bytes as a browser fetches it (see scripts/lib/cdn-size.mjs).
import { existsSync } from 'node:fs';
import { cdnSizes } from './lib/cdn-size.mjs';

const dir = 'packages/widgets/dist/cdn';
if (!existsSync(`${dir}/eco-widgets.js`)) {
  console.error(`${dir}/eco-widgets.js is missing: run npm run build first`);
  process.exit(1);
}
const s = cdnSizes(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.table({
  'eco-widgets.js (the loader)': kb(s.entry),
  ...Object.fromEntries(Object.entries(s.perElement).map(([tag, n]) => [`page with <${tag}> only`, kb(n)])),
  [`page with every element (${s.files} files)`]: kb(s.everything),
  'eco-widgets.all.js (one file)': kb(s.all),
});
