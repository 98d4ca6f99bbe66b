import type { Plugin } from 'esbuild';
export declare function minifyCss(text: string): string;
export declare function minifyCssTemplates(source: string): string;
export declare function cssTemplates(): Plugin;
