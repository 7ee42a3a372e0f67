/** One HTTP request to the API, timed as a browser would see it, and its body kept. */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RequestTiming {
  status: number;
  /** ms from sending the request to the first byte of the body. */
  firstByteMs: number;
  /** ms to the last byte. */
  totalMs: number;
  /** Bytes on the wire (the body as sent, compressed or not). */
  wireBytes: number;
  encoding: string;
  /** The body after decompression. */
  text: string;
}

export function timeRequest(
  port: number,
  path: string,
  acceptEncoding: string,
): Promise<RequestTiming> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: { host: `127.0.0.1:${port}`, 'accept-encoding': acceptEncoding },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let firstByteMs = 0;
        res.on('data', (chunk: Buffer) => {
          if (!chunks.length) firstByteMs = performance.now() - started;
          chunks.push(chunk);
        });
        res.on('end', () => {
          const totalMs = performance.now() - started;
          const body = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          const plain =
            encoding === 'br'
              ? brotliDecompressSync(body)
              : encoding === 'gzip'
                ? gunzipSync(body)
                : body;
          resolve({
            status: res.statusCode ?? 0,
            firstByteMs,
            totalMs,
            wireBytes: body.length,
            encoding,
            text: plain.toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
