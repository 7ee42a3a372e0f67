import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, parseEncoding } from '../../../graph-import/read/decode';

const text = 'id,name\nA-1,群馬大学\n';

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    expect(decodeText(withBom, 'auto')).toEqual({ text, used: 'utf8 (BOM)' });
    expect(decodeText(Buffer.from(text, 'utf8'), 'auto')).toEqual({ text, used: 'utf8' });
  });

  it('detects CP932 (Shift_JIS) when the bytes are not UTF-8', () => {
    const sjis = iconv.encode(text, 'cp932');
    expect(decodeText(sjis, 'auto')).toEqual({ text, used: 'cp932 (detected)' });
    expect(decodeText(sjis, 'cp932').text).toBe(text);
  });

  it('decodes CP932-only characters such as circled digits and NEC specials', () => {
    const special = '①株式会社㈱';
    expect(decodeText(iconv.encode(special, 'cp932'), 'auto').text).toBe(special);
  });

  it('refuses CP932 bytes when UTF-8 is forced', () => {
    expect(() => decodeText(iconv.encode(text, 'cp932'), 'utf8')).toThrow(/not valid UTF-8/);
  });

  it('parses encoding names people use', () => {
    expect(parseEncoding('Shift_JIS')).toBe('cp932');
    expect(parseEncoding('sjis')).toBe('cp932');
    expect(parseEncoding('UTF-8')).toBe('utf8');
    expect(() => parseEncoding('latin1')).toThrow(/unknown encoding/);
  });
});
