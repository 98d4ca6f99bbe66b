// A small static file server for `npm start` and the end-to-end tests: maps URL prefixes to
// folders, sends the given headers (the strict CSP) with every response, and never serves a
// file outside the mapped folders.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The content-security policy every page of the project is tested and served under. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * @param {{ routes: Record<string, string>, headers?: Record<string, string> | ((pathname: string) => Record<string, string>), handler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean }} options
 *   routes: URL prefix (ending in '/') → absolute folder; headers: sent with every answer, or chosen
 *   by the request's path (the documentation site needs another CSP than the portal); handler:
 *   answers a request itself when it returns true.
 * @returns {http.Server}
 */
export function createStaticServer({ routes, headers = {}, handler }) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  // Every answer says not to sniff: a .md or .csv served as text must never run as a script.
  const headersFor = typeof headers === 'function' ? headers : () => headers;
  return http.createServer((req, res) => {
    if (handler?.(req, res)) return;
    const base = { ...headersFor(requestPath(req.url) ?? '/'), 'x-content-type-options': 'nosniff' };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, base, 'method not allowed\n', { allow: 'GET, HEAD' });
    // Browsers ask for a favicon on every page; answer 'no content' instead of a logged 404.
    if (req.url === '/favicon.ico') return void res.writeHead(204, base).end();
    const pathname = requestPath(req.url);
    // A target that is not a URL (an absolute form with port 99999) or a malformed escape (`/%`) is the client's error.
    if (pathname === undefined) return plain(res, 400, base, 'bad request\n');
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return plain(res, 404, base, 'not found\n');
    const file = containedFile(routes[prefix], pathname.slice(prefix.length - 1));
    if (!file) return plain(res, 404, base, 'not found\n');
    res.writeHead(200, {
      ...base,
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    // A file that cannot be read after all (removed meanwhile, no permission) ends this answer, not the server.
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
}

/** The decoded path of a request target, or undefined when it is not a valid URL or escape. */
function requestPath(target) {
  try {
    return decodeURIComponent(new URL(target ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/**
 * The real path of `rest` under `folder` (a directory's index.html), or undefined when it does not
 * exist or resolves, through `..` or a symbolic link, to somewhere outside the folder.
 */
function containedFile(folder, rest) {
  try {
    const root = fs.realpathSync(path.resolve(folder));
    let file = fs.realpathSync(path.resolve(root, '.' + rest));
    if (fs.statSync(file).isDirectory()) file = fs.realpathSync(path.join(file, 'index.html'));
    const inside = file === root || file.startsWith(root + path.sep);
    return inside && fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function plain(res, status, headers, text, extra = {}) {
  res.writeHead(status, { ...headers, ...extra, 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/**
 * Listens on 127.0.0.1 and resolves with the port (0 picks a free one).
 * @param {http.Server} server
 * @param {number} port
 * @returns {Promise<number>}
 */
export function listen(server, port = 0) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
