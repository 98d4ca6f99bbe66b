import type { Metafile, Plugin } from 'esbuild';
export declare const DATA_ELEMENT: string;
export declare function sharedTiers(metafile: Metafile, entries: string[]): {
  parts: string[];
  viewParts: string[];
  view: string[];
  data: string[];
};
export declare function sharedChunks(): Plugin;
