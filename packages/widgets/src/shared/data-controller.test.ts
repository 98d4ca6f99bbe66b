import { afterEach, describe, expect, it, vi } from 'vitest';
import { LitElement, html, type TemplateResult } from 'lit';
import { DataController, type EcoDataErrorDetail } from './data-controller.js';
import type { DataParser } from './data-source.js';
import { engine } from './load-engine.js';
import { RENDER_DEADLINE_MS } from './rendered.testing.js';

interface Doc {
  name: string;
}
const parseDoc = (input: unknown) =>
  typeof input === 'object' && input !== null && typeof (input as Doc).name === 'string'
    ? { ok: true as const, value: input as Doc }
    : { ok: false as const, details: ['name: expected a string'] };

/** A parser that reads its input with the engine, as a widget's parser reads a bundle. */
const parseWithEngine: DataParser<Doc> = (input) => {
  const bundle = engine().parseBundle(input);
  return bundle.ok
    ? { ok: true, value: { name: bundle.value.framework.id } }
    : { ok: false, details: ['not a bundle'] };
};

/** A parser with a bug: it throws on anything. */
const parseThrowing: DataParser<Doc> = () => {
  throw new TypeError('cannot read properties of undefined');
};

const parsers: Record<string, DataParser<Doc>> = {
  'test-data-host': parseDoc,
  'test-engine-host': parseWithEngine,
  'test-throwing-host': parseThrowing,
};

class TestHost extends LitElement {
  static override properties = { src: {}, data: { attribute: false } };
  src: string | undefined;
  data: unknown;
  readonly loader = new DataController(this, parsers[this.localName]!);
  load(): void {
    this.loader.sync({ data: this.data, src: this.src, timeoutMs: 2000 });
  }
  override render(): TemplateResult {
    const s = this.loader.state;
    if (s.status !== 'ready') return html`${s.status === 'error' ? `error:${s.error.kind}` : s.status}`;
    return this.loader.guard(
      () => {
        if (s.value.name === 'boom') throw new RangeError('no layout for boom');
        return html`${s.value.name}`;
      },
      (failed) => html`error:${failed.error.kind}`,
    );
  }
}
customElements.define('test-data-host', TestHost);
customElements.define('test-engine-host', class extends TestHost {});
customElements.define('test-throwing-host', class extends TestHost {});

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

async function settled(host: TestHost): Promise<string> {
  // On the clock, not counted sleeps: the first parse of a bundle fetches the engine, which the dev
  // server compiles first, slow on a loaded machine.
  const start = performance.now();
  while (host.loader.state.status === 'loading' || host.loader.state.status === 'empty') {
    if (performance.now() - start > RENDER_DEADLINE_MS) throw new Error(`still ${host.loader.state.status}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await host.updateComplete;
  return host.shadowRoot!.textContent!.trim();
}

function mount(setup: (h: TestHost) => void, inner = '', tag = 'test-data-host'): TestHost {
  const host = document.createElement(tag) as TestHost;
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

  it('asks the server again on the next use after a failed request, instead of keeping the failure for the page', async () => {
    const spy = vi.spyOn(window, 'fetch');
    const first = mount((h) => (h.src = '/__eco-missing-again.json'));
    expect(await settled(first)).toBe('error:http');
    const second = mount((h) => (h.src = '/__eco-missing-again.json'));
    expect(await settled(second)).toBe('error:http');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('shows the error state and fires eco-data-error, with the message, when the parser throws', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const host = mount((h) => (h.data = { name: 'x' }), '', 'test-throwing-host');
    expect(await settled(host)).toBe('error:exception');
    expect(events).toHaveLength(1);
    expect(events[0]!.reason.en).toBe('the data could not be shown (cannot read properties of undefined)');
    expect(events[0]!.reason.zh).toBe('无法显示数据（cannot read properties of undefined）');
  });

  it('shows the error state and fires eco-data-error when rendering the data throws, instead of what it showed before', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const host = mount((h) => (h.data = { name: 'boom' }));
    expect(await settled(host)).toBe('error:exception');
    expect(events.map((e) => e.reason.en)).toEqual(['the data could not be shown (no layout for boom)']);
    host.data = { name: 'fine' };
    host.load();
    expect(await settled(host)).toBe('fine');
  });

  it('fetches the engine the first time a parser reaches it, then parses with it', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const host = mount((h) => (h.data = { framework: { id: 42 } }), '', 'test-engine-host');
    expect(host.loader.state.status).toBe('loading');
    expect(await settled(host)).toBe('error:schema');
    expect(events[0]!.details).toEqual(['not a bundle']);
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
