import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../setup/chromium';
import { APT_LINE, requireCommand } from '../../setup/prerequisites';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('a fresh machine without the test prerequisites', () => {
  it('stops at once when Chromium is missing, saying how to get it', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow(
      `Chromium not found at /nonexistent/chromium: the browser tests drive it. Set CHROME_PATH to a Chromium/Chrome executable, or on Debian or Ubuntu install what npm test needs with: ${APT_LINE}`,
    );
  });

  it('names a missing command and the install line', () => {
    expect(() => requireCommand('cne-no-such-command', 'a test reads with it')).toThrow(
      `cne-no-such-command not found: a test reads with it. On Debian or Ubuntu install what npm test needs with: ${APT_LINE}`,
    );
    expect(() => requireCommand('pdftotext', 'the Gaps view test')).not.toThrow();
  });

  it('keeps the README install line and CI package list the same', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('README.md', 'utf8')).toContain(APT_LINE);
    const ci = /PACKAGES="([^"]+)"/.exec(readFileSync('.ci/run', 'utf8'))![1]!.split(' ').sort();
    expect(APT_LINE.split(' ').slice(3).sort()).toEqual(ci);
  });
});
