import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { parseAssessment } from '../scoring/assess/parseAssessment.js';
import { ASSESSMENT_FORMAT } from '../scoring/assess/assessment.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

async function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (p) => files[p] ?? readFileSync(`${root}${p}`, 'utf8'),
  });
  return { code, stdout, stderr };
}

const meixi = (name: string) => `examples/meixi/${name}`;

describe('eco-reform validate', () => {
  it('accepts the example city with its observations and reports and prints one summary line', async () => {
    const r = await cli(['validate', meixi('framework.json'), '--observations', meixi('observations.csv'), '--reports', meixi('reports.json')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^✔ meixi-2024 v1\.0\.0: 3 areas, 20 indicators, 4 goals, 14 measures, 16 units, 5 red-line zones, 720 observations, 37 reports\n$/);
  });

  it('prints every issue with its path and exits 1', async () => {
    const f = JSON.parse(readFileSync(`${root}${meixi('framework.json')}`, 'utf8'));
    delete f.measures[2].checker;
    f.indicators[3].id = 42;
    f.measures[5].lead = 'nowhere';
    const r = await cli(['validate', 'bad.json', '--lang', 'en'], { 'bad.json': JSON.stringify(f) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('→ at measures[2].checker');
    expect(r.stderr).toContain('→ at indicators[3].id');
    expect(r.stderr).toContain('→ at measures[5].lead');
  });

  it('names a file that is not JSON and bad CSV cells by line', async () => {
    const r = await cli(['validate', 'x.json', '--observations', 'o.csv', '--lang', 'en'], { 'x.json': '{ nope', 'o.csv': 'indicator,unit,period,value\na,b,2025,zz\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('x.json');
    expect(r.stderr).toContain('line 2, column "value"');
  });

  it('explains its usage when called wrongly', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['validate', 'a.json', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate', 'a.json'])).code).toBe(2);
  });
});

describe('eco-reform score and explain', () => {
  it('writes the ranking as CSV on stdout only', async () => {
    const r = await cli(['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('rank,unit,name,total,grade,Ecological space,Ecological environment,Industrial structure');
    expect(lines[1]).toMatch(/^1,xihu,Xihu District,\d+\.\d,Excellent,/);
    expect(lines).toHaveLength(7);
  });

  it('writes JSON that parses back to the assessment', async () => {
    const r = await cli(['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--format', 'json']);
    const parsed = parseAssessment(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.format).toBe(ASSESSMENT_FORMAT);
  });

  it('explains one district in Chinese', async () => {
    const r = await cli(['explain', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--unit', 'nanshan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一票否决');
  });

  it('writes the annual report with the lagging district, the breach and the actions', async () => {
    const r = await cli(['report', meixi('framework.json'), meixi('observations.csv'), meixi('reports.json'), '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 美溪市.* 2025 年度考核结果\n/);
    expect(r.stdout).toContain('港口区（gangkou）：约谈');
    expect(r.stdout).toContain('南山水源涵养红线区（I 级管控）2025年：面积 12.05 平方公里');
    expect(r.stdout).toContain('问责——逾期 30 天以上：问责');
    const csv = await cli(['report', meixi('framework.json'), meixi('observations.csv'), meixi('reports.json'), '--year', '2025', '--format', 'csv', '--lang', 'en']);
    expect(csv.stdout.split('\n')[0]).toBe('section,unit,item,status,detail');
    expect(csv.stdout).toContain('action,gangkou,,Interview,');
  });
});

describe('--flags', () => {
  const flags = JSON.stringify([
    { unit: 'xihu', period: '2025', flag: 'majorIncident', note: { zh: '发生较大突发环境事件' } },
    { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' },
    { unit: 'gangkou', period: '2024', flag: 'nationalHonour' },
  ]);

  it('applies the units\' flags of the period to the scheme\'s rules: a grade cap and a deduction', async () => {
    const plain = await cli(['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--format', 'json']);
    const flagged = await cli(['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--format', 'json', '--flags', 'flags.json'], { 'flags.json': flags });
    expect(flagged.code).toBe(0);
    const result = (out: string, unit: string) => (JSON.parse(out) as { results: Array<{ unit: string; total: number; grade: string; rules: Array<{ rule: string }> }> }).results.find((r) => r.unit === unit)!;
    expect(result(plain.stdout, 'xihu').grade).toBe('excellent');
    expect(result(flagged.stdout, 'xihu')).toMatchObject({ grade: 'good', rules: [{ rule: 'major-incident' }] });
    expect(result(flagged.stdout, 'gangkou').total).toBeCloseTo(result(plain.stdout, 'gangkou').total - 1, 9);
    // The complaint fires after the rules that fired anyway; the 2024 honour is another year's.
    expect(result(flagged.stdout, 'gangkou').rules.map((r) => r.rule)).toEqual([...result(plain.stdout, 'gangkou').rules.map((r) => r.rule), 'complaint']);
    const why = await cli(['explain', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--unit', 'xihu', '--flags', 'flags.json'], { 'flags.json': flags });
    expect(why.stdout).toContain('发生重特大突发环境事件，不得评为优秀');
  });

  it('refuses flags for unknown units or that no rule tests, with their paths, before scoring anything', async () => {
    const bad = JSON.stringify([{ unit: 'atlantis', period: '2025', flag: 'verifiedComplaint' }, { unit: 'xihu', period: '2025', flag: 'majorIncidnet' }, { unit: 'xihu', period: '2025-13', flag: 'x' }]);
    const r = await cli(['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--flags', 'flags.json', '--lang', 'en'], { 'flags.json': bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('→ at [2].period');
    const shaped = JSON.stringify(JSON.parse(bad).slice(0, 2));
    const refs = await cli(['validate', meixi('framework.json'), '--flags', 'flags.json', '--lang', 'en'], { 'flags.json': shaped });
    expect(refs.code).toBe(1);
    expect(refs.stderr).toContain('→ at [0].unit');
    expect(refs.stderr).toContain('→ at [1].flag');
    expect(refs.stderr).toContain('no rule of the scheme tests the flag "majorIncidnet" (flags the rules test: majorIncident, nationalHonour, verifiedComplaint)');
  });

  it('applies flags to the annual report too', async () => {
    const r = await cli(['report', meixi('framework.json'), meixi('observations.csv'), meixi('reports.json'), '--year', '2025', '--flags', 'flags.json', '--format', 'json'], { 'flags.json': flags });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('major-incident');
  });
});

describe('the progress bar', () => {
  // A fake clock that advances 600 ms per reading, so the run "takes" several seconds.
  const slowIo = (tty: boolean) => {
    let t = 0;
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (s: string) => (out.stdout += s),
      stderr: (s: string) => (out.stderr += s),
      readFile: async (p: string) => readFileSync(`${root}${p}`, 'utf8'),
      stderrIsTTY: tty,
      now: () => (t += 600),
    };
    return { io, out };
  };
  const args = ['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2025', '--format', 'json', '--lang', 'en'];

  it('shows stages on stderr once a run takes over a second, clears itself, and leaves stdout clean JSON', async () => {
    const { io, out } = slowIo(true);
    expect(await main(args, io)).toBe(0);
    expect(out.stderr).toMatch(/\r\[#+-*\] 3\/4 scoring… \d+\.\d s/);
    expect(out.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(() => JSON.parse(out.stdout)).not.toThrow();
  });

  it('draws nothing when stderr is not a terminal, or when the run is quick', async () => {
    const piped = slowIo(false);
    expect(await main(args, piped.io)).toBe(0);
    expect(piped.out.stderr).toBe('');
    const quick = await cli(args);
    expect(quick.stderr).toBe('');
  });
});
