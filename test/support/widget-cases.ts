/**
 * Every data-driven widget, as a portal would embed it for the example city: the tag and the
 * attributes besides `src`. The hardening tests (XSS corpus, faults) put each of these on a page.
 */
export interface WidgetCase {
  tag: string;
  attributes: Record<string, string>;
}

export const WIDGET_CASES: readonly WidgetCase[] = [
  { tag: 'eco-scorecard', attributes: { unit: 'gangkou' } },
  { tag: 'eco-scorecard', attributes: { unit: 'nanshan', view: 'indicators' } },
  { tag: 'eco-scorecard', attributes: { unit: 'gangkou', view: 'measures' } },
  { tag: 'eco-progress-chart', attributes: { indicator: 'pm25', units: 'gangkou xihu' } },
  { tag: 'eco-task-board', attributes: { period: '2025' } },
  { tag: 'eco-breakdown', attributes: { unit: 'nanshan' } },
  { tag: 'eco-redline', attributes: { period: '2025' } },
  { tag: 'eco-weights', attributes: { unit: 'gangkou' } },
  { tag: 'eco-ranking', attributes: { unit: 'gangkou' } },
  {
    tag: 'eco-headline',
    attributes: { published: '2026-03-31', office: '美溪市考核办', 'method-href': '/method.html' },
  },
  { tag: 'eco-ledger', attributes: { 'as-of': '2025-12-31' } },
  { tag: 'eco-task-board', attributes: { unit: 'gangkou', 'group-by': 'owner', 'as-of': '2025-06-30' } },
];

/** What a widget shows once it has settled: its content, or its error. */
export const SETTLED = 'table, svg, ul, ol, input, [role="alert"]';

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The markup of one widget case reading its data from `src`. */
export function widgetMarkup(w: WidgetCase, src: string, id: string, extra: Record<string, string> = {}): string {
  const attributes = { id, src, ...w.attributes, ...extra };
  return `<${w.tag} ${Object.entries(attributes)
    .map(([k, v]) => `${k}="${escapeAttribute(v)}"`)
    .join(' ')}></${w.tag}>`;
}
