// Every public function, class and constant of both packages has an `@example` in its doc comment
// (the house style asks it of every public symbol; data types are described field by field and are
// not checked here). Reads the JSON that `typedoc --json` writes and exits 1 listing the symbols
// without one.
import { readFileSync } from 'node:fs';

const KIND = { 32: 'variable', 64: 'function', 128: 'class' };
const project = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const missing = [];
let checked = 0;
for (const pkg of project.children ?? []) {
  for (const symbol of pkg.children ?? []) {
    if (!KIND[symbol.kind]) continue;
    checked += 1;
    const comments = [symbol.comment, ...(symbol.signatures ?? []).map((s) => s.comment)].filter(Boolean);
    if (!comments.some((c) => (c.blockTags ?? []).some((t) => t.tag === '@example'))) missing.push(`${pkg.name}: ${KIND[symbol.kind]} ${symbol.name}`);
  }
}
if (missing.length > 0) {
  console.error(`${missing.length} of ${checked} public functions, classes and constants have no @example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`all ${checked} public functions, classes and constants have an @example`);
