// Scoring: normalisers, scorers, aggregators, assess(). Each export lives in its own file.
export { normalizeGoalposts, type NormalizeGoalpostsOptions } from './normalize/normalizeGoalposts.js';
