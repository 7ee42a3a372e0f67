/**
 * The named reads of cypher/read.cypher, in one place for the API (server/) and the command
 * line (cli/): each runs in a read transaction with a timeout, and a database that cannot
 * answer is reported as a DatabaseUnavailableError without the driver's internals.
 */
export { classifyDatabaseError, DatabaseUnavailableError } from './reads/errors';
export type { UnavailableReason } from './reads/errors';
export {
  ping,
  PING_DEADLINE_MS,
  READ_DRIVER_SETTINGS,
  READ_TIMEOUT_MS,
  runRead,
  streamRead,
  type ReadOptions,
  type Row,
} from './reads/run-read';
export {
  fetchNetwork,
  NETWORK_FETCH_SIZE,
  networkParams,
  streamNetworkRows,
  type NetworkRowSink,
} from './reads/network';
export { fetchSummary, type Summary } from './reads/summary';
