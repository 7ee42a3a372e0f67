/**
 * What every request and response goes through, before any route:
 *
 * - the same security headers on every response (pages, data, 403, 404, 503, malformed requests);
 * - `Host` must be one of the server's own names (DNS rebinding);
 * - API requests: only GET/HEAD, and a browser request must come from the explorer's own
 *   origin (`Origin` and `Sec-Fetch-Site`), so another site open in the same browser cannot
 *   read or even trigger API calls;
 * - bounded URL length;
 * - with an access token (listening beyond loopback), the token: see access-token.ts.
 */
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAllowedHost } from './host-check';
import type { AccessToken } from './access-token';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Longer URLs are refused (414): no legitimate request comes near it. */
export const MAX_URL_LENGTH = 2048;
const API_METHODS = new Set(['GET', 'HEAD']);

export interface SecurityOptions {
  allowedHosts: Set<string>;
  token?: AccessToken;
}

export interface Refusal {
  status: number;
  error: string;
  message: string;
}

/** `Origin` absent (same-origin GET, non-browser clients) or one of the server's own. */
export function isAllowedOrigin(origin: string | undefined, allowedHosts: Set<string>): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null" (sandboxed frames, file://)
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && allowedHosts.has(url.host);
}

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Why a request is refused, or null to let it through. Pure, so the rules are unit-tested. */
export function refusalOf(
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined> },
  options: SecurityOptions,
): Refusal | null {
  if (request.url.length > MAX_URL_LENGTH) {
    return { status: 414, error: 'uri_too_long', message: 'The request URL is too long.' };
  }
  if (!isAllowedHost(one(request.headers.host), options.allowedHosts)) {
    return { status: 403, error: 'host_not_allowed', message: 'Host not allowed.' };
  }
  if (isApi(request.url)) {
    if (!API_METHODS.has(request.method)) {
      return { status: 405, error: 'method_not_allowed', message: 'The API is read-only: GET.' };
    }
    const site = one(request.headers['sec-fetch-site']);
    if (
      !isAllowedOrigin(one(request.headers.origin), options.allowedHosts) ||
      site === 'cross-site' ||
      site === 'same-site'
    ) {
      return {
        status: 403,
        error: 'origin_not_allowed',
        message:
          'Requests from other sites are refused: the API serves the explorer on its own address.',
      };
    }
  }
  if (options.token && !options.token.admits(request)) {
    return {
      status: 401,
      error: 'token_required',
      message:
        'This explorer is shared on the network and needs its access link (printed by npm start).',
    };
  }
  return null;
}

/** Registers the checks and the headers on `app`. */
export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(SECURITY_HEADERS);
    const refusal = refusalOf(request, options);
    if (!refusal) return;
    if (refusal.status === 405) reply.header('allow', 'GET, HEAD');
    if (refusal.status === 401) reply.header('www-authenticate', 'Bearer');
    return reply.code(refusal.status).send({ error: refusal.error, message: refusal.message });
  });
  // Error and not-found replies may be built after onRequest: set the headers again on send.
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: 'not_found', message: 'Nothing here.' }),
  );
}

/**
 * URLs the router cannot decode (`/%c0%ae`) are answered before any hook runs: answer them
 * here, with the headers and without echoing the path.
 */
export function frameworkErrorHandler(
  error: Error & { code?: string },
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  void reply
    .code(status)
    .headers(SECURITY_HEADERS)
    .send({ error: 'bad_request', message: 'The request URL is malformed.' });
}

/**
 * Malformed HTTP (bad request line, oversized headers) never reaches Fastify's hooks: Node
 * hands the socket here, and the reply carries the same headers as every other response.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const body = JSON.stringify({ error: 'bad_request', message: text });
  const headers = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n${headers}Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
