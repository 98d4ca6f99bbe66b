// Accountability: red lines (and, later, measure status and escalation).
export { checkRedLines, type RedLineFinding, type RedLineBreachKind } from './checkRedLines.js';
export { breachesByUnit } from './breachesByUnit.js';
