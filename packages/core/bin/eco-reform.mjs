#!/usr/bin/env node
// The `eco-reform` command as package.json names it. It is committed, not built, so that the
// first `npm ci` of a fresh clone, which runs before any build, links the command; run before
// the build it says so in both languages instead of failing with a stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(fileURLToPath(cli))) {
  await import(cli.href);
} else {
  process.stderr.write(
    `eco-reform: the command is not built yet (${fileURLToPath(cli)} is missing).\n` +
      'Run `npm run build` at the root of the repository (or `npm start`, which builds), then run the command again.\n' +
      'eco-reform：命令尚未构建。请先在仓库根目录运行 `npm run build`（或会自动构建的 `npm start`），然后重新运行该命令。\n',
  );
  process.exitCode = 1;
}
