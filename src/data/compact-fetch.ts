/**
 * Fetches `/api/graph` in the compact format and decodes it as it arrives. Runs in the
 * decoding worker (decode.worker.ts), so neither the bytes nor the parsing touch the page's
 * main thread; the page receives the finished SerializedNetwork.
 */
import {
  CompactStreamError,
  decodeCompactText,
  type DecodeProgress,
} from '../model/compact-decode';
import { COMPACT_MEDIA_TYPE } from '../model/compact-format';
import type { SerializedNetwork } from '../model/graph-format';
import { SourceError } from './source';

/** A refused or failed API response as a SourceError saying whether to retry. */
export async function responseError(response: Response): Promise<SourceError> {
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') message = body.message.slice(0, 300);
  } catch {
    // Not our JSON (a proxy's page, say): the status says enough.
  }
  if (response.status === 503) return new SourceError(message, 'database');
  if (response.status === 502 || response.status === 504) return new SourceError(message, 'server');
  return new SourceError(message);
}

async function* textChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}

const isAbort = (error: unknown) => (error as { name?: string })?.name === 'AbortError';

export async function fetchCompactNetwork(
  url: string,
  signal?: AbortSignal,
  onProgress?: (progress: DecodeProgress) => void,
): Promise<SerializedNetwork> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: COMPACT_MEDIA_TYPE } });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new SourceError('The server is not answering.', 'server');
  }
  if (!response.ok) throw await responseError(response);
  if (!response.body) throw new SourceError('The server sent no network.');
  try {
    return await decodeCompactText(textChunks(response.body), onProgress);
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof CompactStreamError) {
      throw new SourceError(
        error.message,
        error.frame.reason === 'unavailable' ? 'database' : undefined,
      );
    }
    // The connection broke mid-stream (TypeError from the reader): the server went away.
    if (error instanceof TypeError) throw new SourceError('The server is not answering.', 'server');
    throw new SourceError((error as Error).message);
  }
}
