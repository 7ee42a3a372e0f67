/**
 * The page side of the export worker: a fresh worker per export (exports are rare and the
 * worker holds the whole document while writing), terminated when the export is done or
 * cancelled. Where there are no workers (unit tests) the files are written in-process.
 */
import type { ExportFile, ExportResponse, WorkerRequest } from './export-protocol';

export function writeFilesOffThread(
  request: WorkerRequest,
  signal?: AbortSignal,
): Promise<ExportFile[]> {
  if (typeof Worker === 'undefined')
    return import('./export-files').then((m) => m.writeFiles(request));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(new DOMException('export cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      done();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.files);
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'the export worker failed'));
    };
    worker.postMessage(request);
  });
}
