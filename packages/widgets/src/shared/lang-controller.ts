import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '@eco-reform/core';
import { resolveLang } from './resolve-lang.js';

/**
 * Keeps a component's language in step with the `lang` attributes above it: a page that
 * switches `<html lang>` from `zh-CN` to `en` re-renders every widget in the new language. A page
 * with no `lang` follows the browser's languages, and re-renders when the visitor changes them.
 */
export class LangController implements ReactiveController {
  private observer: MutationObserver | undefined;
  private readonly onLanguageChange = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language the host speaks now. */
  get lang(): Lang {
    return resolveLang(this.host, this.host.ownerDocument.defaultView?.navigator.languages ?? []);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.host.ownerDocument.defaultView?.addEventListener('languagechange', this.onLanguageChange);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.ownerDocument.defaultView?.removeEventListener('languagechange', this.onLanguageChange);
  }
}
