// The example assessments whose bytes must be the same in Node and in Chromium, in any time zone:
// Meixi City 2025 (with its red-line breach) and the SDSN SDG Index 2025 (examples/sdg-index-2025). Reads files through the
// function it is given, so Node (fs) and the browser (fetch) run exactly the same code.
import { assess, assessBundle, parseFramework, readObservationsCsv } from '../../packages/core/src/index.js';
import { buildSdr2025 } from './sdr2025.js';

export async function assessExamples(
  read: (path: string) => Promise<string>,
): Promise<{ meixi: string; sdr2025: string }> {
  const framework = parseFramework(JSON.parse(await read('examples/meixi/framework.json')));
  const observations = readObservationsCsv(await read('examples/meixi/observations.csv'));
  if (!framework.ok || !observations.ok) throw new Error('the example city must parse');
  // Red-line breaches included, as the CLI and the widgets score the city.
  const meixi = JSON.stringify(
    assessBundle({ framework: framework.value, observations: observations.value }, { period: '2025' }),
  );
  const dir = 'examples/datasets/sdr2025/';
  const sdr = buildSdr2025(
    JSON.parse(await read('examples/sdg-index-2025/framework.json')),
    JSON.parse(await read(`${dir}sdr2025_indicator_scores.json`)),
    JSON.parse(await read(`${dir}sdr2025_overview.json`)),
  );
  const sdr2025 = JSON.stringify(assess(sdr.framework, sdr.observations, { period: '2025' }));
  return { meixi, sdr2025 };
}
