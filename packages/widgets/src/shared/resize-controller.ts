import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells a component its own content width through a `ResizeObserver` on the host (never a
 * window `resize` listener), and re-renders it when the width changes by a pixel or more. A
 * host that is not laid out (detached, or inside `display: none`) has width 0.
 *
 * @example
 * class Chart extends LitElement {
 *   private readonly size = new ResizeController(this);
 *   render() { return html`${this.size.width} px`; }
 * }
 */
export class ResizeController implements ReactiveController {
  /** The host's content-box width in CSS pixels, whole numbers; 0 until first observed. */
  width = 0;
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * Reads the width now, if it is not known yet, so the first render can draw at the right size
   * instead of waiting a frame or two for the observer (as a canvas chart reads its canvas). It
   * forces a layout of the page, once per element: call it while updating, not in a loop.
   */
  measure(): void {
    if (this.width > 0 || !this.host.isConnected) return;
    const style = getComputedStyle(this.host);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    const inner =
      this.host.getBoundingClientRect().width - edges.reduce((w, k) => w + (Number.parseFloat(style[k]) || 0), 0);
    this.width = Math.max(0, Math.floor(inner));
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Render in the next frame: re-rendering inside this observer turn would resize the host
      // again before the turn ends ("ResizeObserver loop completed with undelivered notifications").
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
