/**
 * The local server's password: generated once, stored with mode 0600 beside the data, and
 * handed to the launcher through its environment (never argv, which any user can read in ps).
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

const OWNER_ONLY = 0o600;

/** 24 random bytes → 32 url-safe characters: no quoting trouble in shells, URIs or .env files. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

/** Reads the stored password, first tightening the file mode if someone loosened it. */
export function readPassword(file: string): string {
  if ((statSync(file).mode & 0o777) !== OWNER_ONLY) chmodSync(file, OWNER_ONLY);
  const password = readFileSync(file, 'utf8').trim();
  if (password.length < 8) {
    throw new Error(
      `The Neo4j password file ${file} is empty or too short; delete it together with the ` +
        'local database folder to start afresh.',
    );
  }
  return password;
}

/** Returns the stored password, creating it on first use. Safe when two processes race. */
export function readOrCreatePassword(file: string): string {
  if (!existsSync(file)) createPasswordFile(file);
  return readPassword(file);
}

function createPasswordFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write a private temp file, then hard-link it into place: the link appears complete or not at
  // all and fails if the file exists, so a concurrent reader never sees a half-written password
  // and a concurrent creator never replaces ours.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${generatePassword()}\n`, { mode: OWNER_ONLY });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
