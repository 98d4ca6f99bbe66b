#!/usr/bin/env node
// The `eco-reform` executable: the CLI with the process's own streams and files.
import { readFile, writeFile } from 'node:fs/promises';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
});
