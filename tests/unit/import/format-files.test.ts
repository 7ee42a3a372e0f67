import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT } from '../../../graph-import/format/columns';
import {
  formatDescription,
  markdownColumns,
  templateCsv,
} from '../../../graph-import/format/describe';

// The shipped format description and templates are generated; they must not drift.
describe('format files', () => {
  it('data/format.json matches the column definitions (npm run format:files)', () => {
    expect(JSON.parse(readFileSync('data/format.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(formatDescription())),
    );
  });

  it('the empty templates carry every column', () => {
    for (const table of FORMAT) {
      expect(readFileSync(`data/templates/${table.name}.csv`, 'utf8')).toBe(templateCsv(table));
    }
  });
});

describe('README', () => {
  // Prettier pads table cells; compare the tables with padding removed.
  const unpadded = (md: string) => md.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
  it('documents every input column exactly as the format defines it', () => {
    const readme = unpadded(readFileSync('README.md', 'utf8'));
    for (const table of FORMAT) expect(readme).toContain(unpadded(markdownColumns(table)));
  });
});
