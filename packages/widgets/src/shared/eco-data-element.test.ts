import { afterEach, describe, expect, it } from 'vitest';
import { html, type TemplateResult } from 'lit';
import { EcoDataElement } from './eco-data-element.js';
import type { EcoDataErrorDetail } from './data-controller.js';
import { dataMessage } from './data-message.js';
import type { DataParser } from './data-source.js';
import { untilRendered } from './rendered.testing.js';

interface Doc {
  name: string;
}

/** A data element whose layout has a bug: it throws on a document named "bad". */
class TestLayoutHost extends EcoDataElement<Doc> {
  protected readonly parser: DataParser<Doc> = (input) => ({ ok: true, value: input as Doc });
  override render(): TemplateResult {
    const state = this.loader.state;
    const s = { loading: 'loading', error: 'cannot be shown', empty: 'no data' };
    if (state.status !== 'ready') return dataMessage(state, this.language.lang, s);
    if (state.value.name === 'bad') throw new TypeError('cannot read properties of undefined');
    return html`<p class="doc">${state.value.name}</p>`;
  }
}
customElements.define('test-layout-host', TestLayoutHost);

afterEach(() => {
  document.body.replaceChildren();
});

describe('EcoDataElement', () => {
  it('shows the error state and fires eco-data-error when its render throws, instead of what it showed before', async () => {
    const el = document.createElement('test-layout-host') as TestLayoutHost;
    el.lang = 'en';
    el.data = { name: 'good' };
    document.body.append(el);
    await untilRendered(el, '.doc');
    expect(el.shadowRoot!.querySelector('.doc')?.textContent).toBe('good');

    const errors: EcoDataErrorDetail[] = [];
    el.addEventListener('eco-data-error', (e) => errors.push((e as CustomEvent<EcoDataErrorDetail>).detail));
    el.data = { name: 'bad' };
    await untilRendered(el, '[role="alert"]');
    expect(errors.map((e) => e.kind)).toEqual(['exception']);
    expect(el.shadowRoot!.querySelector('.doc')).toBeNull();
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('cannot be shown');
  });
});
