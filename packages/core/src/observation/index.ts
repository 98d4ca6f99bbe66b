// Observations and periods: schemas, JSON and CSV in and out.
export { PeriodSchema, type Period } from './period.schema.js';
export { parsePeriod, type PeriodKind, type PeriodParts } from './parsePeriod.js';
export { periodInterval, type PeriodInterval } from './periodInterval.js';
export { comparePeriods } from './comparePeriods.js';
export { ObservationSchema, type Observation } from './observation.schema.js';
export { parseObservations, type ParseObservationsOptions } from './parseObservations.js';
export { readObservationsCsv, type ReadObservationsCsvOptions } from './readObservationsCsv.js';
export { parseCell, type CellValue } from './parseCell.js';
export { checkValueKind } from './checkValueKind.js';
export { checkConflictingObservations, type ObservationPlace } from './checkConflictingObservations.js';
export { checkObservationValues } from './checkObservationValues.js';
export { writeObservationsCsv } from './writeObservationsCsv.js';
export { readWideObservationsCsv, type ReadWideObservationsCsvOptions } from './readWideObservationsCsv.js';
export type { ObservationTable } from './observationTable.js';
export type { ObservationCube } from './observationCube.js';
export { toObservationCube } from './toObservationCube.js';
export { readObservationTableCsv } from './readObservationTableCsv.js';
export { readUnitTargetsCsv } from './readUnitTargetsCsv.js';
