import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EcoDataErrorDetail } from './data-controller.js';
import type { DataError } from './data-source.js';
import { notFound, type Lookup } from './not-found.js';

/**
 * Checks, at each render, that the ids a widget was given (attributes, a permalink) exist in its
 * data, and sends `eco-data-error` once when a new one does not, after the update that shows it:
 * a widget never shows another unit, period or view in place of the one asked for.
 */
export class NotFoundController implements ReactiveController {
  private shown = '';
  private toSend: DataError | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The error for the first id given that the data lacks, or `null`; remembered to be sent once. */
  check(lookups: readonly Lookup[]): DataError | null {
    const error = notFound(lookups);
    const key = error ? error.reason.en : '';
    if (key !== this.shown) {
      this.shown = key;
      this.toSend = error;
    }
    return error;
  }

  hostUpdated(): void {
    if (!this.toSend) return;
    const detail: EcoDataErrorDetail = this.toSend;
    this.toSend = null;
    this.host.dispatchEvent(
      new CustomEvent<EcoDataErrorDetail>('eco-data-error', { detail, bubbles: true, composed: true }),
    );
  }
}
