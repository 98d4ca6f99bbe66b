import { describe, expect, it } from 'vitest';
import { loadJson } from './data-source.js';

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // The page's thread is taken, as by a widget validating a large document.
  }
};

describe('loadJson', () => {
  it('reads an answer that came in time although the page was too busy to read it before the timeout', async () => {
    const pending = loadJson(document, blobUrl('{"name":"in time"}'), 200);
    busy(600);
    expect(await pending).toEqual({ ok: true, value: { name: 'in time' } });
  });

  it('shares one request between widgets asking for the same URL and timeout', async () => {
    const url = blobUrl('{"name":"shared"}');
    expect(loadJson(document, url, 1000)).toBe(loadJson(document, url, 1000));
    expect(await loadJson(document, url, 1000)).toEqual({ ok: true, value: { name: 'shared' } });
  });

  it('says what went wrong: not JSON, or no such file', async () => {
    expect(await loadJson(document, blobUrl('{nope'), 1000)).toMatchObject({ ok: false, error: { kind: 'json' } });
    const gone = blobUrl('{}');
    URL.revokeObjectURL(gone);
    expect(await loadJson(document, gone, 1000)).toMatchObject({ ok: false, error: { kind: 'network' } });
  });
});
