/** Browser-test helpers for the export menu: run an export, collect its downloads, read files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';

export interface ExportChoice {
  format: 'png' | 'svg' | 'gexf' | 'graphml' | 'csv' | 'xlsx';
  scope?: 'shown' | 'whole';
  /** Image options: filled into the dialog before exporting. */
  width?: number;
  height?: number;
  scale?: number;
  title?: string;
  subtitle?: string;
  transparent?: boolean;
  caption?: boolean;
}

/**
 * Opens the menu, sets the choices, exports, and returns the downloaded files by name (saved
 * in a fresh folder). `expected` is how many files the format saves.
 */
export async function exportFiles(
  page: Page,
  choice: ExportChoice,
  expected = choice.format === 'csv' ? 3 : 1,
  beforeRun?: () => Promise<void>,
): Promise<Record<string, string>> {
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await page.getByTestId(`export-format-${choice.format}`).check();
  await page.getByTestId(`export-scope-${choice.scope ?? 'shown'}`).check();
  if (choice.width) await page.getByTestId('export-width').fill(String(choice.width));
  if (choice.height) await page.getByTestId('export-height').fill(String(choice.height));
  if (choice.scale) await page.getByTestId('export-scale').selectOption(String(choice.scale));
  if (choice.title !== undefined) await page.getByTestId('export-title').fill(choice.title);
  if (choice.subtitle !== undefined)
    await page.getByTestId('export-subtitle').fill(choice.subtitle);
  if (choice.transparent !== undefined)
    await page.getByTestId('export-transparent').setChecked(choice.transparent);
  if (choice.caption !== undefined)
    await page.getByTestId('export-caption').setChecked(choice.caption);
  await beforeRun?.();
  const dir = mkdtempSync(join(tmpdir(), 'cne-export-'));
  const downloads: Promise<[string, string]>[] = [];
  const onDownload = (d: Download) =>
    downloads.push(
      (async () => {
        const path = join(dir, d.suggestedFilename());
        await d.saveAs(path);
        return [d.suggestedFilename(), path] as [string, string];
      })(),
    );
  page.on('download', onDownload);
  await page.getByTestId('export-run').click();
  try {
    await page.waitForFunction(
      (n) => {
        const text = document.querySelector('[data-testid=export-status]')?.textContent ?? '';
        if (/failed|失敗/.test(text)) throw new Error(text);
        return /Saved|保存/.test(text) && n > 0;
      },
      expected,
      { timeout: 300_000 },
    );
    for (let i = 0; i < 100 && downloads.length < expected; i++) await page.waitForTimeout(100);
    const files = Object.fromEntries(await Promise.all(downloads));
    await page.getByTestId('export-close').click();
    return files;
  } finally {
    page.off('download', onDownload);
  }
}

/** Runs Debian's Python (networkx, Pillow) on a script; returns its JSON output. */
export function python<T>(script: string, ...args: string[]): T {
  const py = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout) as T;
}

export interface PngStats {
  size: [number, number];
  mode: string;
  text: Record<string, string>;
  /** Distinct colours in the image, and pixels differing from the top-left one. */
  colours: number;
  nonBackground: number;
  /** Pixels close to each of the given colours within the given box (x0, y0, x1, y1). */
  near: number[];
  corner: number[];
}

export const PNG_STATS = `
import sys, json
from PIL import Image
im = Image.open(sys.argv[1]); im.load()
rgba = im.convert('RGBA')
w, h = rgba.size
px = rgba.load()
corner = px[0, 0]
box = [int(v) for v in sys.argv[2].split(',')]
targets = [tuple(int(c[i:i+2], 16) for i in (1, 3, 5)) for c in sys.argv[3].split(',')]
near = [0] * len(targets)
non = 0
for y in range(0, h, 2):
    for x in range(0, w, 2):
        p = px[x, y]
        if p != corner: non += 1
        if box[0] <= x < box[2] and box[1] <= y < box[3]:
            for i, t in enumerate(targets):
                if p[3] > 200 and all(abs(p[k] - t[k]) <= 12 for k in range(3)): near[i] += 1
print(json.dumps({'size': [w, h], 'mode': im.mode, 'text': dict(im.text), 'colours': len(rgba.getcolors(1 << 24) or []),
                  'nonBackground': non, 'near': near, 'corner': list(corner)}))
`;
