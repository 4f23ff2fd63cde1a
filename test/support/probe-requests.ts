/**
 * Requests generated from the route table: path parameters, query, headers and a body that
 * passes each route's own contract, with identifiers chosen by the caller. The two-tenant test
 * fills them with another tenant's records, so a new route is probed without editing it.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ApiRoute } from './routes.ts';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  required?: string[];
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
};

/** Chooses a value for a field by its name (and the route it belongs to); undefined → generated. */
export type Filler = (key: string, schema: Schema) => unknown;

const jsonOf = (schema: unknown): Schema =>
  z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;

const asciiCandidates = ['probe', 'PROBE', 'probe_value', 'probe-value', 'x', 'X1', '1'];

function text(s: Schema): string {
  const fits = (v: string) =>
    (!s.pattern || new RegExp(s.pattern, 'u').test(v)) &&
    v.length >= (s.minLength ?? 0) &&
    v.length <= (s.maxLength ?? Infinity);
  const pad = (v: string) => v.padEnd(s.minLength ?? 0, '0');
  return asciiCandidates.map(pad).find(fits) ?? pad('probe');
}

function numberFor(key: string, s: Schema): number {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  const wanted = /year/i.test(key) ? 2026 : Math.max(min, 1);
  return Math.min(Math.max(wanted, min), s.maximum ?? Infinity);
}

function generate(s: Schema, key: string, fill: Filler, root: Schema, depth = 0): unknown {
  if (depth > 12) return undefined;
  if (s.$ref) {
    const name = s.$ref.split('/').pop()!;
    const target = root.$defs?.[name] ?? root.definitions?.[name];
    return target ? generate(target, key, fill, root, depth + 1) : undefined;
  }
  const chosen = fill(key, s);
  if (chosen !== undefined) return chosen;
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const first = options.find((o) => o.type !== 'null') ?? options[0]!;
    return generate(first, key, fill, root, depth + 1);
  }
  if (s.allOf) return generate(Object.assign({}, ...s.allOf), key, fill, root, depth + 1);
  if ('const' in s) return s.const;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(s.required ?? []);
      for (const [k, p] of Object.entries(s.properties ?? {})) {
        // Optional fields only when they name a record: fewer refusals for unrelated reasons.
        if (!required.has(k) && fill(k, p) === undefined) continue;
        const v = generate(p, k, fill, root, depth + 1);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'array': {
      const n = Math.max(s.minItems ?? 1, 1);
      return Array.from({ length: n }, () => generate(s.items ?? {}, key, fill, root, depth + 1));
    }
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date') return '2026-06-30';
      if (s.format === 'date-time') return '2026-06-30T03:00:00.000Z';
      if (s.format === 'email') return 'probe@example.vn';
      return text(s);
    case 'integer':
    case 'number':
      return numberFor(key, s);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return s.default;
  }
}

/** A value for `schema` that its contract accepts as far as field names and formats allow. */
export function sampleOf(schema: unknown, fill: Filler): unknown {
  const json = jsonOf(schema);
  return generate(json, '', fill, json);
}

export interface ProbeRequest {
  method: string;
  url: string;
  /** The path parameters and the values put in them. */
  params: Record<string, string>;
  body?: unknown;
  headers: Record<string, string>;
}

/**
 * One request for a route: `param(name, segment)` fills each path parameter (`segment` is the
 * path segment before it, e.g. `units` for `/units/:id`); `fill` the other fields.
 */
export function probeRequest(
  route: ApiRoute,
  param: (name: string, segment: string) => string | undefined,
  fill: Filler,
): ProbeRequest {
  const params: Record<string, string> = {};
  const generated = route.schema.params
    ? (sampleOf(route.schema.params, fill) as Record<string, unknown>)
    : {};
  const segments = route.url.split('/');
  const path = segments
    .map((part, i) => {
      if (!part.startsWith(':')) return part;
      const name = part.slice(1);
      const value = param(name, segments[i - 1] ?? '') ?? String(generated[name] ?? randomUUID());
      params[name] = value;
      return encodeURIComponent(value);
    })
    .join('/');
  const query = route.schema.querystring
    ? (sampleOf(route.schema.querystring, fill) as Record<string, unknown>)
    : {};
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null) search.set(k, Array.isArray(v) ? v.join(',') : String(v));
  const headers = route.schema.headers
    ? Object.fromEntries(
        Object.entries(sampleOf(route.schema.headers, fill) as Record<string, unknown>).map(
          ([k, v]) => [k, String(v)],
        ),
      )
    : {};
  return {
    method: route.method,
    url: search.size ? `${path}?${search}` : path,
    params,
    body: route.schema.body ? sampleOf(route.schema.body, fill) : undefined,
    headers,
  };
}
