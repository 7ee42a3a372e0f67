/**
 * What went wrong with a read, in words a user may see. The driver's own messages name the
 * Bolt address and internals; they go to the server log only (see `cause`).
 */

export type UnavailableReason = 'unreachable' | 'timeout' | 'busy' | 'auth';

const MESSAGES: Record<UnavailableReason, string> = {
  unreachable: 'The database is not answering.',
  timeout: 'The database took too long to answer.',
  busy: 'The database is busy; try again shortly.',
  auth: 'The server cannot sign in to the database.',
};

/** The database cannot answer now; retrying later may succeed (HTTP 503). */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[reason], options);
    this.name = 'DatabaseUnavailableError';
  }
}

const CONNECTION_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Maps a driver error to a DatabaseUnavailableError when it means "the database cannot answer
 * now" (down, unreachable, timed out, overloaded, or refusing our credentials); other errors
 * (a bad statement, a bug) are returned unchanged.
 */
export function classifyDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = error instanceof Error ? error.message : '';
  let reason: UnavailableReason | undefined;
  if (CONNECTION_CODES.has(code) || /connection acquisition timed out/i.test(message)) {
    reason = /timed out/i.test(message) ? 'timeout' : 'unreachable';
  } else if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    reason = 'timeout';
  } else if (code.startsWith('Neo.ClientError.Security.')) {
    reason = 'auth';
  } else if (code.startsWith('Neo.TransientError.')) {
    reason = 'busy';
  }
  return reason ? new DatabaseUnavailableError(reason, { cause: error }) : error;
}
