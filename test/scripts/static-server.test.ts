import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { rawRequest } from '../support/rawRequest.js';

// The static server of `npm start` and the end-to-end tests, attacked with raw requests: every
// bad request gets a 4xx and the server goes on answering.
let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eco-static-'));
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'site', 'notes.md'), '# notes');
  writeFileSync(join(dir, 'secret.txt'), 'the server must never send this');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'site', 'leak.txt'));
  symlinkSync(dir, join(dir, 'site', 'up'));
  server = createStaticServer({
    routes: { '/': join(dir, 'site') },
    headers: { 'content-security-policy': STRICT_CSP },
  });
  port = await listen(server);
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const stillAnswers = async () => expect((await rawRequest(port, 'GET / HTTP/1.1')).status).toBe(200);

describe('createStaticServer', () => {
  it('serves a folder page with nosniff and the given headers', async () => {
    const r = await rawRequest(port, 'GET /notes.md HTTP/1.1');
    expect(r.status).toBe(200);
    expect(r.body).toContain('# notes');
    expect(r.headers).toContain('x-content-type-options: nosniff');
    expect(r.headers).toContain('content-security-policy: default-src');
  });

  it.each(['/%', '/%E0%A4%A', '/cdn/%zz.js', '/%C0%80'])(
    'answers 400 to the malformed escape GET %s and stays up',
    async (target) => {
      const r = await rawRequest(port, `GET ${target} HTTP/1.1`);
      expect(r.status).toBe(400);
      expect(r.headers).toContain('x-content-type-options: nosniff');
      await stillAnswers();
    },
  );

  it('answers 400 to an absolute-form target with an impossible port and stays up', async () => {
    expect((await rawRequest(port, 'GET http://x:99999/ HTTP/1.1')).status).toBe(400);
    expect((await rawRequest(port, 'POST http://x:99999/validate HTTP/1.1', '{}')).status).toBe(405);
    await stillAnswers();
  });

  it('serves GET and HEAD only: other methods get 405 with Allow', async () => {
    for (const method of ['POST', 'DELETE', 'PUT', 'OPTIONS']) {
      const r = await rawRequest(port, `${method} /index.html HTTP/1.1`);
      expect(r.status, method).toBe(405);
      expect(r.headers, method).toContain('allow: get, head');
    }
    const head = await rawRequest(port, 'HEAD /index.html HTTP/1.1');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    await stillAnswers();
  });

  it('does not follow a symbolic link out of its folder, nor climb with .. escaped or not', async () => {
    for (const target of ['/leak.txt', '/up/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await rawRequest(port, `GET ${target} HTTP/1.1`);
      expect(r.status, target).toBe(404);
      expect(r.body, target).not.toContain('never send');
    }
    await stillAnswers();
  });
});
