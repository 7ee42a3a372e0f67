import { createReadStream } from 'node:fs';
import { createDecoder, type TextEncoding } from './decode';

const LINE_END = /\r\n|\r|\n/;

/**
 * Physical lines of decoded text, without their line ends (CRLF, LF and a lone CR all end a
 * line, so line numbers match what an editor shows). A final line end adds no empty line.
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const buffer = rest + chunk;
    // A CR at the very end may be the first half of a CRLF split across chunks: hold it back.
    const cut = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
    const parts = buffer.slice(0, cut).split(LINE_END);
    rest = parts.pop()! + buffer.slice(cut);
    yield* parts;
  }
  if (rest === '') return;
  const parts = rest.split(LINE_END);
  if (parts[parts.length - 1] === '') parts.pop();
  yield* parts;
}

/** The decoded text of a file, chunk by chunk. */
export async function* decodedChunks(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = createDecoder(encoding);
  for await (const chunk of createReadStream(path)) {
    const text = decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}
