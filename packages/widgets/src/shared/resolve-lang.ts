import type { Lang } from '@eco-reform/core';

/**
 * Maps a BCP 47 tag to a built-in language: any Chinese tag (`zh`, `zh-CN`, `zh-Hans`, …) is
 * `zh-CN`; everything else, and nothing at all, is `en`.
 */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

/**
 * The language an element speaks: its own `lang`, else the closest `lang` up the tree,
 * crossing shadow roots, else the document's.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return toLang(element.ownerDocument?.documentElement.lang);
}
