/**
 * What the explorer offers about measures, read off the registry's declared outputs: the
 * size-by and colour-by options (numeric node outputs), the table, CSV and details columns
 * (scalar node outputs), and which measure computes a given output. Nothing here lists a
 * measure by hand: a new registry measure appears in every control and column by itself.
 */
import { MEASURE_LIST } from '../analysis/registry';
import type { MeasureSpec, OutputSpec } from '../analysis/measure-spec';

export interface NodeOutput {
  /** Output key: the field of the node metrics, the view state's `sizeBy` value. */
  key: string;
  /** The measure computing it. */
  measure: string;
  labelKey: string;
  type: OutputSpec['type'];
  identifier: boolean;
}

function nodeOutputs(filter: (o: OutputSpec) => boolean): NodeOutput[] {
  const seen = new Set<string>();
  const out: NodeOutput[] = [];
  for (const spec of MEASURE_LIST) {
    for (const o of spec.outputs) {
      if (o.scope !== 'node' || !filter(o) || seen.has(o.key)) continue;
      seen.add(o.key);
      out.push({
        key: o.key,
        measure: spec.id,
        labelKey: o.labelKey,
        type: o.type,
        identifier: Boolean(o.identifier),
      });
    }
  }
  return out;
}

/** Amounts an actor can be sized or coloured by (numbers, not identifiers). */
export const NUMERIC_NODE_OUTPUTS: readonly NodeOutput[] = nodeOutputs(
  (o) => (o.type === 'number' || o.type === 'integer') && !o.identifier,
);

/** One value per actor that a table cell can hold (numbers, flags, labels). */
export const SCALAR_NODE_OUTPUTS: readonly NodeOutput[] = nodeOutputs((o) => o.type !== 'json');

/** The measure that declares a node output (the first, for `group`, declared twice). */
export function measureOfOutput(key: string): MeasureSpec | undefined {
  return MEASURE_LIST.find((m) => m.outputs.some((o) => o.scope === 'node' && o.key === key));
}

export const outputLabelKey = (key: string) =>
  SCALAR_NODE_OUTPUTS.find((o) => o.key === key)?.labelKey ?? `analysis.outputs.node.${key}`;
