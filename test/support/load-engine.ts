// The widgets' layout tests call parsers and layouts on bundles directly, as the data controller
// does only after fetching the engine chunk (packages/widgets/src/internal/load-engine.ts): fetch
// it first, for real, so those calls find it.
import { loadEngine } from '../../packages/widgets/src/internal/load-engine.js';

await loadEngine();
