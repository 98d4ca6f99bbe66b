// `npm run size`: bytes of the single-file CDN bundle as shipped (minified), gzip -9 and brotli.
import { readFileSync, existsSync } from 'node:fs';
import zlib from 'node:zlib';

const file = 'packages/widgets/dist/cdn/eco-widgets.js';
if (!existsSync(file)) {
  console.error(`${file} is missing: run npm run build first`);
  process.exit(1);
}
const bytes = readFileSync(file);
console.table([{
  file,
  minified: bytes.length,
  gzip: zlib.gzipSync(bytes, { level: 9 }).length,
  brotli: zlib.brotliCompressSync(bytes).length,
}]);
