import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { allowedHosts, isAllowedHost } from './host-check';
import { registerApiRoutes } from './routes/api';

export interface AppOptions {
  driver: Driver;
  host: string;
  port: number;
  /** Built front end (dist/); served at / when present. */
  staticDir?: string;
  /** Further Host header values to accept (e.g. a LAN name when bound to 0.0.0.0). */
  extraHosts?: string[];
  logger?: boolean;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** The HTTP API and the static front end. The browser names queries; it never sends Cypher. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  const allowed = allowedHosts(options.host, options.port, options.extraHosts);
  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, allowed)) {
      return reply.code(403).send({ error: 'Host not allowed' });
    }
    reply.headers(SECURITY_HEADERS);
  });
  registerApiRoutes(app, options.driver);
  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
  }
  return app;
}
