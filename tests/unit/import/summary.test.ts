import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../graph-import/import-dataset';
import { exitCodeOf, formatSummary } from '../../../graph-import/summary';

describe('the printed summary', () => {
  it('shows how each file was read and every rejected row, not only the --report file', async () => {
    const report = await importDataset('tests/fixtures/import/corpus/utf8-bad-byte', {
      dryRun: true,
    });
    const text = formatSummary(report);
    expect(text).toContain(
      'Notes:\n  actors.csv: read as UTF-8 because 96.6% of its non-ASCII sequences are valid UTF-8 (1 is not); 1 undecodable byte sequence(s): the rows holding them are rejected',
    );
    expect(text).toContain(
      'Rejected rows:\n  actors.csv:3  name: bytes that do not decode as UTF-8, shown as �: "株式会社���スト"',
    );
    expect(exitCodeOf(report)).toBe(1);
  });
});
