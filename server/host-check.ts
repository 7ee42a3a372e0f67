/**
 * The API is for this machine: a request whose Host header is not the server's own address
 * is refused. That defeats DNS-rebinding pages that would otherwise reach a 127.0.0.1 server.
 */
export function allowedHosts(host: string, port: number, extra: string[] = []): Set<string> {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]', ...extra]);
  const out = new Set<string>();
  for (const name of names) {
    out.add(`${name}:${port}`.toLowerCase());
    if (port === 80) out.add(name.toLowerCase());
  }
  return out;
}

export function isAllowedHost(header: string | undefined, allowed: Set<string>): boolean {
  return header !== undefined && allowed.has(header.toLowerCase());
}
