import type { Lang } from '@eco-reform/core';
import type { RedlineZoneView } from './redline.layout.js';

/**
 * The red lines in words, shown above the zones and read by screen readers: how many zones, how
 * many breached and which (with what was breached), how many held and how many not observed.
 *
 * @category Layout
 * @param zones - The zones shown, in the order shown.
 * @param period - The period checked.
 * @param lang - `zh-CN` or `en`.
 * @returns One sentence.
 * @example
 * redlineSummary(view.groups.flatMap((g) => g.zones), '2025', 'zh-CN')
 * //=> '2025年共 5 个生态保护红线区；1 个突破红线：南山水源涵养红线区（面积比基数减少 0.35 平方公里）；4 个守住红线。'
 */
export function redlineSummary(zones: ReadonlyArray<RedlineZoneView>, period: string, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const breached = zones.filter((z) => z.state === 'breached');
  const held = zones.filter((z) => z.state === 'held').length;
  const unobserved = zones.filter((z) => z.state === 'unobserved').length;
  const n = zones.length;
  if (zh) {
    const parts = [`${period ? `${period}年` : ''}共 ${n} 个生态保护红线区`];
    parts.push(
      breached.length === 0
        ? '无一突破红线'
        : `${breached.length} 个突破红线：${breached.map((z) => `${z.name}（${z.briefs.join('，')}）`).join('、')}`,
    );
    if (held > 0) parts.push(`${held} 个守住红线`);
    if (unobserved > 0) parts.push(`${unobserved} 个无${period ? `${period}年` : ''}监测数据`);
    return `${parts.join('；')}。`;
  }
  const parts = [`${n} red-line ${n === 1 ? 'zone' : 'zones'}${period ? ` in ${period}` : ''}`];
  parts.push(
    breached.length === 0
      ? 'none breached'
      : `${breached.length} breached: ${breached.map((z) => `${z.name} (${z.briefs.join(', ')})`).join(', ')}`,
  );
  if (held > 0) parts.push(`${held} held`);
  if (unobserved > 0) parts.push(`${unobserved} not observed${period ? ` in ${period}` : ''}`);
  return `${parts.join('; ')}.`;
}
