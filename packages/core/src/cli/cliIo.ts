/** What the CLI needs from the outside world, so it can be tested without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A file's bytes; the CLI decodes them (`decodeText`), so a GB18030 or UTF-16 file reads as its text. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a text file as UTF-8 (`bundle -o`, `ledger -o`), replacing it and creating its folder; rejects when it cannot. */
  writeFile: (path: string, text: string) => Promise<void>;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTTY?: boolean;
  /** A monotonic clock in milliseconds, for the progress bar (the CLI's only use of time). */
  now?: () => number;
}
