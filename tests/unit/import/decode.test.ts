import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createDecoder,
  decideEncoding,
  parseEncoding,
  scanEncoding,
  type Encoding,
} from '../../../graph-import/read/decode';
import { normaliseHeader } from '../../../graph-import/read/header';

const dir = mkdtempSync(join(tmpdir(), 'cne-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const known = new Set(['id', 'kind', 'name']);
const text = 'id,kind,name\nA-1,university,群馬大学\nA-2,company,株式会社髙橋製作所①\n';

async function decide(bytes: Uint8Array, forced: Encoding = 'auto') {
  const path = join(dir, `f${Math.random()}.csv`);
  writeFileSync(path, bytes);
  return decideEncoding(await scanEncoding(path), forced, known, normaliseHeader);
}

describe('encoding decided per file on evidence', () => {
  it('reads valid UTF-8, with or without a BOM, as UTF-8', async () => {
    expect(await decide(Buffer.from(text))).toMatchObject({ encoding: 'utf8', invalid: 0 });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(await decide(bom)).toMatchObject({
      encoding: 'utf8',
      because: expect.stringMatching(/BOM/),
    });
  });

  it('reads CP932 (Shift_JIS) as CP932', async () => {
    const d = await decide(iconv.encode(text, 'cp932'));
    expect(d).toMatchObject({ encoding: 'cp932', invalid: 0 });
    expect(d.because).toMatch(/of its non-ASCII sequences are valid UTF-8/);
  });

  it('reads UTF-8 with one bad byte as UTF-8 and counts the bad sequence', async () => {
    const bytes = Buffer.from(text);
    bytes[bytes.indexOf(Buffer.from('群'))] = 0xff;
    const d = await decide(bytes);
    expect(d.encoding).toBe('utf8');
    expect(d.invalid).toBeGreaterThan(0);
  });

  it('keeps UTF-8 for a BOM file even with bad bytes (the BOM is never read as data)', async () => {
    const body = Buffer.from(text);
    body[body.indexOf(Buffer.from('髙'))] = 0x80;
    const d = await decide(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    expect(d.encoding).toBe('utf8');
  });

  it('refuses UTF-16 clearly', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await expect(decide(utf16)).rejects.toThrow(/UTF-16/);
  });

  it('obeys a forced encoding', async () => {
    expect((await decide(iconv.encode(text, 'cp932'), 'utf8')).encoding).toBe('utf8');
  });

  it('decodes CP932-only characters such as circled digits and NEC specials', () => {
    const special = '①株式会社㈱髙';
    const decoder = createDecoder('cp932');
    const bytes = iconv.encode(special, 'cp932');
    // Split inside a double-byte character: the decoder must carry the half over.
    expect(
      decoder.write(bytes.subarray(0, 3)) + decoder.write(bytes.subarray(3)) + decoder.end(),
    ).toBe(special);
  });

  it('parses encoding names people use', () => {
    expect(parseEncoding('Shift_JIS')).toBe('cp932');
    expect(parseEncoding('sjis')).toBe('cp932');
    expect(parseEncoding('UTF-8')).toBe('utf8');
    expect(() => parseEncoding('latin1')).toThrow(/unknown encoding/);
  });
});
