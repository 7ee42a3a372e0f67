/**
 * exceljs's streaming workbook reader, fed the parts of the .xlsx zip from its central
 * directory instead of walking the zip front to back.
 *
 * Why: exceljs 4.4 walks the zip with unzipper's `Parse` stream, which emits 'end' as soon as
 * the whole file has been written into it, not once the last entry has been read. Entries still
 * buffered at that moment are dropped without an error. Measured on a workbook exceljs itself
 * wrote (its workbook part comes last): 16 of 200 analyze runs lost that part and failed with
 * "Cannot read properties of undefined (reading 'sheets')", 13 reads in 100 while the thread
 * pool was busy. Which part is lost depends on timing.
 *
 * Reading by the central directory also hands the parsers the parts in the order they need
 * (relationships, workbook, shared strings, styles, then the sheets), so no sheet is spooled to
 * a temporary file while it waits for the shared strings.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

/** The part parsers of exceljs's WorkbookReader (not in its type declarations). */
interface PartParsers {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<unknown>;
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The parts exceljs reads before any sheet, in the order it needs them. */
const LEADING_PARTS: { path: string; parse: keyof Omit<PartParsers, '_parseWorksheet'> }[] = [
  { path: 'xl/_rels/workbook.xml.rels', parse: '_parseRels' },
  { path: 'xl/workbook.xml', parse: '_parseWorkbook' },
  { path: 'xl/sharedStrings.xml', parse: '_parseSharedStrings' },
  { path: 'xl/styles.xml', parse: '_parseStyles' },
];

export type WorkbookReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;

export class WorkbookPartsReader extends ExcelJS.stream.xlsx.WorkbookReader {
  readonly #path: string;

  constructor(path: string, options: WorkbookReaderOptions) {
    super(path, options);
    this.#path = path;
  }

  override async *parse(): AsyncGenerator<unknown> {
    const parsers = this as unknown as PartParsers;
    const directory = await unzipper.Open.file(this.#path).catch((error: Error) => {
      throw new Error(
        `not an .xlsx file, or a damaged one: its zip directory cannot be read (${error.message})`,
      );
    });
    const byPath = new Map(directory.files.map((f) => [f.path, f]));
    for (const { path, parse } of LEADING_PARTS) {
      const part = byPath.get(path);
      if (!part) continue;
      const entry = part.stream();
      try {
        if (parse === '_parseSharedStrings') yield* parsers._parseSharedStrings(entry);
        else await parsers[parse](entry);
      } finally {
        entry.destroy();
      }
    }
    for (const part of directory.files) {
      const sheetNo = SHEET_PART.exec(part.path)?.[1];
      if (sheetNo === undefined) continue;
      const entry = part.stream();
      try {
        // The consumer reads the sheet's rows, or passes it over, before the next one opens.
        yield* parsers._parseWorksheet(entry, sheetNo);
      } finally {
        entry.destroy();
      }
    }
  }
}
