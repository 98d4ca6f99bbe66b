import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { assessExamples } from './support/assessExamples.js';
import digests from './fixtures/assessment-digests.json' with { type: 'json' };

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFile(`${root}${path}`, 'utf8');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

describe('assessments are deterministic', () => {
  it('give the same bytes in Asia/Shanghai and America/Los_Angeles, matching the digests the browser test checks too', async () => {
    const results = [];
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      const r = await assessExamples(read);
      results.push({ meixi: sha(r.meixi), sdr2025: sha(r.sdr2025) });
    }
    expect(results[1]).toEqual(results[0]);
    // If an intended change alters the output, update test/fixtures/assessment-digests.json with
    // these values (and say why in the changeset): the browser test compares against the same file.
    expect(results[0]).toEqual(digests);
  });
});
