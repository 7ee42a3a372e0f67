/**
 * Text encodings of CSV files. Japanese Excel writes "CSV" as CP932 (a superset of
 * Shift_JIS) and "CSV UTF-8" with a BOM; hand-edited files are usually UTF-8 without one.
 * The encoding is decided per file on evidence (see `decideEncoding`), and every decoder here
 * replaces undecodable bytes with U+FFFD so the rows holding them can be reported by line.
 */
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';

export const ENCODINGS = ['auto', 'utf8', 'cp932'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export type TextEncoding = Exclude<Encoding, 'auto'>;

export const REPLACEMENT = '\uFFFD';

/** Accepts the spellings people use for Japanese Excel's encoding. */
export function parseEncoding(value: string): Encoding {
  const v = value.toLowerCase().replace(/[-_]/g, '');
  if (v === 'auto') return 'auto';
  if (v === 'utf8') return 'utf8';
  if (['cp932', 'shiftjis', 'sjis', 'windows31j', 'ms932'].includes(v)) return 'cp932';
  throw new Error(`unknown encoding "${value}" (use auto, utf8 or cp932/shift_jis)`);
}

/** An incremental decoder: `write` takes the next bytes, `end` flushes a cut-off sequence. */
export interface TextDecoderLike {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** UTF-8 (a leading BOM is dropped) or CP932; undecodable bytes become U+FFFD. */
export function createDecoder(encoding: TextEncoding): TextDecoderLike {
  if (encoding === 'cp932') {
    const decoder = iconv.getDecoder('cp932');
    return { write: (bytes) => decoder.write(Buffer.from(bytes)), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** What the bytes of a file say about its encoding. */
export interface EncodingEvidence {
  bom: 'utf8' | 'utf16le' | 'utf16be' | null;
  /** Characters above ASCII that decode cleanly, and undecodable sequences, per encoding. */
  utf8: { nonAscii: number; invalid: number };
  cp932: { nonAscii: number; invalid: number };
  /** The first line decoded each way, for the header check. */
  firstLine: Record<TextEncoding, string>;
}

function bomOf(head: Uint8Array): EncodingEvidence['bom'] {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  return null;
}

/**
 * Counts clean non-ASCII characters and undecodable sequences in decoded text, chunk by chunk.
 * A run of replacement characters is one sequence: a decoder gives one per byte of a cut
 * character, and one bad character should weigh like one good one.
 */
function tallier(into: { nonAscii: number; invalid: number }) {
  let inRun = false;
  return (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const bad = c === 0xfffd;
      if (bad && !inRun) into.invalid++;
      inRun = bad;
      // A surrogate pair is one character: count its high half only.
      if (c >= 0x80 && !bad && (c < 0xdc00 || c > 0xdfff)) into.nonAscii++;
    }
  };
}

const FIRST_LINE_LIMIT = 64 * 1024;

/** Reads the whole file once, decoding it both ways, and counts what each way makes of it. */
export async function scanEncoding(path: string): Promise<EncodingEvidence> {
  const evidence: EncodingEvidence = {
    bom: null,
    utf8: { nonAscii: 0, invalid: 0 },
    cp932: { nonAscii: 0, invalid: 0 },
    firstLine: { utf8: '', cp932: '' },
  };
  const decoders = { utf8: createDecoder('utf8'), cp932: createDecoder('cp932') };
  const lineDone = { utf8: false, cp932: false };
  const tally = { utf8: tallier(evidence.utf8), cp932: tallier(evidence.cp932) };
  let first = true;
  const feed = (encoding: TextEncoding, text: string) => {
    tally[encoding](text);
    if (lineDone[encoding]) return;
    const end = text.search(/[\r\n]/);
    evidence.firstLine[encoding] += end < 0 ? text : text.slice(0, end);
    if (end >= 0 || evidence.firstLine[encoding].length > FIRST_LINE_LIMIT)
      lineDone[encoding] = true;
  };
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    if (first) {
      evidence.bom = bomOf(bytes);
      first = false;
    }
    feed('utf8', decoders.utf8.write(bytes));
    feed('cp932', decoders.cp932.write(bytes));
  }
  feed('utf8', decoders.utf8.end());
  feed('cp932', decoders.cp932.end());
  return evidence;
}

export interface EncodingDecision {
  encoding: TextEncoding;
  /** Why, in words, for the report's notes. */
  because: string;
  /** Undecodable sequences in the chosen encoding: the rows holding them are rejected. */
  invalid: number;
}

const LABEL: Record<TextEncoding, string> = { utf8: 'UTF-8', cp932: 'CP932 (Shift_JIS)' };

/**
 * Picks the encoding of one file. In order: a UTF-8 BOM; bytes that are all valid UTF-8; a file
 * whose non-ASCII characters are mostly (≥ half) valid UTF-8 sequences is UTF-8 with a few bad
 * bytes (the demo's actors saved as CP932 and read as UTF-8 keep 16% valid, its projects 6%; a
 * UTF-8 file with a few bad bytes keeps nearly all); otherwise whichever encoding leaves fewer undecodable sequences. Last, a header that
 * names known columns only in the other encoding overrides the byte count. UTF-16 is refused.
 */
export function decideEncoding(
  evidence: EncodingEvidence,
  forced: Encoding,
  knownColumns: ReadonlySet<string>,
  normalise: (cell: string) => string,
): EncodingDecision {
  if (evidence.bom === 'utf16le' || evidence.bom === 'utf16be') {
    throw new Error(
      'file is UTF-16 (Excel\'s "Unicode text"), which is not supported: save it as "CSV UTF-8" or "CSV"',
    );
  }
  const decision = (encoding: TextEncoding, because: string): EncodingDecision => ({
    encoding,
    because,
    invalid: evidence[encoding].invalid,
  });
  if (forced !== 'auto') return decision(forced, `--encoding ${forced}`);
  if (evidence.bom === 'utf8') return decision('utf8', 'it starts with a UTF-8 BOM');
  const { utf8, cp932 } = evidence;
  if (utf8.invalid === 0) return decision('utf8', 'every byte sequence is valid UTF-8');
  const share = utf8.nonAscii / (utf8.nonAscii + utf8.invalid);
  const percent = `${(share * 100).toFixed(1)}%`;
  let byBytes: EncodingDecision;
  if (share >= 0.5 || utf8.invalid < cp932.invalid) {
    byBytes = decision(
      'utf8',
      `${percent} of its non-ASCII sequences are valid UTF-8 (${utf8.invalid} ${utf8.invalid === 1 ? 'is' : 'are'} not)`,
    );
  } else {
    byBytes = decision(
      'cp932',
      `only ${percent} of its non-ASCII sequences are valid UTF-8` +
        (cp932.invalid ? ` and CP932 leaves fewer undecodable (${cp932.invalid})` : ''),
    );
  }
  const known = (encoding: TextEncoding) =>
    evidence.firstLine[encoding].split(',').filter((cell) => knownColumns.has(normalise(cell)))
      .length;
  const other: TextEncoding = byBytes.encoding === 'utf8' ? 'cp932' : 'utf8';
  if (known(byBytes.encoding) === 0 && known(other) > 0) {
    return decision(
      other,
      `its header names known columns only when read as ${LABEL[other]} (the bytes alone pointed to ${LABEL[byBytes.encoding]})`,
    );
  }
  return byBytes;
}

export function encodingLabel(encoding: TextEncoding): string {
  return LABEL[encoding];
}
