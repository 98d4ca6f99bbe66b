import { describe, expect, it } from 'vitest';
import { loadJson, type LoadClock } from './data-source.js';

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** A clock the test drives: time moves and timers fire only when the test says so. */
function handClock() {
  let time = 0;
  let next = 1;
  const timers = new Map<number, { callback: () => void; at: number }>();
  const clock: LoadClock = {
    now: () => time,
    setTimeout: (callback, ms) => (timers.set(next, { callback, at: time + ms }), next++),
    clearTimeout: (id) => void timers.delete(id),
  };
  /** Moves the time to `to` (the page's thread busy meanwhile), then runs the timers due by then. */
  const advance = (to: number): void => {
    time = to;
    for (const [id, t] of [...timers]) {
      if (t.at > time) continue;
      timers.delete(id);
      t.callback();
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('loadJson', () => {
  it('reads an answer that came in time although the page was too busy to read it before the timeout', async () => {
    const { clock, advance, pending } = handClock();
    const loading = loadJson(document, blobUrl('{"name":"in time"}'), 200, clock);
    // The timer fires 400 ms late: it gives the queued answer a grace period instead of aborting.
    advance(600);
    expect(pending()).toBe(1);
    expect(await loading).toEqual({ ok: true, value: { name: 'in time' } });
    expect(pending()).toBe(0);
  });

  it('gives up when the timer fires on time and no answer has been read', async () => {
    const { clock, advance } = handClock();
    const loading = loadJson(document, blobUrl('{"name":"too late"}'), 200, clock);
    advance(200);
    expect(await loading).toEqual({
      ok: false,
      error: { kind: 'timeout', reason: { en: 'no answer within 0.2 s', zh: '0.2 秒内无响应' } },
    });
  });

  it('gives up after the grace period when the answer is still not there after a late timer', async () => {
    const { clock, advance } = handClock();
    const loading = loadJson(document, blobUrl('{}'), 200, clock);
    advance(600);
    advance(850);
    expect(await loading).toMatchObject({ ok: false, error: { kind: 'timeout' } });
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
