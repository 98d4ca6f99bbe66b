import type { Lang } from '@eco-reform/core';

/**
 * Maps a BCP 47 tag to a built-in language: any Chinese tag (`zh`, `zh-CN`, `zh-Hans`, …) is
 * `zh-CN`; everything else, and nothing at all, is `en`.
 *
 * @example
 * toLang('zh-Hans-CN') //=> 'zh-CN'
 */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

/**
 * The first of a visitor's preferred languages (`navigator.languages`, best first) that is built
 * in: `['fr-FR', 'zh-CN', 'en']` gives `zh-CN`, a list with neither Chinese nor English `en`.
 *
 * @example
 * preferredLang(['fr-FR', 'zh-CN', 'en']) //=> 'zh-CN'
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    if (/^zh\b/i.test(tag.trim())) return 'zh-CN';
    if (/^en\b/i.test(tag.trim())) return 'en';
  }
  return 'en';
}

/**
 * The language an element speaks: its own `lang`, else the closest `lang` up the tree, crossing
 * shadow roots, else the document's; a page that says nothing (no `lang`, or `lang=""`, which
 * means "unknown") gets the visitor's preferred language, else English.
 *
 * @example
 * resolveLang(document.querySelector('eco-scorecard')!, navigator.languages) // 'zh-CN' under <html lang="zh-CN">
 */
export function resolveLang(element: Element, languages: readonly string[]): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')?.trim()) return toLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const page = element.ownerDocument?.documentElement.lang;
  return page?.trim() ? toLang(page) : preferredLang(languages);
}
