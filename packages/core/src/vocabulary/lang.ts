/**
 * The languages every label, message and report ships in: simplified Chinese and English.
 *
 * @category Model
 * @example
 * const lang: Lang = 'zh-CN';
 */
export type Lang = 'zh-CN' | 'en';

/**
 * A text in both languages; either may be missing, and readers fall back to the other.
 *
 * @category Model
 * @example
 * const title: LocalizedLabel = { zh: '达成', en: 'Achieved' };
 */
export interface LocalizedLabel {
  zh: string;
  en: string;
}
