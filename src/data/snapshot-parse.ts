/**
 * Reading snapshot files safely: the size is bounded before anything is read, then the JSON
 * is validated (src/model/snapshot.ts). No DOM and no explorer state: this runs in the
 * decoding worker (decode.worker.ts) as well as in tests.
 */
import { MAX_SNAPSHOT_BYTES, validateSnapshot, type Snapshot } from '../model/snapshot';
import { SourceError } from './source';

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

function tooLarge(bytes: number): SourceError {
  return new SourceError(
    `the file is ${megabytes(bytes)}; a snapshot can be at most ${megabytes(MAX_SNAPSHOT_BYTES)}`,
  );
}

/** Parses and validates a snapshot (or plain graphology JSON); the message says what is wrong. */
export function parseSnapshot(text: string): Snapshot {
  // Characters, not bytes, but the bound only has to stop absurd inputs early.
  if (text.length > MAX_SNAPSHOT_BYTES) throw tooLarge(text.length);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`not JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  try {
    return validateSnapshot(value);
  } catch (error) {
    throw new SourceError((error as Error).message);
  }
}

/** Refuses an oversized file before reading it, then parses it. */
export async function parseSnapshotFile(file: Blob): Promise<Snapshot> {
  if (file.size > MAX_SNAPSHOT_BYTES) throw tooLarge(file.size);
  return parseSnapshot(await file.text());
}

/** Fetches a snapshot by URL, refusing an oversized body without holding it whole. */
export async function fetchSnapshotText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new SourceError(`${url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_SNAPSHOT_BYTES) throw tooLarge(declared);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SNAPSHOT_BYTES) {
      await reader.cancel();
      throw tooLarge(size);
    }
    parts.push(value);
  }
  return new TextDecoder().decode(await new Blob(parts as BlobPart[]).arrayBuffer());
}
