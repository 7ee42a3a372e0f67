/**
 * `/api/graph` in the compact format (src/model/compact-format.ts): frames are written while
 * Neo4j still streams rows, compressed as negotiated and flushed frame by frame, so the first
 * bytes leave at once and the browser decodes as data arrives.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Driver } from 'neo4j-driver';
import {
  classifyDatabaseError,
  DatabaseUnavailableError,
  streamNetworkRows,
} from '../../neo4j/named-reads';
import { actorFromRow, projectFromRow, tieFromRow } from '../../src/model/build-network';
import { CompactEncoder } from '../../src/model/compact-encode';
import {
  ACTORS_PER_FRAME,
  COMPACT_MEDIA_TYPE,
  TIES_PER_FRAME,
  frameLine,
  type Frame,
} from '../../src/model/compact-format';
import type { View } from '../../src/model/domain';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { describeError, type Log } from '../api-errors';
import { compressor, negotiateEncoding } from '../compression';

type NetworkNode = SerializedNetwork['nodes'][number];
type NetworkEdge = SerializedNetwork['edges'][number];

/** A response body that frames are written to, compressed or not, flushed on demand. */
function responseBody(request: FastifyRequest, reply: FastifyReply) {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  const source = new PassThrough();
  const zip = encoding === 'identity' ? null : compressor(encoding);
  reply
    .header('content-type', `${COMPACT_MEDIA_TYPE}; charset=utf-8`)
    .header('cache-control', 'no-store')
    .header('vary', 'Accept-Encoding');
  if (zip) reply.header('content-encoding', encoding);
  const body: Readable = zip ? source.pipe(zip) : source;
  return {
    body,
    write: (frame: Frame) => source.write(frameLine(frame)),
    // Push what is buffered in the compressor out to the client now.
    flush: () => zip?.flush(),
    end: () => source.end(),
  };
}

export async function sendCompactNetwork(
  driver: Driver,
  view: View,
  request: FastifyRequest,
  reply: FastifyReply,
  log: Log,
): Promise<FastifyReply> {
  const out = responseBody(request, reply);
  const encoder = new CompactEncoder(view, new Date().toISOString());
  const stop = new AbortController();
  // The client went away: stop reading from Neo4j.
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) stop.abort(new Error('client closed the connection'));
  });
  let actors: NetworkNode[] = [];
  let ties: NetworkEdge[] = [];
  const writeActors = () => {
    if (actors.length) out.write(encoder.actors(actors));
    actors = [];
    out.flush();
  };
  const writeTies = () => {
    if (actors.length) writeActors();
    if (ties.length) out.write(encoder.ties(ties));
    ties = [];
    out.flush();
  };

  void reply.send(out.body);
  out.write(encoder.header());
  out.flush();
  try {
    await streamNetworkRows(
      driver,
      view,
      {
        projects: (rows) => out.write(encoder.projects(rows.map(projectFromRow))),
        actor: (row) => {
          actors.push(actorFromRow(row));
          if (actors.length === ACTORS_PER_FRAME) writeActors();
        },
        tie: (row) => {
          if (actors.length) writeActors();
          ties.push(tieFromRow(row));
          if (ties.length === TIES_PER_FRAME) writeTies();
        },
      },
      { signal: stop.signal },
    );
    writeActors();
    writeTies();
    out.write(encoder.end());
  } catch (raw) {
    if (!stop.signal.aborted) {
      const error = classifyDatabaseError(raw);
      log(`GET ${request.url.slice(0, 200)} (stream): ${describeError(error)}`);
      // Headers said 200 already: the stream ends with a frame that says what happened.
      out.write(
        error instanceof DatabaseUnavailableError
          ? { t: 'error', reason: 'unavailable', message: error.message }
          : { t: 'error', reason: 'internal', message: 'Internal error.' },
      );
    }
  } finally {
    out.end();
  }
  return reply;
}
