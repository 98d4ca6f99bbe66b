import type http from 'node:http';

export declare function createPortalServer(): http.Server;
