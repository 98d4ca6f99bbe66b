/** What the CLI needs from the outside world, so it can be tested without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTTY?: boolean;
  /** A monotonic clock in milliseconds, for the progress bar (the CLI's only use of time). */
  now?: () => number;
}
