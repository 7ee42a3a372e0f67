/**
 * The Gaps view as a cluster manager meets it, offline on the demo snapshot: findings per
 * rule with their counts and sentences in Japanese and English, an actor clicked in a
 * finding shown on the canvas with the finding, a generated threshold control that changes
 * the result (and the URL), the introductions filtered and exported, and the print button's
 * report printed to PDF holding the graph and every row of its tables.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, watchErrors } from '../setup/chromium';
import { waitLayoutIdle, waitReady } from './helpers/explorer-page';
import { offlineBrowser } from './helpers/offline';
import { gapsJa } from '../../src/i18n/gaps-ja';

const env = offlineBrowser();
async function newPage(): Promise<Page> {
  const page = await env.session.browser.newPage();
  await page.setViewportSize({ width: 1400, height: 950 });
  return page;
}
const demo = (query: string) => `${env.server.url}?snapshot=./snapshots/demo.json&${query}`;

/** The counts the CLI finds on the same data: the view must show the same. */
const EXPECTED_COUNTS: Record<string, number> = {
  'sme-no-academic-tie': 154,
  'academia-no-industry-tie': 3,
  'no-finance-tie': 4,
  'single-point-of-failure': 12,
  'weak-bridge': 3,
  'cluster-link': 2,
  'isolated-member': 17,
};

const TITLES_JA: Record<string, string> = Object.fromEntries(
  Object.entries(gapsJa.rules).map(([rule, texts]) => [rule, texts.title]),
);

interface GapsHook {
  state(): {
    gaps: { running: boolean; report: { findings: { rule: string; count: number }[] } | null };
    focusedFinding: { nodes: string[]; actor: string } | null;
    history: { present: { selected: string | null } };
  };
}
const hook = (page: Page) =>
  page.evaluate(() => {
    const s = (window.__clusterExplorer as unknown as GapsHook).state();
    return {
      running: s.gaps.running,
      counts: Object.fromEntries((s.gaps.report?.findings ?? []).map((f) => [f.rule, f.count])),
      focused: s.focusedFinding,
      selected: s.history.present.selected,
    };
  });

async function openGaps(page: Page, lang: 'ja' | 'en', query = '') {
  await page.goto(demo(`lang=${lang}${query}`));
  await waitReady(page);
  await page.getByTestId('gaps-toggle').click();
  await page.getByTestId('gap-report').waitFor({ timeout: 90_000 });
  await page.waitForFunction(
    () => !(window.__clusterExplorer as unknown as GapsHook).state().gaps.running,
    null,
    { timeout: 90_000 },
  );
}

