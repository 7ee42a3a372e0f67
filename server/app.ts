import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { registerTokenExchange, type AccessToken } from './access-token';
import { registerErrorHandler, type Log } from './api-errors';
import { allowedHosts } from './host-check';
import { registerApiRoutes } from './routes/api';
import { clientErrorHandler, frameworkErrorHandler, registerSecurity } from './security';

export interface AppOptions {
  driver: Driver;
  host: string;
  port: number;
  /** Built front end (dist/); served at / when present. */
  staticDir?: string;
  /** Further Host header values to accept (e.g. a LAN name when bound to 0.0.0.0). */
  extraHosts?: string[];
  /** Required on every request when set (listening beyond loopback): see access-token.ts. */
  token?: AccessToken;
  /** Where failures are described in full (the responses never are). Default: stderr. */
  log?: Log;
  logger?: boolean;
}

/** The HTTP API and the static front end. The browser names queries; it never sends Cypher. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[api] ${line}\n`));
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // A request that has not arrived whole in this time is dropped (slow-sending clients).
    requestTimeout: 60_000,
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler,
  });
  registerSecurity(app, {
    allowedHosts: allowedHosts(options.host, options.port, options.extraHosts),
    ...(options.token ? { token: options.token } : {}),
  });
  registerErrorHandler(app, log);
  if (options.token) registerTokenExchange(app, options.token);
  registerApiRoutes(app, options.driver, log);
  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
  }
  return app;
}
