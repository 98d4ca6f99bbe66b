import { toLang } from '../shared/resolve-lang.js';

/**
 * The Trusted Types policy the elements render with: Lit creates it under this name when it loads,
 * and a page whose CSP lists allowed policy names (`trusted-types …`) must name it.
 */
export const LIT_POLICY = 'lit-html';

/** Marks the message this module adds, so an element gets it once however often it fails to load. */
const MARK = 'data-eco-cannot-render';

const TEXT = {
  en: `This widget cannot be shown: the page's Content-Security-Policy does not allow the Trusted Types policy “${LIT_POLICY}” it renders with. Add it to the trusted-types directive, e.g. trusted-types ${LIT_POLICY}`,
  'zh-CN': `无法显示此组件：页面的内容安全策略（CSP）不允许其渲染所用的 Trusted Types 策略“${LIT_POLICY}”。请在 trusted-types 指令中加入该策略，例如 trusted-types ${LIT_POLICY}`,
} as const;

/**
 * Whether an error is the browser refusing Lit's Trusted Types policy: the page requires Trusted
 * Types for scripts and its `trusted-types` allow-list omits `lit-html`, so Lit throws as it loads
 * and no element can render.
 *
 * @param error - What loading an element's module threw.
 * @returns `true` for that refusal.
 * @example
 * isPolicyRefused(new TypeError(`Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy "lit-html" disallowed.`)) //=> true
 */
export function isPolicyRefused(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(`"${LIT_POLICY}"`) && /polic/i.test(message);
}

/**
 * When Lit's policy was refused, says so inside every `eco-*` element on the page that is not
 * defined (`tags`: those only), in the element's language, as plain text in a `<p role="alert">`:
 * Lit cannot render it, and under Trusted Types no HTML string may be written, so this is built
 * with `createElement` and `textContent`. Any other error is left to the caller.
 *
 * @param error - What loading the elements threw.
 * @param root - The document.
 * @param tags - The tags that failed; all undefined `eco-*` elements when omitted.
 * @returns Whether the error was the refused policy (and the message shown).
 * @example
 * import('./eco-scorecard.js').catch((e) => showCannotRender(e, document, ['eco-scorecard']));
 */
export function showCannotRender(error: unknown, root: Document, tags?: readonly string[]): boolean {
  if (!isPolicyRefused(error)) return false;
  for (const el of root.querySelectorAll(':not(:defined)')) {
    if (!(tags ? tags.includes(el.localName) : el.localName.startsWith('eco-'))) continue;
    if (el.querySelector(`:scope > [${MARK}]`)) continue;
    const p = root.createElement('p');
    p.setAttribute(MARK, '');
    p.setAttribute('role', 'alert');
    const lang = toLang(el.closest('[lang]')?.getAttribute('lang') ?? root.documentElement.lang);
    p.textContent = TEXT[lang];
    el.append(p);
  }
  return true;
}
