/**
 * Runs a CLI's `main` (analyze, gaps, compare) in-process, with an io that keeps what it
 * prints and the files it writes, so a test reads the exit status, the output and the files.
 */
import type { CliIo } from '../../cli/cli-io';

/** Every io the CLIs take: the common one, and compare's binary writer. */
type CapturingIo = CliIo & { writeBinary: (path: string, data: Uint8Array) => Promise<void> };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string | Uint8Array>;
}

export async function runCli(
  main: (argv: string[], io: CapturingIo) => Promise<number>,
  argv: string[],
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string | Uint8Array>();
  const io: CapturingIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    writeFile: async (path, data) => void files.set(path, data),
    writeBinary: async (path, data) => void files.set(path, data),
    progress: false,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), files };
}
