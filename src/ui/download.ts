/** The type of the CSV files the explorer saves (UTF-8). */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** Saves bytes or text as a file through the browser's download. */
export function download(name: string, type: string, data: Uint8Array | string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
