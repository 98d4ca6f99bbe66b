import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The newcomer's path: `npm ci` on a fresh clone runs before any build, so the command npm links
// must be a committed file, and no documented command may fall through to the public registry.
const root = fileURLToPath(new URL('../', import.meta.url));
const core = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
};
const shim = join(root, 'packages/core', core.bin['eco-reform']!);
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the package's bin folder in a fresh folder, with or without a built CLI beside it. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eco-bin-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'bin'));
  copyFileSync(shim, join(dir, 'bin', 'eco-reform.mjs'));
  return dir;
}

describe('the eco-reform command', () => {
  it('is a file committed in git, executable, and shipped in the package', () => {
    const path = `packages/core/${core.bin['eco-reform']!.replace(/^\.\//, '')}`;
    expect(git('ls-files', '--stage', '--', path)).toMatch(/^100755 [0-9a-f]+ 0\t/);
    expect(core.files).toContain(path.split('/')[2]);
  });

  it('run before the build, says in both languages to build first, with exit 1 and no stack trace', () => {
    const r = spawnSync(
      process.execPath,
      [join(packageCopy(), 'bin', 'eco-reform.mjs'), 'score', 'f.json', 'o.csv', '--period', '2025'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the command is not built yet');
    expect(r.stderr).toContain('Run `npm run build` at the root of the repository');
    expect(r.stderr).toContain('请先在仓库根目录运行 `npm run build`');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs the built CLI once there is one, with the arguments as given', () => {
    const dir = packageCopy();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'dist', 'cli.js'),
      'process.stdout.write(JSON.stringify(process.argv.slice(2)));\nprocess.exitCode = 3;\n',
    );
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'eco-reform.mjs'), 'explain', '--unit', 'xihu'], {
      encoding: 'utf8',
    });
    expect(r).toMatchObject({ status: 3, stdout: '["explain","--unit","xihu"]', stderr: '' });
  });

  it('is written in every guide so that it cannot fetch a package of that name from the registry', () => {
    const guides = git('ls-files', '--', '*.md', '*.ipynb', '*.html')
      .split('\n')
      .filter((f) => f && !f.startsWith('.changeset/'));
    expect(guides.length).toBeGreaterThan(10);
    const fallible = guides.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, k) =>
          // `npx --offline` and `npm exec --offline` only run what is installed; plain npx would ask the registry.
          /\b(npx|npm exec)\s+(?!--offline\b)(--\s+)?(eco-reform|@eco-reform\/core)\b/.test(line)
            ? [`${file}:${k + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(fallible).toEqual([]);
  });
});
