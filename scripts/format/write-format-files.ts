/** Writes data/format.json and the empty templates from graph-import/format/columns.ts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { FORMAT } from '../../graph-import/format/columns';
import { formatDescription, templateCsv } from '../../graph-import/format/describe';

mkdirSync('data/templates', { recursive: true });
writeFileSync('data/format.json', `${JSON.stringify(formatDescription(), null, 2)}\n`);
for (const table of FORMAT) writeFileSync(`data/templates/${table.name}.csv`, templateCsv(table));
process.stdout.write('wrote data/format.json and data/templates/*.csv\n');
