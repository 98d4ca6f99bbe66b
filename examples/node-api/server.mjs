// A developer's integration of @eco-reform/core: a small HTTP service (node:http, no framework)
// that validates an uploaded framework and returns assessments and explanations as JSON.
// Only public exports of the core are used. Run: `node examples/node-api/server.mjs [port]`.
//
//   POST /validate                           body: a framework          → 200 { ok, summary } | 422 { ok: false, issues }
//   POST /assess?period=2025                 body: { framework, observations[, reports, flags] } → 200 the assessment | 422 { ok: false, issues }
//   POST /explain?period=2025&unit=…&lang=en  same body                  → 200 { ok, explanation } | 404 unknown unit
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  assessBundle,
  comparePeriods,
  explain,
  formatPath,
  parseFramework,
  parseObservations,
  parsePeriod,
  parseUnitFlags,
} from '@eco-reform/core';

/** Request bodies above this many bytes are refused with 413 while they stream in. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const failure = (en, zh) => ({ ok: false, error: { en, zh } });

class HttpError extends Error {
  constructor(status, en, zh, headers = {}) {
    super(en);
    this.status = status;
    this.body = failure(en, zh);
    this.headers = headers;
  }
}

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Reads the body as JSON, refusing more than MAX_BODY_BYTES as soon as it is exceeded. */
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`, `请求体超过 ${MAX_BODY_BYTES} 字节`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON: ${error.message}`, `请求体不是有效的 JSON：${error.message}`);
  }
}

/** Validates a framework, its observations and the units' flags (if any) together, so the caller sees every problem at once. */
function validateInputs(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return {
      issues: [
        {
          path: [],
          at: '',
          code: 'invalid_type',
          message: { en: 'expected an object { framework, observations }', zh: '应为对象 { framework, observations }' },
        },
      ],
    };
  }
  const framework = parseFramework(body.framework);
  // Given the framework, each value must be of its indicator's kind (true in a numeric indicator is refused).
  const observations = parseObservations(body.observations, framework.ok ? { framework: framework.value } : {});
  // Issues are reported against the whole request body: `framework.indicators[3].target.value`.
  const prefix = (name, issues) =>
    issues.map((i) => ({ ...i, path: [name, ...i.path], at: formatPath([name, ...i.path]) }));
  // Flags name units and periods of the framework, so they are checked against it when it is valid.
  const flags =
    body.flags === undefined ? null : parseUnitFlags(body.flags, framework.ok ? framework.value : undefined);
  const issues = [
    ...(framework.ok ? [] : prefix('framework', framework.issues)),
    ...(observations.ok ? [] : prefix('observations', observations.issues)),
    ...(flags === null || flags.ok ? [] : prefix('flags', flags.issues)),
  ];
  return issues.length > 0
    ? { issues }
    : { framework: framework.value, observations: observations.value, flags: flags?.value };
}

function assessFor(url, body) {
  const period = url.searchParams.get('period');
  if (!period)
    throw new HttpError(
      400,
      'the query parameter "period" is required, e.g. ?period=2025',
      '缺少查询参数 period，例如 ?period=2025',
    );
  // An impossible period (`abc`, `2025-13`) has no observations: answer why instead of an empty assessment.
  if (parsePeriod(period) === null) {
    throw new HttpError(
      400,
      `"${period}" is not a period: use 2025, 2025-Q3, 2025-07 or 2025-07-15`,
      `“${period}”不是有效的期间：应为 2025、2025-Q3、2025-07 或 2025-07-15`,
    );
  }
  const inputs = validateInputs(body);
  if (inputs.issues) return { status: 422, body: { ok: false, issues: inputs.issues } };
  if (!inputs.observations.some((o) => o.period === period)) {
    const present = [...new Set(inputs.observations.map((o) => o.period))].sort(comparePeriods).join(', ') || 'none';
    throw new HttpError(
      422,
      `no observation has the period ${period}; the observations' periods: ${present}`,
      `没有期间为 ${period} 的观测值；观测值中的期间：${present}`,
    );
  }
  // Red-line breaches and the units' flags of the period, as the CLI and the widgets score a bundle.
  return { assessment: assessBundle(inputs, { period }) };
}

async function route(req, url) {
  const routes = ['/validate', '/assess', '/explain'];
  if (!routes.includes(url.pathname))
    throw new HttpError(404, `no such endpoint: ${url.pathname}`, `没有这个接口：${url.pathname}`);
  if (req.method !== 'POST')
    throw new HttpError(405, `use POST for ${url.pathname}`, `${url.pathname} 只接受 POST 请求`, { allow: 'POST' });
  const body = await readJson(req);
  if (url.pathname === '/validate') {
    const r = parseFramework(body);
    if (!r.ok) return { status: 422, body: { ok: false, issues: r.issues } };
    const f = r.value;
    return {
      status: 200,
      body: {
        ok: true,
        summary: {
          id: f.id,
          version: f.version,
          areas: f.areas.length,
          indicators: f.indicators.length,
          goals: f.goals.length,
          measures: f.measures.length,
          units: f.units.length,
          redLines: f.redLines.length,
        },
      },
    };
  }
  const result = assessFor(url, body);
  if (!result.assessment) return result;
  if (url.pathname === '/assess') return { status: 200, body: result.assessment };
  const unit = url.searchParams.get('unit') ?? '';
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
  const explanation = explain(result.assessment, { unit, lang });
  if (!explanation) {
    const assessed = result.assessment.results.map((r) => r.unit).join(', ');
    throw new HttpError(
      404,
      `unit "${unit}" is not in the ${result.assessment.period} assessment; the units assessed: ${assessed}`,
      `单位“${unit}”不在${result.assessment.period}年的考核中；参加考核的单位：${assessed}`,
    );
  }
  return { status: 200, body: { ok: true, explanation } };
}

/**
 * The answer to a request that failed: its own status and reason for an HttpError; for anything
 * else a generic 500, the detail going to `log` only, since an exception's text can show paths
 * and internals to whoever sent the request.
 * @param {unknown} error
 * @param {(detail: unknown) => void} log
 * @returns {{ status: number, body: unknown, headers: Record<string, string> }}
 */
export function errorAnswer(error, log) {
  if (error instanceof HttpError) return { status: error.status, body: error.body, headers: error.headers };
  log(error);
  return {
    status: 500,
    body: failure("internal error; the details are in the service's log", '服务器内部错误，详情见服务日志'),
    headers: {},
  };
}

/**
 * The service as an http.Server, not yet listening.
 * @param {{ log?: (detail: unknown) => void }} [options] log: where unexpected errors are written (console.error by default).
 * @returns {http.Server}
 */
export function createAssessmentServer({ log = console.error } = {}) {
  return http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // An absolute-form target with an impossible port (`http://x:99999/validate`) is not a URL.
      return send(res, 400, failure('the request target is not a valid URL', '请求目标不是有效的 URL'));
    }
    route(req, url).then(
      ({ status, body }) => send(res, status, body),
      (error) => {
        const answer = errorAnswer(error, log);
        // Stop reading an oversized body, and say so before closing.
        if (answer.status === 413) res.setHeader('connection', 'close');
        send(res, answer.status, answer.body, answer.headers);
        if (answer.status === 413) req.destroy();
      },
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 8787);
  const server = createAssessmentServer();
  server.listen(port, '127.0.0.1', () =>
    console.log(`eco-reform assessment service on http://127.0.0.1:${server.address().port}/`),
  );
}
