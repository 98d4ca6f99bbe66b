// Loads the SDG Index 2025 example (examples/sdg-index-2025/framework.json) and the SDSN SDR 2025
// files from examples/datasets/sdr2025/ for Node tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSdr2025, type Sdr2025 } from '../../../../../test/support/sdr2025.js';

const dir = new URL('../../../../../examples/datasets/sdr2025/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(name, dir)), 'utf8'));
const example = new URL('../../../../../examples/sdg-index-2025/framework.json', import.meta.url);

export function loadSdr2025(): Sdr2025 {
  return buildSdr2025(
    JSON.parse(readFileSync(fileURLToPath(example), 'utf8')),
    read('sdr2025_indicator_scores.json'),
    read('sdr2025_overview.json'),
  );
}
