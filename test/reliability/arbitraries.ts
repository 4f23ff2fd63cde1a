/**
 * fast-check arbitraries generated from a route's zod contract (via its JSON Schema): values the
 * contract accepts, and the same with one field replaced by something hostile (wrong type,
 * integers past 32 bits, NUL, lone surrogates, huge text, unknown keys). Nothing is per route.
 */
import fc from 'fast-check';
import { z } from 'zod';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
};

export const jsonSchemaOf = (schema: unknown): Schema =>
  z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;

/** Hostile values put in place of any one field. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    2 ** 31,
    2 ** 53,
    -(2 ** 31) - 1,
    1.5,
    -1,
    0,
    '',
    'x\u0000y',
    '\uD800',
    'a\uDC00b',
    '😀',
    '<script>alert(1)</script>',
    "'; drop table units; --",
    '9'.repeat(400),
    '2026-02-30',
    '00000000-0000-0000-0000-000000000000',
    true,
    [],
    {},
    { __proto__: { polluted: true } },
  ),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.constant('x'.repeat(20_000)),
);

function stringArb(s: Schema, ids: readonly string[]): fc.Arbitrary<string> {
  const maxLength = Math.min(s.maxLength ?? 40, 60);
  const minLength = Math.min(s.minLength ?? 0, maxLength);
  switch (s.format) {
    case 'uuid':
      return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
  }
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= maxLength * 3);
    } catch {
      /* an unsupported pattern: plain text below */
    }
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

/** An arbitrary for values the schema (mostly) accepts; `ids` are real record ids to reuse. */
export function validArb(
  s: Schema,
  root: Schema,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(undefined);
  if (s.$ref) {
    const target =
      root.$defs?.[s.$ref.split('/').pop()!] ?? root.definitions?.[s.$ref.split('/').pop()!];
    return target ? validArb(target, root, ids, depth + 1) : fc.constant(undefined);
  }
  const options = s.anyOf ?? s.oneOf;
  if (options?.length) return fc.oneof(...options.map((o) => validArb(o, root, ids, depth + 1)));
  if (s.allOf?.length) return validArb(Object.assign({}, ...s.allOf), root, ids, depth + 1);
  if ('const' in s) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const props = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, p]) => [k, validArb(p, root, ids, depth + 1)]),
      );
      const record = fc.record(props, {
        requiredKeys: (s.required ?? []).filter((k) => k in props),
      });
      if (typeof s.additionalProperties === 'object' && !s.properties)
        return fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }),
          validArb(s.additionalProperties, root, ids, depth + 1),
          { maxKeys: 4 },
        );
      return record;
    }
    case 'array':
      return fc.array(validArb(s.items ?? {}, root, ids, depth + 1), {
        minLength: Math.min(s.minItems ?? 0, 3),
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    case 'string':
      return stringArb(s, ids);
    case 'integer':
      return fc.integer({
        min: Math.max(s.minimum ?? -(2 ** 31), -(2 ** 31)),
        max: Math.min(s.maximum ?? 2 ** 31 - 1, 2 ** 31 - 1),
      });
    case 'number':
      return fc.double({
        min: s.minimum ?? -1e9,
        max: s.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

/** Replaces the value at the `pick`-th place of a JSON value (a field, an item or the whole). */
export function replaceAt(value: unknown, pick: number, by: unknown): unknown {
  const places: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((item, i) => (places.push({ parent: v, key: i }), walk(item)));
    else if (v && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) {
        places.push({ parent: v as Record<string, unknown>, key: k });
        walk(item);
      }
  };
  const copy = structuredClone(value);
  walk(copy);
  if (!places.length || pick % (places.length + 1) === places.length) return by;
  const place = places[pick % (places.length + 1)]!;
  (place.parent as Record<string | number, unknown>)[place.key] = by;
  return copy;
}

/** Valid-ish values 60 %, one hostile field 30 %, an unknown extra key 10 %. */
export function payloadArb(schema: unknown, ids: readonly string[]): fc.Arbitrary<unknown> {
  const json = jsonSchemaOf(schema);
  const valid = validArb(json, json, ids);
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    {
      weight: 3,
      arbitrary: fc.tuple(valid, fc.nat(), hostile).map(([v, i, h]) => replaceAt(v, i, h)),
    },
    {
      weight: 1,
      arbitrary: valid.map((v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? { ...v, unexpectedField: 1 } : v,
      ),
    },
  );
}
