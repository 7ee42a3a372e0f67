import neo4j from 'neo4j-driver';

/** Bolt integers arrive as neo4j Integer objects unless the driver was told otherwise. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  return typeof value === 'number' ? value : Number(value);
}

/** Converts Integers anywhere in a record (lists, maps) to numbers; counts here are far below 2^53. */
export function plainValues(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plainValues);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValues(v)]));
  }
  return value;
}
