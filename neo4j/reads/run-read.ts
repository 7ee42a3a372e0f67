/**
 * Runs the named statements of cypher/read.cypher: the only way the API and the CLI read the
 * database. Names are fixed in code and values travel as parameters.
 *
 * Every read is an explicit read transaction with a server-side timeout, guarded by a
 * client-side deadline a little longer (a hung server never answers the timeout either).
 * Explicit, not managed, transactions: the driver retries managed ones for up to
 * `maxTransactionRetryTime` with one-second back-off, which turned "Neo4j is down" into a
 * 15–29 s wait; the browser retries instead, with its own back-off, and says so.
 */
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { statement } from '../cypher-files';
import { classifyDatabaseError, DatabaseUnavailableError } from './errors';
import { plainValues } from './values';

export type Row = Record<string, unknown>;

/** Server-side limit of one read; a national network (12,500 actors, 100,000 ties) takes ~2 s. */
export const READ_TIMEOUT_MS = 30_000;
/** How long a hung server gets beyond the transaction timeout before the client gives up. */
const CLIENT_GRACE_MS = 5_000;
/** A trivial query answers in milliseconds; longer means the server is hung or overloaded. */
export const PING_DEADLINE_MS = 1_000;

export interface ReadOptions {
  timeoutMs?: number;
  /** Client-side deadline; default: the timeout plus a grace period. */
  deadlineMs?: number;
  /** Records per Bolt PULL: large reads stream faster with fewer round trips. */
  fetchSize?: number;
  /** Stops the read (e.g. the HTTP client went away). */
  signal?: AbortSignal;
}

/** Rejects after `ms` (the database did not answer in time) or when `signal` aborts. */
function withDeadline<T>(work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DatabaseUnavailableError('timeout')), ms);
    const onAbort = () => reject(signal?.reason ?? new Error('aborted'));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * Streams the rows of one named read to `onRow` as they arrive. Rows are the records'
 * `toObject()`: the project's drivers return integers as numbers (see createDriver), so no
 * per-value conversion is needed on this hot path.
 */
export async function streamRead(
  driver: Driver,
  name: string,
  params: Row,
  onRow: (row: Row) => void,
  options: ReadOptions = {},
): Promise<void> {
  const cypher = statement('read', name);
  const timeout = options.timeoutMs ?? READ_TIMEOUT_MS;
  const session = driver.session({
    defaultAccessMode: 'READ',
    ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}),
  });
  const work = (async () => {
    const tx = await session.beginTransaction({ timeout });
    let failure: unknown;
    await new Promise<void>((resolve, reject) => {
      tx.run(cypher, params).subscribe({
        onNext: (record: Neo4jRecord) => {
          if (failure !== undefined) return;
          try {
            onRow(record.toObject());
          } catch (error) {
            failure = error;
          }
        },
        onCompleted: () => resolve(),
        onError: reject,
      });
    });
    if (failure !== undefined) throw failure;
    await tx.commit();
  })();
  try {
    await withDeadline(work, options.deadlineMs ?? timeout + CLIENT_GRACE_MS, options.signal);
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    // A hung server would keep close() waiting: let it finish in the background.
    void work.catch(() => undefined).finally(() => session.close().catch(() => undefined));
  }
}

/** All rows of one named read (small results: counts, summaries). */
export async function runRead(
  driver: Driver,
  name: string,
  params: Row = {},
  options: ReadOptions = {},
): Promise<Row[]> {
  const rows: Row[] = [];
  await streamRead(driver, name, params, (row) => rows.push(plainValues(row) as Row), options);
  return rows;
}

/**
 * Proves the database answers a query within `deadlineMs`: a stopped server fails at once
 * (connection refused), a hung one at the deadline instead of holding requests for minutes.
 */
export async function ping(driver: Driver, deadlineMs = PING_DEADLINE_MS): Promise<void> {
  await streamRead(driver, 'ping', {}, () => undefined, {
    timeoutMs: deadlineMs,
    deadlineMs,
  });
}

/**
 * Driver settings for a process that serves reads (the API): a dead server is noticed fast,
 * a slow national read is not cut short (reads have their own timeout, READ_TIMEOUT_MS).
 */
export const READ_DRIVER_SETTINGS = {
  // TCP connect and Bolt handshake: instant on this machine, a few round trips to a remote one.
  connectionTimeout: 5_000,
  // A request waiting for a free pooled connection (all 20 busy) gives up after this.
  connectionAcquisitionTimeout: 10_000,
  // Pooled connections idle this long are checked (RESET) before reuse, so a restarted or
  // dropped server is noticed before a request is sent down a dead socket.
  connectionLivenessCheckTimeout: 30_000,
  // Recycle connections a firewall or load balancer may have silently dropped.
  maxConnectionLifetime: 15 * 60_000,
} as const;
