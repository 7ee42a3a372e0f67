/** Response compression negotiated by Accept-Encoding: brotli, else gzip, else none. */
import {
  constants,
  createBrotliCompress,
  createGzip,
  type BrotliCompress,
  type Gzip,
} from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The client's preference by q-value (RFC 9110 §12.5.3); at equal q, brotli (smaller) wins.
 * `*` counts for the codings it does not name; q=0 refuses a coding.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding {
  const text = (Array.isArray(header) ? header.join(',') : (header ?? '')).slice(0, 1000);
  const q = new Map<string, number>();
  for (const item of text.split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  const weight = (name: string) => q.get(name) ?? star ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}

/**
 * Levels chosen for streaming a national network (~6 MB of frames) on one busy core: brotli 5
 * and gzip 6 compress it to ~1 MB in well under a second (see `npm run bench -- --api`);
 * brotli's best levels take several seconds for a few percent.
 */
export function compressor(encoding: Exclude<Encoding, 'identity'>): BrotliCompress | Gzip {
  return encoding === 'br'
    ? createBrotliCompress({
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : createGzip({ level: 6 });
}
