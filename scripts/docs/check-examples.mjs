// Every public symbol of both packages (function, class, constant, interface, type) has an
// `@example` in its doc comment, as the house style asks; reads the JSON that `typedoc --json`
// writes and exits 1 listing the symbols without one.
import { readFileSync } from 'node:fs';

const KIND = { 32: 'constant', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type' };
const project = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const missing = [];
let checked = 0;
for (const pkg of project.children ?? []) {
  for (const symbol of pkg.children ?? []) {
    if (!KIND[symbol.kind]) continue;
    checked += 1;
    const comments = [symbol.comment, ...(symbol.signatures ?? []).map((s) => s.comment)].filter(Boolean);
    if (!comments.some((c) => (c.blockTags ?? []).some((t) => t.tag === '@example')))
      missing.push(`${pkg.name}: ${KIND[symbol.kind]} ${symbol.name}`);
  }
}
if (missing.length > 0) {
  console.error(`${missing.length} of ${checked} public symbols have no @example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`all ${checked} public symbols have an @example`);