describe('the Gaps view', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`lists every rule with its count and sentence; a click shows the finding (${lang})`, async () => {
      const page = await newPage();
      const errors = watchErrors(page);
      await openGaps(page, lang);
      const counts: Record<string, number> = {};
      for (const rule of Object.keys(EXPECTED_COUNTS)) {
        const block = page.getByTestId(`gap-finding-${rule}`);
        counts[rule] = Number(await block.getByTestId('gap-count').textContent());
      }
      expect(counts).toEqual(EXPECTED_COUNTS);
      const sentence = await page
        .getByTestId('gap-finding-sme-no-academic-tie')
        .getByTestId('gap-sentence')
        .textContent();
      expect(sentence).toBe(
        lang === 'ja'
          ? '中小企業 264 社のうち 154 社（58.3%）は、大学・TLO・公設試験研究機関とのつながりがありません。'
          : '154 of 264 SMEs (58.3%) have no tie to a university, TLO or public research institute.',
      );
      await waitLayoutIdle(page);
      await screenshot(page, `gaps-view-${lang}`);

      // The first single point of failure: the hub that alone holds three actors.
      const spof = page.getByTestId('gap-finding-single-point-of-failure');
      await spof.locator('[data-actor="HUB-NAGANO-TECHNO"]').first().click();
      await expect
        .poll(async () => (await hook(page)).focused?.nodes.slice().sort(), { timeout: 10_000 })
        .toEqual(['GOV-MEXT', 'GOV-NAGANO', 'HUB-NAGANO-TECHNO', 'SUP-JST']);
      expect((await hook(page)).selected).toBe('HUB-NAGANO-TECHNO');
      await page.getByTestId('details-panel').waitFor();
      expect(await page.getByTestId('details-panel').textContent()).toContain(
        lang === 'ja' ? '長野県テクノ財団' : 'Nagano Techno Foundation',
      );
      await page.waitForTimeout(1200);
      await screenshot(page, `gaps-spof-click-${lang}`);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    });
  }

  it('a generated threshold control changes the result and travels in the URL', async () => {
    const page = await newPage();
    await openGaps(page, 'en');
    const block = page.getByTestId('gap-finding-isolated-member');
    await block.locator('.gap-settings summary').click();
    const control = page.getByTestId('gap-param-isolated-member-maxTies');
    await control.fill('1');
    await control.press('Enter');
    await expect
      .poll(async () => (await hook(page)).counts['isolated-member'], { timeout: 60_000 })
      .toBeGreaterThan(17);
    expect(page.url()).toContain('g.isolated-member.maxTies=1');
    expect(Number(await block.getByTestId('gap-count').textContent())).toBe(
      (await hook(page)).counts['isolated-member'],
    );
    await page.close();
  });

  it('filters the introductions by kind and prefecture and exports them as CSV', async () => {
    const page = await newPage();
    await openGaps(page, 'en');
    const count = async () =>
      ((await page.getByTestId('gap-intro-count').textContent()) ?? '').split(' of ').map(Number);
    const [shown, total] = await count();
    expect(shown).toBe(total);
    expect(total).toBe(100);
    await page.getByTestId('gap-intro-kind').selectOption('financial_institution');
    const [withFinance] = await count();
    expect(withFinance).toBeGreaterThan(0);
    expect(withFinance).toBeLessThan(total!);
    await page.getByTestId('gap-intro-prefecture').selectOption('群馬県');
    const [both] = await count();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(withFinance!);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('gap-intro-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('introductions.csv');
    const dir = mkdtempSync(join(tmpdir(), 'gaps-e2e-'));
    const file = join(dir, 'introductions.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFF# source: ')).toBe(true);
    expect(csv).toContain('# filter kind: financial_institution');
    const rows = csv.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('\uFEFF#'));
    expect(rows[0]).toBe(
      'source,sourceName,target,targetName,score,sharedPartners,sharedProjects,sharedFields,distance,rules',
    );
    expect(rows.length - 1).toBe(both);
    await screenshot(page, 'gaps-introductions-en');
    await page.close();
  });

  it('prints an A4 report holding the graph and every row of its tables (PDF)', async () => {
    const page = await newPage();
    await openGaps(page, 'ja');
    // The report page is printed once loaded; headless Chromium would then refuse page.pdf
    // ("already being printed"), so that print() is stubbed and page.pdf() prints instead.
    await page.evaluate(() => {
      const open = window.open.bind(window);
      window.open = (...args: Parameters<typeof window.open>) => {
        const opened = open(...args);
        if (opened) opened.print = () => {};
        return opened;
      };
    });
    const [report] = await Promise.all([
      env.session.browser.waitForEvent('page'),
      page.getByTestId('gaps-print').click(),
    ]);
    await report.waitForLoadState('load');
    expect(await report.locator('section.finding').count()).toBe(8);
    expect(await report.locator('figure svg g.actors circle').count()).toBe(331);
    // Complete tables: one row per item, as many as the finding's count.
    for (const [rule, count] of Object.entries(EXPECTED_COUNTS)) {
      if (rule === 'cluster-link' || rule === 'no-finance-tie') continue;
      const rows = report.locator(
        `section[data-rule="${rule}"] table[data-table="items"] tbody tr`,
      );
      expect(await rows.count(), rule).toBe(count);
    }
    const dir = mkdtempSync(join(tmpdir(), 'gaps-pdf-'));
    const pdfPath = join(dir, 'gaps.pdf');
    writeFileSync(pdfPath, await report.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    const squeezed = text.replace(/\s+/g, '');
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1],
    );
    expect(pages).toBeGreaterThan(3);
    // The graph: its legend and caption are drawn inside the SVG figure.
    expect(squeezed).toContain(
      '色は主体の種類、赤い縁は単一障害点、太い線はクラスター間のつながりです。'.replace(
        /\s+/g,
        '',
      ),
    );
    expect(squeezed).toContain('クラスター推進機関');
    // Every row of every items table reached the PDF: each finding's block holds its row
    // numbers "1." … "count." in order (names wrap inside their cells, the numbers never do).
    const lines = text.split('\n').map((l) => l.trim());
    const titles = Object.fromEntries(
      Object.keys(EXPECTED_COUNTS).map((rule) => [
        rule,
        lines.findIndex((l) => l === `${TITLES_JA[rule]} (${EXPECTED_COUNTS[rule]} 件)`),
      ]),
    );
    for (const [rule, count] of Object.entries(EXPECTED_COUNTS)) {
      expect(titles[rule], `heading of ${rule}`).toBeGreaterThan(0);
      const next = Math.min(
        ...Object.values(titles).filter((i) => i > titles[rule]!),
        lines.length,
      );
      const section = lines.slice(titles[rule], next);
      const introductions = section.indexOf(gapsJa.closeWith);
      const numbers = section
        .slice(0, introductions < 0 ? section.length : introductions)
        .map((l) => /^(\d+)\.(\s|$)/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      let expected = 1;
      for (const n of numbers) if (n === expected) expected++;
      expect(expected - 1, `rows of ${rule} in the PDF`).toBe(count);
    }
    // Rows are kept whole across page breaks.
    expect(
      await report
        .locator('tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).breakInside),
    ).toBe('avoid');
    await screenshot(report, 'gaps-print-ja');
    await report.close();
    await page.close();
  });
});
