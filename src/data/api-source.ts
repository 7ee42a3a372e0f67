import type { View } from '../model/domain';
import { decodeOffMainThread } from './decode-client';
import { retryingSource } from './retrying-source';
import type { NetworkSource } from './source';

/**
 * Relative to the page, so the explorer may be served under any path (base './'), and made
 * absolute because the decoding worker resolves URLs against its own script.
 */
const apiUrl = (path: string) => new URL(path, document.baseURI).href;

/**
 * The live source: `/api/graph` in the compact format, fetched and decoded in the decoding
 * worker, retried with back-off while the database (or the server) does not answer.
 */
export function apiSource(): NetworkSource {
  return retryingSource({
    kind: 'api',
    name: 'Neo4j',
    load: (view: View, signal?: AbortSignal) =>
      decodeOffMainThread({ kind: 'network', url: apiUrl(`api/graph?view=${view}`) }, signal),
  });
}

/**
 * True when the explorer's API answers: with its database (200) or without (503 with the
 * API's own JSON; the source then waits for the database and says so). False for static
 * hosting (which serves public/api/health), file:// or no server at all.
 */
export async function apiAvailable(timeoutMs = 5000): Promise<boolean> {
  if (typeof location !== 'undefined' && location.protocol === 'file:') return false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch('api/health', { signal: controller.signal });
    if (!response.ok && response.status !== 503) return false;
    // Static hosting answers with public/api/health ({"status":"static"}), so the probe never
    // shows up as a failed request in the console of a presenter with no server.
    const body = (await response.json()) as { status?: unknown };
    return response.ok ? body.status === 'ok' : body.status === 'unavailable';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
