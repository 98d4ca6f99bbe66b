// The short summary `npm start` prints of the bundled example city.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} dir - the example's folder (examples/meixi/)
 * @returns {Promise<string>}
 */
export async function summarizeExample(dir) {
  if (!existsSync(path.join(dir, 'framework.json'))) {
    return 'Example city: not bundled yet (examples/meixi/ arrives with the core model); serving the portal page.';
  }
  return `Example city: ${dir}`;
}
