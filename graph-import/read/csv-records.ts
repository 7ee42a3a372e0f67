/**
 * CSV records from physical lines, one line at a time, with recovery from bad quotes.
 *
 * Why not csv-parse: one malformed quote makes it stop (or, with skip_records_with_error, drop
 * every line an unclosed quote swallowed up to the end of the file), and it reports the line
 * where it gave up, not the one where the quote opened. Here a record that cannot be read as
 * RFC 4180 is retried as its first line alone; if that is unambiguous it is kept, otherwise the
 * row is reported at the line where the quote opens and reading goes on at the next line.
 *
 * Rules (RFC 4180, relaxed where the intent is clear):
 * - a cell that starts with `"` is quoted: `""` inside it is one quote, and it may span lines
 *   (line ends inside become "\n");
 * - a quote anywhere else in a cell is text (`株式会社"ABC"` is read as written);
 * - a record that fails (a closing quote followed by text, a quote never closed, or a record
 *   spanning lines whose cell count differs from the header's) is re-read as its first line
 *   alone, where a quoted cell ends at a quote followed by a comma or the line end and any
 *   other quote is text; exactly one reading with the header's cell count is kept (recovered),
 *   none or several reject the row.
 */

export type CsvEvent =
  | { kind: 'record'; line: number; cells: string[]; recovered: boolean }
  | { kind: 'broken'; line: number; cellIndex: number; reason: string };

/** A quoted cell may span at most this many lines / characters before it counts as unclosed. */
export const MAX_RECORD_LINES = 1000;
export const MAX_RECORD_CHARS = 1_000_000;

interface RecordState {
  line: number;
  cells: string[];
  cell: string;
  inQuotes: boolean;
  quoteLine: number;
  quoteCell: number;
  lines: number;
  chars: number;
}

type LineOutcome = 'complete' | 'open' | { error: string };

const fresh = (line: number): RecordState => ({
  line,
  cells: [],
  cell: '',
  inQuotes: false,
  quoteLine: line,
  quoteCell: 0,
  lines: 0,
  chars: 0,
});

/** Feeds one physical line to the strict reader. */
function feedLine(state: RecordState, text: string, line: number): LineOutcome {
  state.lines++;
  state.chars += text.length;
  let i = 0;
  for (;;) {
    if (state.inQuotes) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        state.cell += `${text.slice(i)}\n`;
        return 'open';
      }
      state.cell += text.slice(i, q);
      const next = text[q + 1];
      if (next === '"') {
        state.cell += '"';
        i = q + 2;
        continue;
      }
      state.inQuotes = false;
      state.cells.push(state.cell);
      state.cell = '';
      if (next === undefined) return 'complete';
      if (next !== ',') {
        return {
          error: `has no proper closing quote (the next quote, at line ${line}, is followed by ${JSON.stringify(next)}, not by a comma or the line end)`,
        };
      }
      i = q + 2;
      continue;
    }
    if (text[i] === '"') {
      state.inQuotes = true;
      state.quoteLine = line;
      state.quoteCell = state.cells.length;
      i++;
      continue;
    }
    const comma = text.indexOf(',', i);
    if (comma < 0) {
      state.cells.push(text.slice(i));
      return 'complete';
    }
    state.cells.push(text.slice(i, comma));
    i = comma + 1;
  }
}

interface CellReading {
  value: string;
  /** Where the next cell starts, or -1 after the last cell. */
  next: number;
}

const CLOSE = /^[ \t]*(,|$)/;

