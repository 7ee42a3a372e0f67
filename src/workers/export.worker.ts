/**
 * Web Worker entry of the file exports: one request (network, result, provenance, format),
 * one answer with the files (their bytes transferred, not copied) or the error.
 */
import { writeFiles } from './export-files';
import type { ExportResponse, WorkerRequest } from './export-protocol';

interface WorkerScope {
  postMessage(message: ExportResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  writeFiles(event.data).then(
    (files) =>
      scope.postMessage(
        { files },
        files.map((f) => f.data.buffer as ArrayBuffer),
      ),
    (error: Error) => scope.postMessage({ error: error.message }),
  );
});
