import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import Ajv2020 from 'ajv/dist/2020.js';
import { FrameworkSchema } from './framework.schema.js';
import { BundleSchema } from './bundle.schema.js';
import { meixiFramework, readMeixi } from './_fixtures/meixi.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';

// An independent validator (ajv) checks the JSON Schema generated from the zod schemas, so the
// shipped framework.schema.json is known to accept what parseFramework accepts.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const framework = ajv.compile(toJSONSchema(FrameworkSchema, { target: 'draft-2020-12', io: 'input' }));
const bundle = ajv.compile(toJSONSchema(BundleSchema, { target: 'draft-2020-12', io: 'input' }));

describe('the generated JSON Schema', () => {
  it('accepts the example city framework', () => {
    expect(framework(meixiFramework()) ? [] : framework.errors).toEqual([]);
  });

  it('accepts the example as a bundle with its observations and reports', () => {
    const observations = readObservationsCsv(readMeixi('observations.csv'));
    const doc = {
      framework: meixiFramework(),
      observations: observations.ok ? observations.value : [],
      reports: JSON.parse(readMeixi('reports.json')),
    };
    expect(bundle(doc) ? [] : bundle.errors).toEqual([]);
  });

  it('rejects a framework with a wrong type, an unknown key and a missing field', () => {
    const f = meixiFramework();
    f.indicators[0].weight = 'heavy';
    f.areas[0].wieght = 1;
    delete f.scheme;
    expect(framework(f)).toBe(false);
    const paths = (framework.errors ?? []).map((e) => e.instancePath || e.params.missingProperty);
    expect(paths).toEqual(expect.arrayContaining(['/indicators/0/weight', '/areas/0', 'scheme']));
  });
});
