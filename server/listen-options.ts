/**
 * Where `npm start` listens. Loopback (the default) serves this machine only. Any other
 * address exposes the database's contents to the network, so it takes an explicit
 * `--listen <address>` (or `LISTEN_PUBLIC=1` beside `HOST`), prints a warning, and requires
 * the access token (access-token.ts).
 */
import { hostname, networkInterfaces } from 'node:os';

export interface ListenOptions {
  host: string;
  port: number;
  /** Listening beyond loopback, with the user's explicit consent. */
  public: boolean;
  /** Extra Host header values to accept. */
  extraHosts: string[];
}

export class ListenError extends Error {}

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ListenError(`PORT must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

/** From `npm start` arguments and the environment (PORT, HOST, LISTEN_PUBLIC, ALLOWED_HOSTS). */
export function resolveListenOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): ListenOptions {
  let listen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--listen') {
      listen = argv[++i];
      if (!listen || listen.startsWith('--')) throw new ListenError('--listen needs an address');
    } else if (arg.startsWith('--listen=')) {
      listen = arg.slice('--listen='.length);
    } else {
      throw new ListenError(`unknown argument "${arg}" (npm start accepts --listen <address>)`);
    }
  }
  const host = listen ?? env.HOST?.trim() ?? '127.0.0.1';
  const consent = listen !== undefined || env.LISTEN_PUBLIC === '1';
  if (!isLoopback(host) && !consent) {
    throw new ListenError(
      `HOST=${host} would serve the database's contents to other machines. To do that on ` +
        `purpose, start with --listen ${host} (or set LISTEN_PUBLIC=1); the server then ` +
        'requires an access token, printed as a link at start.',
    );
  }
  const extraHosts = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return {
    host,
    port: parsePort(env.PORT?.trim() || '8080'),
    public: !isLoopback(host),
    extraHosts,
  };
}

/**
 * The names a browser on the network may use for this machine when the server listens on
 * every interface: its addresses and host name (Host header check, access link).
 */
export function machineHostNames(): string[] {
  const names = [hostname()];
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) {
      if (address.internal) continue;
      names.push(address.family === 'IPv6' ? `[${address.address}]` : address.address);
    }
  }
  return names;
}
