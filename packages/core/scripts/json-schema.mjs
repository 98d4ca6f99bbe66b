// Writes framework.schema.json (JSON Schema 2020-12) from the built zod schemas, so users without
// TypeScript (and editors) can validate a bundle or a framework. Runs after tsup in `npm run build`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJSONSchema } from 'zod/mini';
import { BundleSchema, FrameworkSchema, VERSION } from '../dist/index.js';

const framework = toJSONSchema(FrameworkSchema, { target: 'draft-2020-12', io: 'input' });
const bundle = toJSONSchema(BundleSchema, { target: 'draft-2020-12', io: 'input' });
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://eco-reform.invalid/schema/${VERSION}/framework.schema.json`,
  title: 'eco-reform framework or bundle',
  description:
    'A reform framework (改革实施方案), or a bundle { framework, observations, reports }. Cross-reference rules (unknown ids, cycles, missing owner/doer/checker) are checked by parseFramework, not by this schema.',
  anyOf: [{ $ref: '#/$defs/framework' }, { $ref: '#/$defs/bundle' }],
  $defs: { framework: stripSchema(framework), bundle: stripSchema(bundle) },
};
function stripSchema({ $schema, ...rest }) {
  return rest;
}
writeFileSync(
  fileURLToPath(new URL('../framework.schema.json', import.meta.url)),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log('wrote framework.schema.json');
