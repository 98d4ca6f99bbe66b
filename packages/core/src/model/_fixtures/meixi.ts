// The example city as test input, read fresh for every call so tests can mutate their copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = new URL('../../../../../examples/meixi/', import.meta.url);
export const readMeixi = (name: string): string => readFileSync(fileURLToPath(new URL(name, dir)), 'utf8');
export const meixiFramework = (): Record<string, any> => JSON.parse(readMeixi('framework.json'));
