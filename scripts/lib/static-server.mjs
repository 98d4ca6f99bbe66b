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
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * @param {{ routes: Record<string, string>, headers?: Record<string, string>, handler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean }} options
 *   routes: URL prefix (ending in '/') → absolute folder; handler: answers a request itself when it returns true.
 * @returns {http.Server}
 */
export function createStaticServer({ routes, headers = {}, handler }) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  return http.createServer((req, res) => {
    if (handler?.(req, res)) return;
    // Browsers ask for a favicon on every page; answer 'no content' instead of a logged 404.
    if (req.url === '/favicon.ico') return void res.writeHead(204, headers).end();
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return notFound(res);
    const root = path.resolve(routes[prefix]);
    let file = path.resolve(root, '.' + pathname.slice(prefix.length - 1));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return notFound(res);
    res.writeHead(200, {
      ...headers,
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
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
