/**
 * The Chinese typography rules every zh-CN text of the core and the widgets keeps (docs/embedding.md,
 * "Chinese typography"), as checks the tests run over the core's explanations, reports and messages,
 * every widget catalogue and the example pages:
 *
 * - **year**: no space between a whole number and 年, 月 or 日 (`2025年`, never `2025 年`; a
 *   decimal such as `PM2.5 年均浓度` is a name, not a date);
 * - **colon**: a colon after Chinese text is full-width (`单位：`, never `单位:`);
 * - **comparator**: a comparator is joined to its number by nothing or a no-break space
 *   (`≥\u00a090`), never an ordinary space a line could break at.
 *
 * @category Text
 * @param text - Text in Chinese.
 * @returns One line per rule broken, naming the rule and quoting the place; none when it keeps them all.
 * @example
 * zhTypographyProblems('2025 年度考核') //=> ['year: "2025 年"']
 */
export function zhTypographyProblems(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![.\d])\d{1,4}[ \t]+[年月日]/g)) found.push(`year: "${m[0]}"`);
  for (const m of text.matchAll(/[\u3400-\u9fff）》」][ \t]*:/g)) found.push(`colon: "${m[0]}"`);
  for (const m of text.matchAll(/[≥≤＜＞<>][ \t]+[-+−]?\d/g)) found.push(`comparator: "${m[0]}"`);
  return found;
}
