import { afterEach, describe, expect, it } from 'vitest';
import { preferredLang, resolveLang, toLang } from './resolve-lang.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('toLang', () => {
  it('reads every Chinese tag as zh-CN and anything else as en', () => {
    expect(['zh', 'zh-CN', 'zh-Hans', ' ZH-hant-TW '].map(toLang)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(['en-GB', 'fr', '', null, undefined, 'zhx'].map(toLang)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });
});

describe('preferredLang', () => {
  it('takes the first built-in language of the visitor’s list, in the visitor’s order', () => {
    expect(preferredLang(['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(preferredLang(['de', 'en-US', 'zh'])).toBe('en');
  });
  it('is en when the list has neither Chinese nor English, or is empty', () => {
    expect(preferredLang(['fr', 'de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});

describe('resolveLang', () => {
  it('uses the nearest lang up the tree, crossing a shadow root, before the browser’s languages', () => {
    const outer = document.createElement('section');
    outer.lang = 'zh-CN';
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    outer.append(host);
    document.body.append(outer);
    expect(resolveLang(inner, ['en'])).toBe('zh-CN');
    host.lang = 'en';
    expect(resolveLang(inner, ['zh-CN'])).toBe('en');
  });
  it('falls to the browser’s languages when the page has no lang, or lang="" (unknown)', () => {
    document.documentElement.removeAttribute('lang');
    const el = document.createElement('div');
    el.lang = '';
    document.body.append(el);
    expect(resolveLang(el, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(resolveLang(el, ['en-US'])).toBe('en');
    expect(resolveLang(el, [])).toBe('en');
  });
  it('uses the document’s lang for an element not in the page yet', () => {
    document.documentElement.lang = 'zh-CN';
    expect(resolveLang(document.createElement('div'), ['en'])).toBe('zh-CN');
  });
});
