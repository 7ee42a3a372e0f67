/**
 * What the command-line tools (analyze, gaps, compare) share: where they write, how a failure
 * becomes an exit status (2: the user's input or flags; 1: a bug), and how a module runs when
 * started as a script.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { AnalysisInputError } from '../src/analysis/types';
import { UsageError } from './args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Whether progress may be drawn on stderr. */
  progress: boolean;
}

export const PROCESS_IO: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  writeFile: (p, data) =>
    typeof data === 'string' ? writeFile(p, data, 'utf8') : writeFile(p, data),
  progress: process.stderr.isTTY === true,
};

/** Reports a failure of `command` on stderr and returns its exit status. */
export function failureStatus(command: string, error: unknown, io: CliIo): number {
  if (error instanceof UsageError || error instanceof AnalysisInputError) {
    io.stderr(`${command}: ${error.message}\n`);
    if (error instanceof UsageError) io.stderr('Run with --help for usage.\n');
    return 2;
  }
  io.stderr(`${command}: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
  return 1;
}

/** Runs `main` with the process's arguments when `moduleUrl` is the script node started. */
export function runAsScript(moduleUrl: string, main: (argv: string[]) => Promise<number>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