/** The ways one cell starting at `p` can be read in lenient mode. */
function cellReadings(text: string, p: number): CellReading[] {
  if (text[p] !== '"') {
    const comma = text.indexOf(',', p);
    return [
      { value: text.slice(p, comma < 0 ? undefined : comma), next: comma < 0 ? -1 : comma + 1 },
    ];
  }
  const out: CellReading[] = [];
  for (let q = text.indexOf('"', p + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    const close = CLOSE.exec(text.slice(q + 1));
    if (!close) continue;
    const comma = close[1] === ',' ? q + close[0].length : -1;
    out.push({ value: text.slice(p + 1, q).replace(/""/g, '"'), next: comma < 0 ? -1 : comma + 1 });
  }
  return out;
}

/** The single reading of `text` as exactly `count` cells, or why there is none. */
export function lenientReading(text: string, count: number): string[] | 'none' | 'several' {
  const memo = new Map<number, number>();
  // ways(p, k): readings of text[p..] as exactly k cells, capped at 2 (we only need "one").
  const ways = (p: number, k: number): number => {
    if (p < 0) return k === 0 ? 1 : 0;
    if (k === 0) return 0;
    const key = p * (count + 1) + k;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const r of cellReadings(text, p)) {
      total = Math.min(2, total + ways(r.next, k - 1));
      if (total === 2) break;
    }
    memo.set(key, total);
    return total;
  };
  const total = ways(0, count);
  if (total !== 1) return total === 0 ? 'none' : 'several';
  const cells: string[] = [];
  let p = 0;
  for (let k = count; k > 0; k--) {
    const r = cellReadings(text, p).find((c) => ways(c.next, k - 1) === 1)!;
    cells.push(r.value);
    p = r.next;
  }
  return cells;
}

/**
 * Push physical lines (without their line ends) in order; get records back. The first record
 * is the header: its cell count is what later records are checked against when recovering.
 */
export class CsvRecordReader {
  private expected: number | undefined;
  /** Lines of the record being read (a failed record is replayed from its second line). */
  private queue: { text: string; line: number }[] = [];
  private fed = 0;
  private state: RecordState | null = null;

  push(text: string, line: number): CsvEvent[] {
    this.queue.push({ text, line });
    const events: CsvEvent[] = [];
    this.drain(events, false);
    return events;
  }

  end(): CsvEvent[] {
    const events: CsvEvent[] = [];
    this.drain(events, true);
    return events;
  }

  private drain(events: CsvEvent[], atEnd: boolean): void {
    for (;;) {
      while (this.fed < this.queue.length) {
        const { text, line } = this.queue[this.fed]!;
        if (!this.state) {
          if (text === '') {
            this.queue.shift();
            continue;
          }
          this.state = fresh(line);
        }
        const state = this.state;
        const outcome = feedLine(state, text, line);
        this.fed++;
        if (outcome === 'open') {
          if (state.lines >= MAX_RECORD_LINES || state.chars >= MAX_RECORD_CHARS) {
            this.fail(events, `is still open after ${state.lines} lines`);
          }
          continue;
        }
        if (outcome === 'complete') {
          const cells = state.cells;
          if (this.expected === undefined || state.lines === 1 || cells.length === this.expected) {
            this.expected ??= cells.length;
            events.push({ kind: 'record', line: state.line, cells, recovered: false });
            this.queue.splice(0, this.fed);
            this.fed = 0;
            this.state = null;
          } else {
            this.fail(
              events,
              `closes at line ${line}, but the row would then span lines ${state.line}–${line} with ${cells.length} cells where the header has ${this.expected}`,
            );
          }
          continue;
        }
        this.fail(events, outcome.error);
      }
      if (!atEnd || !this.state) return;
      this.fail(events, 'is never closed before the end of the file');
    }
  }

  /** The record at the head of the queue failed: re-read its first line alone, then go on. */
  private fail(events: CsvEvent[], why: string): void {
    const state = this.state!;
    const first = this.queue[0]!;
    const reading =
      this.expected === undefined ? 'none' : lenientReading(first.text, this.expected);
    if (typeof reading !== 'string') {
      events.push({ kind: 'record', line: first.line, cells: reading, recovered: true });
    } else {
      const rowStart =
        state.quoteLine === first.line ? '' : ` (in the row starting at line ${first.line})`;
      const alone =
        reading === 'several'
          ? `; line ${first.line} alone splits into ${this.expected} cells in more than one way`
          : '';
      events.push({
        kind: 'broken',
        line: state.quoteLine,
        cellIndex: state.quoteCell,
        reason: `unbalanced quote: the quoted cell opened at line ${state.quoteLine}${rowStart} ${why}${alone}; the row is skipped and reading goes on at line ${first.line + 1}`,
      });
    }
    this.queue.shift();
    this.fed = 0;
    this.state = null;
  }
}
