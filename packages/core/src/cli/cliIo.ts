/** What the CLI needs from the outside world, so it can be tested without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}
