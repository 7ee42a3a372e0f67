/** Line handling for child-process output: split streams into lines, keep the last few. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export function onLines(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** The last `max` lines seen, for error messages that show what a child said before failing. */
export class LineTail {
  private readonly buffer: string[] = [];

  constructor(private readonly max = 40) {}

  push(line: string): void {
    this.buffer.push(line);
    if (this.buffer.length > this.max) this.buffer.shift();
  }

  get lines(): readonly string[] {
    return this.buffer;
  }

  toString(): string {
    return this.buffer.length > 0 ? this.buffer.join('\n') : '(no output)';
  }
}
