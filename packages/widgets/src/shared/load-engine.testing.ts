// For node tests that call the widgets' parsers and layouts on a bundle directly, as the data
// controller does only after fetching the engine chunk (load-engine.ts): import this first, and the
// engine is fetched, for real, before the tests run.
import { loadEngine } from './load-engine.js';

await loadEngine();
