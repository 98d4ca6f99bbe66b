export declare const DOCS_DIR: string;
export declare function docsAreStale(): boolean;
export declare function buildDocs(): number;
export declare function docsCsp(html: string, mainJs: string): string;
export declare function builtDocsCsp(): string;
export declare function guideAddress(pathname: string): string | undefined;
