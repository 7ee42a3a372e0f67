import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../graph-import/import-dataset';
import { corpusCases } from '../../fixtures/import/corpus-cases';

describe('importer corpus: reports of a dry run', () => {
  for (const { name, folder, expected } of corpusCases()) {
    it(`${name}: ${expected.about}`, async () => {
      if (expected.error !== undefined) {
        await expect(importDataset(folder, { dryRun: true })).rejects.toThrow(expected.error);
        return;
      }
      const report = await importDataset(folder, { dryRun: true });
      expect(
        report.rejected.map(({ file, sheet, line, column, reason }) => ({
          file,
          sheet,
          line,
          column,
          reason,
        })),
      ).toEqual(expected.rejected);
      expect(report.rowsRead).toEqual(expected.rowsRead);
      expect(report.valid).toEqual(expected.valid);
      for (const note of expected.notes ?? []) expect(report.notes).toContain(note);
      // Nothing is dropped silently.
      const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
      expect(sum(report.valid) + report.rejected.length).toBe(sum(report.rowsRead));
    });
  }
});
