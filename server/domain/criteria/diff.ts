import type { CriteriaContent, Criterion } from '../../../shared/contracts/criteria-content.ts';

/** Where a criterion sits: its group's position and name, and its own position. */
export interface Placed {
  group: number;
  groupName: string;
  position: number;
  criterion: Criterion;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface CriteriaDiff {
  added: Placed[];
  removed: Placed[];
  changed: { code: string; before: Placed; after: Placed; fields: FieldChange[] }[];
}

function placed(content: CriteriaContent): Map<string, Placed> {
  const out = new Map<string, Placed>();
  content.groups.forEach((g, group) =>
    g.criteria.forEach((criterion, position) =>
      out.set(criterion.code, { group, groupName: g.name.vi, position, criterion }),
    ),
  );
  return out;
}

/** Flattens nested values to dotted keys so a change names the exact field. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two criteria of one code (including moving group). */
export function changedFields(before: Placed, after: Placed): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before.criterion, '', a);
  flatten(after.criterion, '', b);
  const fields: FieldChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()]))
    if (!same(a.get(key), b.get(key)))
      fields.push({ field: key, before: a.get(key) ?? null, after: b.get(key) ?? null });
  if (before.groupName !== after.groupName)
    fields.push({ field: 'group', before: before.groupName, after: after.groupName });
  return fields;
}

/** Criteria added, removed and changed (by code) from version `a` to version `b`. */
export function diffVersions(a: CriteriaContent, b: CriteriaContent): CriteriaDiff {
  const from = placed(a);
  const to = placed(b);
  const diff: CriteriaDiff = { added: [], removed: [], changed: [] };
  for (const [code, p] of to) {
    const before = from.get(code);
    if (!before) diff.added.push(p);
    else {
      const fields = changedFields(before, p);
      if (fields.length) diff.changed.push({ code, before, after: p, fields });
    }
  }
  for (const [code, p] of from) if (!to.has(code)) diff.removed.push(p);
  return diff;
}
