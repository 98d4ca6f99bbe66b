import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readScopedHash, writeScopedHash } from './permalink.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Opt-in permalink state: while `enabled()` (the host's `permalink` property), the listed attributes are
 * mirrored in the URL hash (see `readScopedHash`), so the address of the page reopens the same
 * view. On connect and on `hashchange` the hash wins; after each update the current values are
 * written back with `history.replaceState`, so moving around a widget adds no history entries.
 * Switched off, the controller does nothing at all.
 */
export class PermalinkController implements ReactiveController {
  private written = '';
  private readonly onHashChange = (): void => this.apply();

  /**
   * @param host - The element.
   * @param attributes - The reflected attribute names to mirror, e.g. `['unit', 'view']`.
   * @param enabled - Whether to mirror them now.
   */
  constructor(
    private readonly host: Host,
    private readonly attributes: readonly string[],
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  private get on(): boolean {
    return this.enabled();
  }

  private get scope(): string {
    return this.host.id || this.host.localName;
  }

  hostConnected(): void {
    if (!this.on) return;
    this.apply();
    this.host.ownerDocument.defaultView?.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.defaultView?.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const view = this.host.ownerDocument.defaultView;
    if (!this.on || !view) return;
    const state = Object.fromEntries(this.attributes.map((a) => [a, this.host.getAttribute(a)]));
    const next = writeScopedHash(view.location.hash, this.scope, state);
    if (next === this.written || next === view.location.hash) {
      this.written = next;
      return;
    }
    this.written = next;
    view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}${next}`);
  }

  private apply(): void {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return;
    const state = readScopedHash(view.location.hash, this.scope);
    for (const attribute of this.attributes) {
      const value = state[attribute];
      if (value !== undefined && this.host.getAttribute(attribute) !== value) this.host.setAttribute(attribute, value);
    }
  }
}
