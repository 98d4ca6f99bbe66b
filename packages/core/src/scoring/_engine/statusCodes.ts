import {
  IndicatorProgressStatusSchema,
  type IndicatorProgressStatus,
} from '../../vocabulary/indicatorProgressStatus.schema.js';

/** Indicator statuses by code: a run stores one byte per cell and expands on demand. */
export const STATUS_BY_CODE: readonly IndicatorProgressStatus[] = IndicatorProgressStatusSchema.options;

/** The code of each status. */
export const STATUS_CODE = Object.fromEntries(STATUS_BY_CODE.map((s, k) => [s, k])) as Readonly<
  Record<IndicatorProgressStatus, number>
>;
