import { connect } from 'node:net';

/** A server's answer to a raw request: the status code, the header block (lower-cased) and the body. */
export interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends `head` (a request line and headers, without the blank line) byte for byte to a server on
 * 127.0.0.1 and reads the answer until the server closes, so a request target no HTTP client would
 * send (`GET /%`, `POST http://x:99999/validate`) reaches the server as written.
 */
export function rawRequest(port: number, head: string, body = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const headers = (split < 0 ? text : text.slice(0, split)).toLowerCase();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, headers, body: split < 0 ? '' : text.slice(split + 4) });
    });
    const length = Buffer.byteLength(body);
    // Written, not ended: a half-closed socket may be dropped before the answer; `Connection: close` ends it.
    socket.write(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: ${length}\r\n\r\n${body}`);
  });
}
