/**
 * `npm run gaps -- <input>|--from-db [options]`: the gap finder's report (src/analysis/gaps)
 * as JSON, Markdown, HTML or an Excel workbook, in Japanese or English. The sentences come
 * from the explorer's i18n resources through i18next, so both say the same. See GAPS_USAGE.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import i18next from 'i18next';
import type { SerializedGraph } from 'graphology-types';
import { findGaps } from '../src/analysis/gaps/run-gaps';
import { parseGapRules, type GapRulesInput } from '../src/analysis/gaps/rules-file';
import type { GapReport } from '../src/analysis/gaps/types';
import { findingText, labelsFor, type Labels } from '../src/export/gaps/describe';
import { graphSvg } from '../src/export/gaps/graph-svg';
import { reportHtml, type ReportMeta } from '../src/export/gaps/html';
import { reportMarkdown } from '../src/export/gaps/markdown';
import { reportXlsx } from '../src/export/gaps/xlsx';
import { en } from '../src/i18n/en';
import { ja } from '../src/i18n/ja';
import type { Lang } from '../src/model/display-name';
import { filterByView } from '../src/model/view-filter';
import { UsageError } from './args';
import { failureStatus, PROCESS_IO, runAsScript, type CliIo } from './cli-io';
import { GAPS_USAGE, parseGapsArgs } from './gaps-args';
import { loadNetwork } from './load-network';
import { createNodeSweepRunner, defaultThreads } from './sweep-pool';

/** A translate function over the explorer's resources, in one language. */
export async function translator(lang: Lang) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'en',
    // Every writer escapes for its own format.
    interpolation: { escapeValue: false },
  });
  return (key: string, values?: Record<string, unknown>) => instance.t(key, values ?? {});
}

async function readRules(path: string): Promise<GapRulesInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the rules file ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseGapRules(data, path);
}

/** The JSON document: the report with each finding's title, sentence and why in `lang`. */
export function reportJson(report: GapReport, labels: Labels, source: unknown) {
  return {
    ...report,
    lang: labels.lang,
    source,
    findings: report.findings.map((f) => {
      const { rule, count, ...rest } = f;
      return { rule, count, ...findingText(f, labels), ...rest };
    }),
  };
}

export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    const args = parseGapsArgs(argv);
    if (args.help) {
      io.stdout(GAPS_USAGE + '\n');
      return 0;
    }
    const rules = args.rules ? await readRules(args.rules) : {};
    const loaded = await loadNetwork(
      args.fromDb ? { database: true, view: args.view } : { file: args.input },
      (line) => io.stderr(`${line}\n`),
    );
    const network: SerializedGraph = filterByView(loaded.network, args.view);
    const showProgress = io.progress && !args.quiet;
    const threads = defaultThreads();
    const report = await findGaps(network, {
      thresholds: rules,
      view: args.view,
      sweepRunner: threads > 1 ? createNodeSweepRunner(threads) : undefined,
      onProgress: showProgress
        ? (p) => io.stderr(`\r${p.phase.padEnd(32)} ${(100 * p.fraction).toFixed(0).padStart(3)} %`)
        : undefined,
    });
    if (showProgress) io.stderr('\r' + ' '.repeat(40) + '\r');
    for (const warning of report.warnings) io.stderr(`warning: ${warning}\n`);

    const labels = labelsFor(network, await translator(args.lang), args.lang);
    const meta: ReportMeta = {
      source: loaded.origin.kind === 'database' ? 'Neo4j' : loaded.origin.name,
      generatedAt: new Date(),
      synthetic:
        network.nodes.some((n) => n.attributes?.synthetic === true) ||
        network.edges.some((e) => e.attributes?.synthetic === true),
    };
    const emit = async (data: string | Uint8Array) => {
      if (args.out) await io.writeFile(args.out, data);
      else io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    };
    switch (args.format) {
      case 'json':
        await emit(
          JSON.stringify(
            reportJson(report, labels, loaded.origin),
            null,
            args.out ? undefined : 2,
          ) + '\n',
        );
        break;
      case 'html':
        await emit(reportHtml(network, report, labels, meta));
        break;
      case 'md': {
        const svg = graphSvg(network, report, labels);
        let image: string;
        if (args.out) {
          const svgPath = `${args.out.replace(/\.(md|markdown)$/i, '')}.svg`;
          await io.writeFile(svgPath, svg);
          image = encodeURI(basename(svgPath));
        } else image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
        await emit(reportMarkdown(report, labels, meta, image));
        break;
      }
      case 'xlsx':
        await emit(await reportXlsx(report, labels));
        break;
    }
    return 0;
  } catch (error) {
    return failureStatus('gaps', error, io);
  }
}

runAsScript(import.meta.url, (argv) => main(argv));
