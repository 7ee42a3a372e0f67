/**
 * The access token that a server listening beyond loopback requires.
 *
 * Design: a random token is generated once and kept in `var/server/access-token` (mode 0600,
 * like the Neo4j password). `npm start` prints an access link `http://<host>/auth?token=…`;
 * opening it sets the token as an HttpOnly, SameSite=Strict cookie and redirects to the
 * explorer, so the token leaves the address bar and browser history at once and page scripts
 * never see it. Tools send `Authorization: Bearer <token>` instead. Delete the file to revoke
 * every browser's access (a new token is made at the next start).
 */
import { timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readOrCreatePassword } from '../neo4j/credentials';
import { PROJECT_ROOT } from '../neo4j/paths';

export const DEFAULT_TOKEN_FILE = join(PROJECT_ROOT, 'var', 'server', 'access-token');
export const TOKEN_COOKIE = 'cne_access';
export const AUTH_PATH = '/auth';
/** Thirty days: a colleague's browser stays admitted for a project's working month. */
const COOKIE_MAX_AGE_S = 30 * 24 * 3600;

type Headers = Record<string, string | string[] | undefined>;

export interface AccessToken {
  /** The token, for printing the access link. */
  value: string;
  /** The request carries the token (cookie or bearer header), or is the token exchange itself. */
  admits(request: { url: string; headers: Headers }): boolean;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function accessToken(value: string): AccessToken {
  return {
    value,
    admits(request) {
      if (request.url === AUTH_PATH || request.url.startsWith(`${AUTH_PATH}?`)) return true;
      const auth = request.headers.authorization;
      const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : '';
      const cookie = cookieValue(request.headers.cookie, TOKEN_COOKIE) ?? '';
      return sameSecret(bearer, value) || sameSecret(cookie, value);
    },
  };
}

/** The stored token, created on first use. */
export function loadAccessToken(file = DEFAULT_TOKEN_FILE): AccessToken {
  return accessToken(readOrCreatePassword(file));
}

/** `GET /auth?token=…`: exchanges a valid token for the cookie and goes to the explorer. */
export function registerTokenExchange(app: FastifyInstance, token: AccessToken): void {
  app.get(AUTH_PATH, async (request, reply) => {
    const given = (request.query as Record<string, unknown>).token;
    if (typeof given !== 'string' || !sameSecret(given, token.value)) {
      return reply
        .code(401)
        .send({ error: 'token_invalid', message: 'This access link is not valid (any more).' });
    }
    reply.header(
      'set-cookie',
      `${TOKEN_COOKIE}=${token.value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_S}`,
    );
    return reply.code(303).header('location', './').send();
  });
}
