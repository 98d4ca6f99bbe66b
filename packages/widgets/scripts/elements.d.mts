/** An element as its component folder declares it. */
export interface ElementEntry {
  /** The folder name, e.g. `progress-chart`. */
  name: string;
  /** `eco-<name>`. */
  tag: string;
  /** The exported class of `<name>.component.ts`. */
  className: string;
  /** Tags it renders inside itself (`@dependency`). */
  dependencies: string[];
}
export declare function readElements(root?: string): ElementEntry[];
export declare function elementFiles(root?: string): Map<string, string | null>;
export declare function staleElementFiles(root?: string): string[];
