/**
 * What `npm test` needs beside Node and a JDK, checked before anything slow starts, so a fresh
 * machine learns what to install in seconds rather than from a failure minutes later.
 */
import { spawnSync } from 'node:child_process';

/** The README's one install line (the same packages as .ci/run). */
export const APT_LINE =
  'sudo apt-get install chromium fonts-noto-cjk libxml2-utils python3-networkx python3-igraph poppler-utils';

/** Throws naming the command, what needs it and the install line when it is not on the PATH. */
export function requireCommand(command: string, neededFor: string): void {
  const r = spawnSync(command, ['-v'], { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${command} not found: ${neededFor}. On Debian or Ubuntu install what npm test needs with: ${APT_LINE}`,
    );
  }
}

/** Without a CJK font Japanese shows as boxes in screenshots: worth a warning, not a stop. */
export function cjkFontWarning(): string | null {
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim() !== '') return null;
  return `No Japanese (CJK) font found (fc-list :lang=ja): screenshots will show boxes for Japanese text. Install fonts-noto-cjk (${APT_LINE}).`;
}
