import type { View } from '../model/domain';
import type { SerializedNetwork } from '../model/graph-format';
import { SourceError, type NetworkSource } from './source';

/** Relative URLs: the explorer may be served under any path (base './'). */
async function getJson<T>(url: string, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new SourceError(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}

export function apiSource(): NetworkSource {
  return {
    kind: 'api',
    name: 'Neo4j',
    load: (view: View) => getJson<SerializedNetwork>(`api/graph?view=${view}`, 120_000),
  };
}

/** True when an API with a connected database answers; false for static hosting or file://. */
export async function apiAvailable(timeoutMs = 5000): Promise<boolean> {
  if (typeof location !== 'undefined' && location.protocol === 'file:') return false;
  try {
    const health = await getJson<{ status?: string }>('api/health', timeoutMs);
    return health.status === 'ok';
  } catch {
    return false;
  }
}
