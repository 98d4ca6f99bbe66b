// The command line as the CLI tests run it: `main` with the given arguments, files read from the
// given texts or bytes first and then from the repository, what is printed collected, and what is
// written kept in memory; writing under /nonexistent/ fails as a missing folder does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

/** The repository's root, which relative paths the tests give are read from. */
export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Runs `eco-reform` with `args`; `files` shadow the repository's files by path. */
export async function runCli(args: string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (p) => {
      const f = files[p];
      return typeof f === 'string' ? new TextEncoder().encode(f) : (f ?? readFileSync(`${repositoryRoot}${p}`));
    },
    writeFile: async (p, text) => {
      if (p.startsWith('/nonexistent/')) throw new Error('ENOENT');
      written[p] = text;
    },
  });
  return { code, stdout, stderr, written };
}
