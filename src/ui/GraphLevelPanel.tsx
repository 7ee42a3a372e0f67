import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureById } from '../analysis/registry';
import type { AnalysisProgress, AnalysisResult } from '../analysis/types';
import type { Derived } from '../state/derived';
import { mergeResults, scopeNetwork, showsWhole } from '../state/export-scope';
import { analyseScope, GRAPH_LEVEL_MEASURES } from '../state/scope-analysis';
import { explorerStore } from '../state/store';
import { formatNumber } from './labels';
import { useExplorer } from './use-explorer';

/** The rows, in the order a methods section reports them; each is a registry graph output. */
const ROWS: readonly [measure: string, output: string][] = [
  ['communities', 'modularity'],
  ['communities', 'communities'],
  ['summary', 'density'],
  ['summary', 'components'],
  ['graphLevel', 'averagePathLength'],
  ['graphLevel', 'degreeCentralization'],
  ['graphLevel', 'betweennessCentralization'],
];

/** Counts as integers; other values with four significant digits, as a table in a paper. */
function formatValue(value: unknown, lang: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return formatNumber(value, lang);
  return new Intl.NumberFormat(lang, { maximumSignificantDigits: 4 }).format(value);
}

const labelKeyOf = (measure: string, output: string) =>
  measureById(measure)!.outputs.find((o) => o.scope === 'graph' && o.key === output)!.labelKey;

const scopeIds = new WeakMap<object, number>();
let nextScopeId = 1;
function scopeId(shown: object): number {
  let id = scopeIds.get(shown);
  if (id === undefined) scopeIds.set(shown, (id = nextScopeId++));
  return id;
}

/** A finished request: its scope key and its result or error. */
interface Run {
  key: string;
  result: AnalysisResult | null;
  error: string | null;
}

/**
 * Whole-network measures of what is on screen — after filters, the year window and a focus —
 * computed by the analysis service when the panel is open: from the view's results when
 * nothing is left out, else on the shown network in the worker.
 */
export function GraphLevelPanel({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const settings = useExplorer((s) => s.history.present.analysis);
  const [open, setOpen] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const [progress, setProgress] = useState<{ key: string; progress: AnalysisProgress } | null>(
    null,
  );
  const latest = useRef(derived);
  // Declared before the request's effect, so that one reads this render's derived state.
  useEffect(() => {
    latest.current = derived;
  });
  const whole = showsWhole(derived);
  const stored = whole ? GRAPH_LEVEL_MEASURES.map((m) => derived.results[m]) : [];
  const haveStored = whole && stored.every(Boolean);
  // What the results are for: the shown actors and ties (one object per filter state, the
  // derived chain memoises it) and the settings.
  const key = `${scopeId(derived.shown)}|${JSON.stringify(settings)}`;
  const shown = derived.shown;

  useEffect(() => {
    if (!open || haveStored) return;
    const controller = new AbortController();
    const d = latest.current;
    const { history, lang: l } = explorerStore.getState();
    analyseScope(
      d,
      'shown',
      () => scopeNetwork(d, 'shown', history.present, l).network,
      GRAPH_LEVEL_MEASURES,
      {
        signal: controller.signal,
        onProgress: (p) => setProgress({ key, progress: p }),
      },
    ).then(
      (result) => setRun({ key, result, error: null }),
      (error: Error) => {
        if (!controller.signal.aborted) setRun({ key, result: null, error: error.message });
      },
    );
    return () => controller.abort();
    // `shown` and `key` say when the scope changed; `derived` itself changes with every result.
  }, [open, haveStored, key, shown]);

  const result = haveStored
    ? mergeResults(stored as AnalysisResult[])
    : run?.key === key
      ? run.result
      : null;
  const running = open && !haveStored && run?.key !== key;
  const g = result?.graph;
  const s = settings.settings;
  const algorithm = g?.settings.communities?.algorithm ?? 'louvain';

  return (
    <details
      className="graph-level"
      data-testid="graph-level"
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>{t('graphPanel.heading')}</summary>
      <p className="note" data-testid="graph-level-scope">
        {whole
          ? t('graphPanel.whole')
          : t('graphPanel.shown', {
              nodes: formatNumber(derived.shown.nodes.size, lang),
              edges: formatNumber(derived.shown.edges.size, lang),
            })}
      </p>
      {running && (
        <p className="small" data-testid="graph-level-running">
          {t('graphPanel.computing', {
            percent: Math.round((progress?.key === key ? progress.progress.fraction : 0) * 100),
          })}
        </p>
      )}
      {run?.key === key && run.error && (
        <p className="error" role="alert">
          {t('graphPanel.failed', { message: run.error })}
        </p>
      )}
      <dl className="graph-level-values">
        {ROWS.map(([measure, output]) => {
          const value = g?.[output];
          return (
            <div key={output} data-testid={`graph-level-${output}`}>
              <dt>{t(labelKeyOf(measure, output))}</dt>
              <dd className="num" data-value={typeof value === 'number' ? value : ''}>
                {g ? formatValue(value, lang) : '…'}
              </dd>
              <dd className="definition">{t(`graphPanel.definitions.${output}`)}</dd>
            </div>
          );
        })}
      </dl>
      <p className="note">
        {t('graphPanel.settings', {
          algorithm: algorithm === 'leiden' ? 'Leiden' : 'Louvain',
          seed: s.communities.seed,
          resolution: s.communities.resolution,
          distance: t(`analysis.values.${s.distance.distance}`),
          betweenness: t(`analysis.values.${s.betweenness.mode}`),
        })}
      </p>
    </details>
  );
}
