// The example city's ledgers as test input, parsed fresh for every call so tests can change their copy.
import { readMeixi } from '../model/_fixtures/meixi.js';
import type { Ledgers } from './ledgers.schema.js';
import { parseLedgers } from './parseLedgers.js';

export function meixiLedgers(): Ledgers {
  const r = parseLedgers(JSON.parse(readMeixi('ledgers.json')));
  if (!r.ok) throw new Error(`examples/meixi/ledgers.json is invalid: ${r.issues.map((i) => i.at).join(', ')}`);
  return r.value;
}
