/**
 * The database's last import run (id, source, dates), from `/api/summary`: an export from the
 * live database records which load of the data it was made from.
 */
import type { ImportRunInfo } from '../export/provenance';

export async function fetchLastImport(): Promise<ImportRunInfo | null> {
  const response = await fetch(new URL('api/summary', document.baseURI).href);
  if (!response.ok) throw new Error(`api/summary answered ${response.status}`);
  const body = (await response.json()) as { lastImport?: ImportRunInfo | null };
  return body.lastImport ?? null;
}
