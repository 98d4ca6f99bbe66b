import { afterEach, describe, expect, it, vi } from 'vitest';
import { LitElement, html, type TemplateResult } from 'lit';
import { DataController, type EcoDataErrorDetail } from './data-controller.js';

interface Doc {
  name: string;
}
const parseDoc = (input: unknown) =>
  typeof input === 'object' && input !== null && typeof (input as Doc).name === 'string'
    ? { ok: true as const, value: input as Doc }
    : { ok: false as const, details: ['name: expected a string'] };

class TestHost extends LitElement {
  static override properties = { src: {}, data: { attribute: false } };
  src: string | undefined;
  data: unknown;
  readonly loader = new DataController(this, parseDoc);
  load(): void {
    this.loader.sync({ data: this.data, src: this.src, timeoutMs: 2000 });
  }
  override render(): TemplateResult {
    const s = this.loader.state;
    return html`${s.status === 'ready' ? s.value.name : s.status === 'error' ? `error:${s.error.kind}` : s.status}`;
  }
}
customElements.define('test-data-host', TestHost);

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

async function settled(host: TestHost): Promise<string> {
  for (let i = 0; i < 50 && (host.loader.state.status === 'loading' || host.loader.state.status === 'empty'); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await host.updateComplete;
  return host.shadowRoot!.textContent!.trim();
}

function mount(setup: (h: TestHost) => void, inner = ''): TestHost {
  const host = document.createElement('test-data-host') as TestHost;
  host.innerHTML = inner;
  setup(host);
  document.body.append(host);
  host.load();
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('DataController', () => {
  it('takes data from the data property first', async () => {
    expect(await settled(mount((h) => (h.data = { name: 'from property' })))).toBe('from property');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const host = mount(() => {}, '<script type="application/json">{"name":"inline"}</script>');
    expect(await settled(host)).toBe('inline');
  });

  it('fetches src, and widgets sharing a src fetch it once', async () => {
    const spy = vi.spyOn(window, 'fetch');
    const url = blobUrl('{"name":"remote"}');
    const a = mount((h) => (h.src = url));
    const b = mount((h) => (h.src = url));
    expect([await settled(a), await settled(b)]).toEqual(['remote', 'remote']);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an HTTP error', () => '/__eco-missing-file.json', 'http'],
    ['invalid JSON', () => blobUrl('{ nope'), 'json'],
    ['schema-invalid data', () => blobUrl('{"name": 5}'), 'schema'],
  ])('shows an error state and fires eco-data-error for %s', async (_, url, kind) => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const src = url();
    const host = mount((h) => (h.src = src));
    expect(await settled(host)).toBe(`error:${kind}`);
    expect(events).toHaveLength(1);
    expect(events[0]!.kind).toBe(kind);
    expect(events[0]!.src).toBe(src);
    expect(events[0]!.reason.zh).toMatch(/\p{Script=Han}/u);
  });

  it('reports invalid inline JSON as an error, not a crash', async () => {
    const host = mount(() => {}, '<script type="application/json">{ broken</script>');
    expect(await settled(host)).toBe('error:json');
  });

  it('keeps only the latest request when inputs change quickly', async () => {
    const host = mount((h) => (h.src = blobUrl('{"name":"old"}')));
    host.data = { name: 'new' };
    host.load();
    expect(await settled(host)).toBe('new');
    await new Promise((r) => setTimeout(r, 50));
    expect(host.shadowRoot!.textContent!.trim()).toBe('new');
  });
});

describe('DataController when the element moves', () => {
  it('still settles a load started before the element was detached and re-attached', async () => {
    const host = mount((h) => (h.src = blobUrl('{"name":"moved"}')));
    const other = document.createElement('section');
    document.body.append(other);
    other.append(host);
    expect(await settled(host)).toBe('moved');
  });
});
