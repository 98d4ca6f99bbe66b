import type http from 'node:http';

export declare const STRICT_CSP: string;
export declare function createStaticServer(options: {
  routes: Record<string, string>;
  headers?: Record<string, string> | ((pathname: string) => Record<string, string>);
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}): http.Server;
export declare function listen(server: http.Server, port?: number): Promise<number>;
