/** One HTTP request to the API, timed as a browser would see it, and its body kept. */
import { request } from 'node:http';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface RequestTiming {
  status: number;
  /** ms from sending the request to the first byte of the body. */
  firstByteMs: number;
  /** ms to the first actor data (compact: the first `actors` frame; JSON: the first byte). */
  firstDataMs: number;
  /** ms to the last byte. */
  totalMs: number;
  /** Bytes on the wire (the body as sent, compressed or not). */
  wireBytes: number;
  encoding: string;
  /** The body after decompression. */
  text: string;
}

const ACTORS_FRAME = '{"t":"actors"';

export function timeRequest(
  port: number,
  path: string,
  acceptEncoding: string,
): Promise<RequestTiming> {
  const started = performance.now();
  const since = () => performance.now() - started;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: { host: `127.0.0.1:${port}`, 'accept-encoding': acceptEncoding },
      },
      (res) => {
        let firstByteMs = 0;
        let firstDataMs = 0;
        let wireBytes = 0;
        res.on('data', (chunk: Buffer) => {
          if (!wireBytes) firstByteMs = since();
          wireBytes += chunk.length;
        });
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        // Decompressed as it arrives, to see when the actors begin.
        const plain: Readable =
          encoding === 'br'
            ? res.pipe(createBrotliDecompress())
            : encoding === 'gzip'
              ? res.pipe(createGunzip())
              : res;
        const compact = String(res.headers['content-type']).includes('ndjson');
        const parts: string[] = [];
        let tail = ''; // the marker may straddle two chunks
        plain.setEncoding('utf8');
        plain.on('data', (text: string) => {
          if (!firstDataMs && (!compact || (tail + text).includes(ACTORS_FRAME))) {
            firstDataMs = since();
          }
          tail = text.slice(-ACTORS_FRAME.length);
          parts.push(text);
        });
        plain.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            firstByteMs,
            firstDataMs,
            totalMs: since(),
            wireBytes,
            encoding,
            text: parts.join(''),
          }),
        );
        plain.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
