/**
 * Provenance in PNG text chunks, written by us: a real PNG (encoded here with zlib) gets a
 * tEXt chunk (ASCII-escaped JSON) and an iTXt chunk (a Japanese title) before IEND, with
 * CRC-32 over type and data; the chunks read back unchanged, the CRCs match node's zlib, and
 * Pillow (Debian's python3-pil) still opens the file and sees the same texts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPngText, asciiJson, crc32, pngSize, readPngText } from '../../../src/export';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlibCrc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A width × height RGBA PNG filled with one colour. */
function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([200, 30, 60, 255], y * (width * 4 + 1) + 1 + x * 4);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

const PROVENANCE = {
  app: { name: 'Cluster Network Explorer', version: '0.1.0' },
  source: { kind: 'snapshot', name: '群馬クラスター.json' },
  filters: { prefectures: ['群馬県'], note: 'quote " and \\ backslash' },
};

describe('PNG text chunks', () => {
  it('computes CRC-32 as zlib does', () => {
    for (const text of ['', 'IEND', 'tEXtprovenance', '群馬県'.repeat(50)]) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
  });

  it('inserts tEXt and iTXt before IEND and reads them back', () => {
    const before = png(7, 5);
    const after = addPngText(before, [
      { keyword: 'Software', text: 'Cluster Network Explorer 0.1.0' },
      { keyword: 'provenance', text: asciiJson(PROVENANCE) },
      { keyword: 'Title', text: '群馬のクラスター網' },
    ]);
    expect(pngSize(after)).toEqual({ width: 7, height: 5 });
    const texts = readPngText(after);
    expect(texts.map((t) => t.keyword)).toEqual(['Software', 'provenance', 'Title']);
    expect(JSON.parse(texts[1]!.text)).toEqual(PROVENANCE);
    expect(texts[1]!.text).toMatch(/^[\x20-\x7e]*$/);
    expect(texts[2]!.text).toBe('群馬のクラスター網');
    // IEND is still last, and the image data is untouched.
    expect(Buffer.from(after.subarray(after.length - 12)).toString('latin1', 4, 8)).toBe('IEND');
    expect(Buffer.from(after.subarray(0, before.length - 12))).toEqual(
      Buffer.from(before.subarray(0, before.length - 12)),
    );
    const chunkTypes: string[] = [];
    for (let at = 8; at < after.length;) {
      const length = Buffer.from(after).readUInt32BE(at);
      chunkTypes.push(Buffer.from(after).toString('latin1', at + 4, at + 8));
      at += 12 + length;
    }
    expect(chunkTypes).toEqual(['IHDR', 'IDAT', 'tEXt', 'tEXt', 'iTXt', 'IEND']);
  });

  it('refuses a corrupted chunk and a file that is not a PNG', () => {
    const bad = addPngText(png(2, 2), [{ keyword: 'provenance', text: '{}' }]);
    bad[bad.length - 20] = bad[bad.length - 20]! ^ 0xff;
    expect(() => readPngText(bad)).toThrow(/CRC mismatch/);
    expect(() => addPngText(new Uint8Array([1, 2, 3]), [])).toThrow(/not a PNG/);
    expect(() => addPngText(png(1, 1), [{ keyword: '', text: 'x' }])).toThrow(/keyword/);
  });

  it('is read by Pillow with the same texts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cne-png-')), 'p.png');
    writeFileSync(
      file,
      addPngText(png(3, 3), [
        { keyword: 'provenance', text: asciiJson(PROVENANCE) },
        { keyword: 'Title', text: '群馬のクラスター網' },
      ]),
    );
    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys,json; from PIL import Image; im=Image.open(sys.argv[1]); im.load(); print(json.dumps({"size": im.size, "text": im.text}))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(py.stderr).toBe('');
    const out = JSON.parse(py.stdout) as { size: number[]; text: Record<string, string> };
    expect(out.size).toEqual([3, 3]);
    expect(JSON.parse(out.text.provenance!)).toEqual(PROVENANCE);
    expect(out.text.Title).toBe('群馬のクラスター網');
  });
});
