import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so equal inputs hash equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash a stored score keeps of what it was computed from; the engine's version is part of it. */
export const scoringEngineVersion = 1;
export function inputHash(input: {
  criteriaVersionId: string;
  content: unknown;
  year: number;
  unitKind: string;
  answers: unknown;
}): string {
  return createHash('sha256')
    .update(canonicalJson({ engine: scoringEngineVersion, ...input }))
    .digest('hex');
}

/** A criteria version's content hashed once, to stand for it in each report's input hash. */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
