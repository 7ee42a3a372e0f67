import { createReadStream } from 'node:fs';
import { createDecoder, type TextEncoding } from './decode';

const LINE_END = /\r\n|\r|\n/;

/**
 * Splits decoded text into physical lines, chunk by chunk, without their line ends (CRLF, LF
 * and a lone CR all end a line, so line numbers match what an editor shows). A final line end
 * adds no empty line.
 */
export class LineSplitter {
  private rest = '';

  push(chunk: string): string[] {
    const buffer = this.rest + chunk;
    // A CR at the very end may be the first half of a CRLF split across chunks: hold it back.
    const cut = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
    const parts = buffer.slice(0, cut).split(LINE_END);
    this.rest = parts.pop()! + buffer.slice(cut);
    return parts;
  }

  end(): string[] {
    const rest = this.rest;
    this.rest = '';
    if (rest === '') return [];
    const parts = rest.split(LINE_END);
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
}

/** Physical lines of decoded text, one array per chunk. */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  const splitter = new LineSplitter();
  for await (const chunk of chunks) {
    const lines = splitter.push(chunk);
    if (lines.length) yield lines;
  }
  const last = splitter.end();
  if (last.length) yield last;
}

/** The decoded text of a file, chunk by chunk. */
export async function* decodedChunks(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = createDecoder(encoding);
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const text = decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}
