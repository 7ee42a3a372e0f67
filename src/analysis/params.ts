/**
 * Typed, declarative parameters of the measures, so a UI can render a form for each
 * measure (like Gephi Lite's metrics panel) and the values keep their types in code.
 */
import { AnalysisInputError } from './types';

interface ParamBase<Id extends string> {
  id: Id;
  /** i18n key of the parameter's label. */
  labelKey: string;
}

export interface NumberParam<Id extends string = string> extends ParamBase<Id> {
  type: 'number';
  default: number;
  min?: number;
  max?: number;
  integer?: boolean;
}

export interface BooleanParam<Id extends string = string> extends ParamBase<Id> {
  type: 'boolean';
  default: boolean;
}

export interface EnumParam<
  Id extends string = string,
  O extends string = string,
> extends ParamBase<Id> {
  type: 'enum';
  options: readonly O[];
  default: O;
}

/**
 * A node attribute to use (a grouping such as `sector` or `prefecture`), or none. `options`
 * are the ones a UI offers; other attribute names are accepted (the CLI takes any).
 */
export interface AttributeParam<Id extends string = string> extends ParamBase<Id> {
  type: 'attribute';
  options: readonly string[];
  default: string | null;
}

export type ParamSpec = NumberParam | BooleanParam | EnumParam | AttributeParam;
export type ParamValue = number | boolean | string | null;

/** The value object a measure's `compute` receives, typed from its parameter specs. */
export type ParamValues<P extends readonly ParamSpec[]> = {
  [S in P[number] as S['id']]: S extends NumberParam
    ? number
    : S extends BooleanParam
      ? boolean
      : S extends EnumParam<string, infer O>
        ? O
        : S extends AttributeParam
          ? string | null
          : never;
};

/** Defaults overridden by `given`, each value checked against its spec. */
export function resolveParams<P extends readonly ParamSpec[]>(
  specs: P,
  given: Readonly<Record<string, unknown>> = {},
  owner = 'measure',
): ParamValues<P> {
  const out: Record<string, ParamValue> = {};
  for (const spec of specs) {
    const value = given[spec.id];
    out[spec.id] = value === undefined ? spec.default : checkParam(spec, value, owner);
  }
  return out as ParamValues<P>;
}

function checkParam(spec: ParamSpec, value: unknown, owner: string): ParamValue {
  const where = `${owner} parameter ${spec.id}`;
  switch (spec.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new AnalysisInputError(`${where} must be a finite number`);
      if (spec.integer && !Number.isInteger(value))
        throw new AnalysisInputError(`${where} must be an integer`);
      if (spec.min !== undefined && value < spec.min)
        throw new AnalysisInputError(`${where} must be >= ${spec.min}`);
      if (spec.max !== undefined && value > spec.max)
        throw new AnalysisInputError(`${where} must be <= ${spec.max}`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean')
        throw new AnalysisInputError(`${where} must be true or false`);
      return value;
    case 'enum':
      if (typeof value !== 'string' || !spec.options.includes(value))
        throw new AnalysisInputError(`${where} must be one of ${spec.options.join(', ')}`);
      return value;
    case 'attribute':
      if (value !== null && (typeof value !== 'string' || value === ''))
        throw new AnalysisInputError(`${where} must be an attribute name or null`);
      return value;
  }
}
