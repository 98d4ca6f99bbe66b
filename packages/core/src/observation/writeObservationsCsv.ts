import { csvFormatRows } from 'd3-dsv';
import type { Observation, ObservationSchema } from './observation.schema.js';

/**
 * Writes observations as long-format CSV (`indicator,unit,period,value,note,source,revision`)
 * with d3-dsv's quoting; when a note is `{ zh, en }`, two more columns after `note`, `note_zh` and
 * `note_en`, carry it. Numbers are written in JavaScript's shortest round-trip form and
 * missing values as empty cells, not applicable ones as `不适用`, so {@link readObservationsCsv} reads back exactly what was
 * written, for every observation {@link ObservationSchema} accepts (ids without surrounding white
 * space, notes and sources kept verbatim and never empty; −0 is written as 0).
 *
 * @category I/O
 * @param observations - The observations.
 * @returns The CSV text, ending with a newline.
 * @example
 * writeObservationsCsv([{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 31.2 }])
 * //=> 'indicator,unit,period,value,note,source,revision\npm25,xihu,2025,31.2,,,\n'
 */
export function writeObservationsCsv(observations: ReadonlyArray<Observation>): string {
  // The two language columns only when a note needs them, so plain-text notes write as before.
  const bilingual = observations.some((o) => o.note !== undefined && typeof o.note !== 'string');
  const rows = observations.map((o) => [
    o.indicator,
    o.unit,
    o.period,
    o.notApplicable ? '不适用' : o.value === null ? '' : String(o.value),
    typeof o.note === 'string' ? o.note : '',
    ...(bilingual
      ? [typeof o.note === 'object' ? (o.note.zh ?? '') : '', typeof o.note === 'object' ? (o.note.en ?? '') : '']
      : []),
    o.source ?? '',
    o.revision === undefined ? '' : String(o.revision),
  ]);
  const header = [
    'indicator',
    'unit',
    'period',
    'value',
    'note',
    ...(bilingual ? ['note_zh', 'note_en'] : []),
    'source',
    'revision',
  ];
  return `${csvFormatRows([header, ...rows])}\n`;
}
