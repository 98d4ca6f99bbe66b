// Progress of indicators: published progress methods.
export type { YearValue } from './yearValue.js';
export { progressOpenSdg, type ProgressOpenSdgOptions, type OpenSdgProgress } from './progressOpenSdg.js';
export { progressUnsd, type ProgressUnsdOptions, type UnsdProgress } from './progressUnsd.js';
