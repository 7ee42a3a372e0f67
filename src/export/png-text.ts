/**
 * Text chunks in PNG files (PNG specification, 11.3.4): provenance goes into the image file
 * itself. A chunk is length (4 bytes, big-endian), type, data, and a CRC-32 over type and
 * data; text chunks are inserted before IEND.
 *
 * `tEXt` holds Latin-1 only, so a JSON value is written with every character outside ASCII
 * as a `\uXXXX` escape — still valid JSON, read back unchanged. `iTXt` holds UTF-8 (a
 * Japanese title).
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG and zip use it). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** JSON with every non-ASCII character escaped, so it fits a tEXt chunk. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

function checkKeyword(keyword: string): void {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword))
    throw new Error(`invalid PNG text keyword: ${JSON.stringify(keyword)}`);
}

export interface PngText {
  keyword: string;
  text: string;
}

/** A `tEXt` chunk if the text is Latin-1, else an uncompressed `iTXt` chunk. */
export function textChunk({ keyword, text }: PngText): Uint8Array {
  checkKeyword(keyword);
  const latin1 = [...text].every((c) => c.charCodeAt(0) > 0 && c.charCodeAt(0) <= 0xff);
  if (latin1) {
    return chunk(
      'tEXt',
      Uint8Array.from(`${keyword}\0${text}`, (c) => c.charCodeAt(0)),
    );
  }
  // keyword, 0, compression flag 0, method 0, empty language tag, 0, empty translation, 0.
  const head = ascii(`${keyword}\0\0\0\0\0`);
  const body = utf8(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return chunk('iTXt', data);
}

function isPng(png: Uint8Array): boolean {
  return png.length >= 8 && SIGNATURE.every((b, i) => png[i] === b);
}

interface RawChunk {
  type: string;
  start: number;
  dataStart: number;
  dataEnd: number;
}

function* chunks(png: Uint8Array): Generator<RawChunk> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const dataEnd = at + 8 + length;
    if (dataEnd + 4 > png.length) throw new Error(`PNG chunk ${type} runs past the end`);
    const crc = view.getUint32(dataEnd);
    if (crc !== crc32(png, at + 4, dataEnd)) throw new Error(`PNG chunk ${type}: CRC mismatch`);
    yield { type, start: at, dataStart: at + 8, dataEnd };
    at = dataEnd + 4;
  }
}

/** The PNG with text chunks inserted before IEND. */
export function addPngText(png: Uint8Array, texts: readonly PngText[]): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG file');
  let iend = -1;
  for (const c of chunks(png)) if (c.type === 'IEND') iend = c.start;
  if (iend < 0) throw new Error('PNG without IEND');
  const added = texts.map(textChunk);
  const size = added.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, iend));
  let at = iend;
  for (const c of added) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(iend), at);
  return out;
}

/** The text chunks of a PNG (tEXt and uncompressed iTXt), checking every CRC on the way. */
export function readPngText(png: Uint8Array): PngText[] {
  if (!isPng(png)) throw new Error('not a PNG file');
  const out: PngText[] = [];
  for (const c of chunks(png)) {
    const data = png.subarray(c.dataStart, c.dataEnd);
    const nul = data.indexOf(0);
    if (nul < 0) continue;
    const keyword = String.fromCharCode(...data.subarray(0, nul));
    if (c.type === 'tEXt') {
      out.push({
        keyword,
        text: Array.from(data.subarray(nul + 1), (b) => String.fromCharCode(b)).join(''),
      });
    } else if (c.type === 'iTXt' && data[nul + 1] === 0) {
      // Skip the compression flag and method, then the language tag and the translation.
      let at = nul + 3;
      at = data.indexOf(0, at) + 1;
      at = data.indexOf(0, at) + 1;
      out.push({ keyword, text: new TextDecoder().decode(data.subarray(at)) });
    }
  }
  return out;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!isPng(png)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
