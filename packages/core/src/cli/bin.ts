#!/usr/bin/env node
// The `eco-reform` executable: the CLI with the process's own streams and files.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  // `ledger -o <folder>` writes into a folder that may not exist yet.
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  },
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
});
