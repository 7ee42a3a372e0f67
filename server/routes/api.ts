/**
 * The read-only API: `/api/health`, `/api/summary`, `/api/graph`. Parameters are checked with
 * zod (unknown ones refused), the database is pinged before a read so that a stopped or hung
 * Neo4j answers 503 within a second, and every read has a timeout (neo4j/named-reads.ts).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { fetchNetwork, fetchSummary, ping } from '../../neo4j/named-reads';
import { VIEWS } from '../../src/model/domain';
import { parseQuery, type Log } from '../api-errors';
import { compressor, negotiateEncoding } from '../compression';
import { sendCompactNetwork } from './graph-stream';

export const GRAPH_FORMATS = ['compact', 'graphology'] as const;

const noParams = z.strictObject({});
const graphQuery = z.strictObject({
  view: z.enum(VIEWS).default('all'),
  format: z.enum(GRAPH_FORMATS).default('compact'),
});

/** Aborts when the client disconnects, so an abandoned request stops its reads. */
function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('client closed the connection'));
  });
  return controller.signal;
}

/** Large JSON (graphology export, ~28 MB at national scale) compressed as negotiated. */
function sendJson(request: FastifyRequest, reply: FastifyReply, value: unknown) {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  const text = JSON.stringify(value);
  reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('vary', 'Accept-Encoding');
  if (encoding === 'identity') return reply.send(text);
  reply.header('content-encoding', encoding);
  return reply.send(Readable.from([text]).pipe(compressor(encoding)));
}

export function registerApiRoutes(app: FastifyInstance, driver: Driver, log: Log): void {
  app.get('/api/health', async (request, reply) => {
    if (!parseQuery(noParams, request.query, reply)) return reply;
    await ping(driver);
    const info = await driver.getServerInfo();
    return {
      status: 'ok',
      neo4j: {
        connected: true,
        agent: info.agent ?? null,
        protocolVersion: info.protocolVersion ?? null,
      },
    };
  });

  app.get('/api/summary', async (request, reply) => {
    if (!parseQuery(noParams, request.query, reply)) return reply;
    await ping(driver);
    return fetchSummary(driver, { signal: clientGone(reply) });
  });

  app.get('/api/graph', async (request, reply) => {
    const query = parseQuery(graphQuery, request.query, reply);
    if (!query) return reply;
    await ping(driver);
    if (query.format === 'graphology') {
      const network = await fetchNetwork(driver, query.view, { signal: clientGone(reply) });
      return sendJson(request, reply, network);
    }
    return sendCompactNetwork(driver, query.view, request, reply, log);
  });
}
