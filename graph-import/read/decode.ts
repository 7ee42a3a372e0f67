import iconv from 'iconv-lite';

export const ENCODINGS = ['auto', 'utf8', 'cp932'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Accepts the spellings people use for Japanese Excel's encoding. */
export function parseEncoding(value: string): Encoding {
  const v = value.toLowerCase().replace(/[-_]/g, '');
  if (v === 'auto') return 'auto';
  if (v === 'utf8') return 'utf8';
  if (['cp932', 'shiftjis', 'sjis', 'windows31j', 'ms932'].includes(v)) return 'cp932';
  throw new Error(`unknown encoding "${value}" (use auto, utf8 or cp932/shift_jis)`);
}

/**
 * Decodes a CSV file. `auto`: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped),
 * otherwise CP932, which is what Japanese Excel writes for "CSV" and a superset of Shift_JIS.
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding): { text: string; used: string } {
  if (encoding === 'cp932')
    return { text: iconv.decode(Buffer.from(bytes), 'cp932'), used: 'cp932' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, used: hasBom ? 'utf8 (BOM)' : 'utf8' };
  } catch {
    if (encoding === 'utf8') throw new Error('file is not valid UTF-8 (try --encoding cp932)');
    return { text: iconv.decode(Buffer.from(bytes), 'cp932'), used: 'cp932 (detected)' };
  }
}
