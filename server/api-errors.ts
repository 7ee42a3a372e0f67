/**
 * Errors as the API answers them: a fixed, short JSON body and nothing internal (no Bolt
 * address, driver message or stack). The full error goes to the server's log.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { classifyDatabaseError, DatabaseUnavailableError } from '../neo4j/named-reads';

/** Seconds a client should wait before retrying a 503 (the explorer backs off on its own). */
const RETRY_AFTER_S = 2;

export type Log = (line: string) => void;

/** Body of every 503: `status` keeps the shape /api/health always had. */
export function unavailableBody(error: DatabaseUnavailableError) {
  return {
    status: 'unavailable',
    error: 'database_unavailable',
    reason: error.reason,
    message: error.message,
  };
}

export function sendUnavailable(reply: FastifyReply, error: DatabaseUnavailableError) {
  return reply.code(503).header('retry-after', String(RETRY_AFTER_S)).send(unavailableBody(error));
}

/** What the log gets: the error and its cause, which is where the driver's message is. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    parts.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(' ← caused by ');
}

export function registerErrorHandler(app: FastifyInstance, log: Log): void {
  app.setErrorHandler((raw, request, reply) => {
    const error = classifyDatabaseError(raw);
    log(`${request.method} ${request.url.slice(0, 200)}: ${describeError(error)}`);
    if (error instanceof DatabaseUnavailableError) return sendUnavailable(reply, error);
    const status = (raw as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply
        .code(status)
        .send({ error: 'bad_request', message: 'The request is malformed.' });
    }
    return reply.code(500).send({ error: 'internal', message: 'Internal error.' });
  });
}

const MAX_NAME = 40;

/**
 * Parses a query string with a zod schema; on failure answers 400 with which parameter is
 * wrong (names cut short: they are the client's text) and returns undefined.
 */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: unknown,
  reply: FastifyReply,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.slice(0, 3).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const names = issue.keys.map((k) => JSON.stringify(k.slice(0, MAX_NAME))).join(', ');
      return `unknown parameter ${names}`;
    }
    const name = String(issue.path[0] ?? '').slice(0, MAX_NAME);
    const allowed =
      'values' in issue ? ` must be one of ${issue.values.join(', ')}` : ' is invalid';
    return `parameter "${name}"${allowed}`;
  });
  void reply.code(400).send({ error: 'bad_request', message: messages.join('; ') });
  return undefined;
}
