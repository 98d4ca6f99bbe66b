import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { request, type Server } from 'node:http';
import {
  assess,
  assessBundle,
  breachesByUnit,
  checkRedLines,
  parseFramework,
  parseObservations,
} from '@eco-reform/core';
// @ts-expect-error: a plain-JavaScript example without type declarations
import { MAX_BODY_BYTES, createAssessmentServer, errorAnswer } from '../../examples/node-api/server.mjs';
import { rawRequest } from '../support/rawRequest.js';

const bundleText = readFileSync(fileURLToPath(new URL('../../examples/meixi/bundle.json', import.meta.url)), 'utf8');
const bundle = JSON.parse(bundleText) as {
  framework: Record<string, unknown>;
  observations: unknown[];
  reports: unknown[];
};

let server: Server;
let base: string;
let port: number;
const logged: unknown[] = [];
beforeAll(async () => {
  server = createAssessmentServer({ log: (detail: unknown) => logged.push(detail) }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = async (path: string, body: string) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as Record<string, unknown>,
  };
};

describe('the node-api example service', () => {
  it('assesses the example city exactly as the core does in process', async () => {
    const r = await post('/assess?period=2025', bundleText);
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/json; charset=utf-8');
    const framework = parseFramework(bundle.framework);
    const observations = parseObservations(bundle.observations);
    if (!framework.ok || !observations.ok) throw new Error('the example must parse');
    const direct = assess(framework.value, observations.value, {
      period: '2025',
      breaches: breachesByUnit(checkRedLines(framework.value.redLines, '2025')),
    });
    expect(r.json).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it("applies the units' flags a body carries, as assessBundle does, and refuses a flag for an unknown unit with its path", async () => {
    const flags = [{ unit: 'xihu', period: '2025', flag: 'majorIncident' }];
    const r = await post('/assess?period=2025', JSON.stringify({ ...bundle, flags }));
    expect(r.status).toBe(200);
    const framework = parseFramework(bundle.framework);
    const observations = parseObservations(bundle.observations);
    if (!framework.ok || !observations.ok) throw new Error('the example must parse');
    const direct = assessBundle(
      { framework: framework.value, observations: observations.value, flags },
      { period: '2025' },
    );
    expect(r.json).toEqual(JSON.parse(JSON.stringify(direct)));
    expect((r.json['results'] as Array<{ unit: string; grade: string }>).find((x) => x.unit === 'xihu')?.grade).toBe(
      'good',
    );
    const unknown = await post(
      '/assess?period=2025',
      JSON.stringify({ ...bundle, flags: [{ unit: 'atlantis', period: '2025', flag: 'majorIncident' }] }),
    );
    expect(unknown.status).toBe(422);
    expect((unknown.json['issues'] as Array<{ at: string }>)[0]?.at).toMatch(/^flags\[0\]/);
  });

  it('explains a district in English and answers 404 for a unit that is not assessed', async () => {
    const ok = await post('/explain?period=2025&unit=nanshan&lang=en', bundleText);
    expect(ok.status).toBe(200);
    expect((ok.json['explanation'] as { text: string }).text).toMatch(/^Nanshan District scored .* veto/);
    const missing = await post('/explain?period=2025&unit=atlantis', bundleText);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({
      ok: false,
      error: { en: expect.stringContaining('atlantis'), zh: expect.stringContaining('atlantis') },
    });
  });

  it('validates a framework and reports every problem with its path', async () => {
    const good = await post('/validate', JSON.stringify(bundle.framework));
    expect(good.json).toMatchObject({ ok: true, summary: { id: 'meixi-2024', indicators: 20 } });
    const broken = structuredClone(bundle.framework) as {
      measures: Array<Record<string, unknown>>;
      indicators: Array<Record<string, unknown>>;
    };
    delete broken.measures[2]!['checker'];
    broken.indicators[3]!['id'] = 42;
    const bad = await post('/validate', JSON.stringify(broken));
    expect(bad.status).toBe(422);
    const at = (bad.json['issues'] as Array<{ at: string }>).map((i) => i.at);
    expect(at).toEqual(expect.arrayContaining(['measures[2].checker', 'indicators[3].id']));
  });

  it('reports problems in the framework and the observations together, against the request body', async () => {
    // JSON.stringify drops the undefined scheme, so the framework arrives without one.
    const body = {
      framework: { ...bundle.framework, scheme: undefined },
      observations: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 'high' }],
    };
    const r = await post('/assess?period=2025', JSON.stringify(body));
    expect(r.status).toBe(422);
    const at = (r.json['issues'] as Array<{ at: string }>).map((i) => i.at);
    expect(at).toEqual(expect.arrayContaining(['framework.scheme', 'observations[0].value']));
  });

  it('answers bad requests with a reason in English and Chinese', async () => {
    const invalid = await post('/assess?period=2025', '{ "framework": ');
    expect(invalid.status).toBe(400);
    const parserMessage = (() => {
      try {
        JSON.parse('{ "framework": ');
      } catch (error) {
        return (error as SyntaxError).message;
      }
      throw new Error('the body must be invalid JSON');
    })();
    expect(invalid.json['error']).toEqual({
      en: `the body is not valid JSON: ${parserMessage}`,
      zh: expect.stringContaining(parserMessage),
    });
    expect((await post('/assess', bundleText)).status).toBe(400);
    expect((await post('/nowhere', '{}')).status).toBe(404);
    const get = await fetch(`${base}/assess?period=2025`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await get.json()).toMatchObject({ ok: false, error: { zh: expect.stringContaining('POST') } });
  });

  it('refuses a body over the limit with 413 while it streams in', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}/validate`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The server closes the connection after answering; the rest of the upload is refused.
      req.on('error', (error: NodeJS.ErrnoException) =>
        ['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error),
      );
      const chunk = Buffer.alloc(1024 * 1024, 32);
      for (let k = 0; k <= MAX_BODY_BYTES / chunk.length; k++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 400 to an absolute-form target with an impossible port, and goes on answering', async () => {
    const r = await rawRequest(port, 'POST http://x:99999/validate HTTP/1.1', '{}');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: { en: 'the request target is not a valid URL', zh: '请求目标不是有效的 URL' },
    });
    expect((await rawRequest(port, 'GET /% HTTP/1.1')).status).toBe(404);
    expect((await post('/validate', JSON.stringify(bundle.framework))).status).toBe(200);
  });

  it.each(['abc', '2025-13', '2025-02-29', '25'])(
    'answers 400 naming the period for the impossible period %s, not an empty assessment',
    async (period) => {
      for (const path of ['/assess', '/explain']) {
        const r = await post(`${path}?period=${encodeURIComponent(period)}&unit=nanshan`, bundleText);
        expect(r.status, path).toBe(400);
        expect(r.json, path).toMatchObject({
          ok: false,
          error: { en: expect.stringContaining(`"${period}" is not a period`), zh: expect.stringContaining(period) },
        });
      }
    },
  );

  it('answers 422 naming the periods there are for a period no observation has, and names the units assessed for an unknown unit', async () => {
    const r = await post('/assess?period=2030', bundleText);
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({
      ok: false,
      error: {
        en: "no observation has the period 2030; the observations' periods: 2020, 2021, 2022, 2023, 2024, 2025",
      },
    });
    const unit = await post('/explain?period=2025&unit=gangkuo', bundleText);
    expect(unit.status).toBe(404);
    expect(unit.json).toMatchObject({
      error: {
        en: 'unit "gangkuo" is not in the 2025 assessment; the units assessed: xihu, dongcheng, nanshan, beiling, qingxi, gangkou',
      },
    });
  });

  it('answers an unexpected failure with a generic 500 and keeps the detail in its log', () => {
    const failure = new Error('cannot read /srv/secret/config.json: ENOENT');
    const answer = errorAnswer(failure, (detail: unknown) => logged.push(detail));
    expect(answer).toEqual({
      status: 500,
      headers: {},
      body: {
        ok: false,
        error: { en: "internal error; the details are in the service's log", zh: '服务器内部错误，详情见服务日志' },
      },
    });
    expect(JSON.stringify(answer)).not.toContain('secret');
    expect(logged).toContain(failure);
  });
});
