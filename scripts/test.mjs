// `npm test`: every check the project has, in order, each timed. Vitest's tests are counted one
// by one (from its JSON report); every other check (build, typecheck, docs, package lint,
// notebooks) counts as one test. The last line is `N passed, N failed`, which CI reads.
// A check that cannot run says so and counts as failed: nothing is skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const rows = [];
let passed = 0;
let failed = 0;

function run(name, command, args, { count } = {}) {
  console.log(`\n── ${name}: ${[command, ...args].join(' ')}`);
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = (performance.now() - t0) / 1000;
  const ok = result.status === 0;
  let p = ok ? 1 : 0;
  let f = ok ? 0 : 1;
  if (count) [p, f] = count(ok);
  passed += p;
  failed += f;
  rows.push({ check: name, result: ok ? 'ok' : 'FAILED', passed: p, failed: f, seconds: Number(seconds.toFixed(1)) });
  return ok;
}

const built = run('build', 'npm', ['run', '--silent', 'build']);
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
run('format and lint (biome check: formatting, lint rules in biome.json)', 'npx', ['biome', 'check', '.']);

// Before vitest: the end-to-end test of the documentation site reads what this writes.
run('docs (typedoc, warnings are errors)', 'npx', ['typedoc']);

const report = '.vitest-results.json';
rmSync(report, { force: true });
run(
  'vitest (node + chromium + e2e)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`],
  {
    count(ok) {
      if (!existsSync(report)) return [0, 1];
      const r = JSON.parse(readFileSync(report, 'utf8'));
      // A suite that failed to load has no tests but must not vanish from the count.
      const brokenFiles = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
      const f = r.numFailedTests + brokenFiles + (ok || r.numFailedTests + brokenFiles > 0 ? 0 : 1);
      return [r.numPassedTests, f];
    },
  },
);

run('docs: every public symbol has an @example', 'bash', [
  '-c',
  'npx typedoc --json .typedoc.json --out .typedoc-html >/dev/null && node scripts/docs/check-examples.mjs .typedoc.json; code=$?; rm -rf .typedoc.json .typedoc-html; exit $code',
]);
if (built) {
  run('CDN sizes: budgets of issue #22, and the ceilings of the ones out of reach (npm run size)', 'node', [
    'scripts/size.mjs',
    '--ceilings',
  ]);
} else {
  console.log('\n── CDN sizes: not measured because the build failed');
  failed += 1;
  rows.push({ check: 'CDN sizes', result: 'FAILED (no build)', passed: 0, failed: 1, seconds: 0 });
}
for (const ws of ['@eco-reform/core', '@eco-reform/widgets']) {
  if (!built) {
    console.log(`\n── package lint ${ws}: not run because the build failed`);
    failed += 1;
    rows.push({ check: `package lint ${ws}`, result: 'FAILED (no build)', passed: 0, failed: 1, seconds: 0 });
    continue;
  }
  run(`package lint ${ws} (publint, attw esm-only)`, 'npm', ['run', '--silent', 'lint:pkg', '-w', ws]);
}

run('supply chain: runtime dependencies, licences, npm audit', 'node', ['scripts/supply-chain.mjs']);

const notebookDir = 'examples/notebooks';
const notebooks = existsSync(notebookDir) ? readdirSync(notebookDir).filter((f) => f.endsWith('.ipynb')) : [];
if (notebooks.length === 0) {
  console.log(`\n── notebooks: none in ${notebookDir}/ yet, so there is nothing to execute`);
} else {
  run('notebooks: deno kernel', 'npx', ['deno', 'jupyter', '--install', '--force']);
  for (const nb of notebooks) {
    run(`notebook ${nb}`, 'jupyter', [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      `${notebookDir}/${nb}`,
      '--output-dir',
      '.nbout',
    ]);
  }
}

// CI keeps only the tail of this output: name every failed test here, next to the summary.
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const names = r.testResults.flatMap((file) => {
    const where = file.name.replace(`${process.cwd()}/`, '');
    const tests = file.assertionResults.filter((t) => t.status === 'failed');
    if (file.status === 'failed' && tests.length === 0) return [`${where}: ${(file.message ?? '').split('\n')[0]}`];
    return tests.map((t) => `${where} > ${t.fullName}: ${(t.failureMessages[0] ?? '').split('\n')[0]}`);
  });
  if (names.length > 0) console.log(`\n── failed tests\n${names.map((n) => `✗ ${n}`).join('\n')}`);
}

console.log('\n── summary');
console.table(rows);
console.log(`npm test took ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
