import type { PlanChange, PlanDiffPart } from '../../../shared/contracts/plans.ts';
import type {
  PlanContent,
  PlanTargetYear,
  PlanText,
} from '../../../shared/contracts/plan-content.ts';

type Field = PlanChange['fields'][number];
type Shown = string | null;

const str = (v: unknown): Shown =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** A yearly value as printed (Vietnamese decimal comma): "≥ 54,4", an opened year "≥ …". */
export const showValue = (v: PlanTargetYear) =>
  `${v.comparator} ${v.value === null ? '…' : String(v.value).replace('.', ',')}`;

function fieldsOf(before: Record<string, Shown>, after: Record<string, Shown>): Field[] {
  const out: Field[] = [];
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (a !== b) out.push({ field: key, before: a, after: b });
  }
  return out;
}

const text = (prefix: string, t: PlanText) => ({ [`${prefix}.vi`]: t.vi, [`${prefix}.en`]: t.en });

interface Keyed {
  key: string;
  label: string;
  summary: string;
  flat: Record<string, Shown>;
}

/** Each part's items with a stable key, a label, a one-line summary and flattened fields. */
function itemsOf(c: PlanContent, unitName: (id: string) => string): Record<PlanDiffPart, Keyed[]> {
  return {
    header: [
      {
        key: 'plan',
        label: c.title.vi,
        summary: `${c.title.vi} (${c.startYear}–${c.endYear})`,
        flat: { ...text('title', c.title), startYear: str(c.startYear), endYear: str(c.endYear) },
      },
    ],
    sections: c.sections.map((s, i) => ({
      // A clause may hold several passages (VI.1's per-sector duties): the nth keeps its key.
      key: `${s.kind}:${s.clause}#${c.sections.slice(0, i).filter((o) => o.kind === s.kind && o.clause === s.clause).length}`,
      label: s.clause,
      summary: s.text.vi,
      flat: {
        ...text('text', s.text),
        area: s.area,
        unit: s.unitId ? unitName(s.unitId) : null,
      },
    })),
    phases: c.phases.map((p) => ({
      key: p.code,
      label: p.name.vi,
      summary: `${p.name.vi} (${p.startYear}–${p.endYear})`,
      flat: {
        ...text('name', p.name),
        startYear: str(p.startYear),
        endYear: str(p.endYear),
        ...text('description', p.description),
        ...Object.fromEntries(
          p.milestones.map((m, i) => [
            `milestones.${i + 1}`,
            `${m.name.vi} (${m.dueQuarter ? `Q${m.dueQuarter}/` : ''}${m.dueYear})`,
          ]),
        ),
      },
    })),
    categories: c.categories.map((cat) => ({
      key: cat.code,
      label: cat.name.vi,
      summary: `${cat.clause} ${cat.name.vi}`,
      flat: {
        ...text('name', cat.name),
        ...Object.fromEntries(
          cat.groups.flatMap((g) => g.criteria.map((cr) => [`criteria.${cr.code}`, cr.text.vi])),
        ),
      },
    })),
    targets: c.targets.map((t) => ({
      key: t.code,
      label: t.name.vi,
      summary: `${t.name.vi}: ${t.values.map((v) => `${v.year} ${showValue(v)}`).join('; ')}`,
      flat: {
        ...text('name', t.name),
        measure: t.measure,
        direction: t.direction,
        clause: t.clause,
        source: t.source,
        baseline: t.baselineYear === null ? null : `${t.baselineYear}: ${t.baselineValue ?? '—'}`,
        ...Object.fromEntries(t.values.map((v) => [`values.${v.year}`, showValue(v)])),
        ...Object.fromEntries(
          t.values.flatMap((v) => (v.note ? [[`notes.${v.year}`, v.note.vi]] : [])),
        ),
      },
    })),
    sectors: c.sectors.map((s) => ({
      key: s.code,
      label: s.name.vi,
      summary: `${s.name.vi}: ${unitName(s.leadUnitId)}`,
      flat: { ...text('name', s.name), ...text('duty', s.duty), lead: unitName(s.leadUnitId) },
    })),
    recipients: [
      {
        key: 'recipients',
        label: 'Nơi nhận',
        summary: c.recipients.join('; '),
        flat: Object.fromEntries(c.recipients.map((r, i) => [`${i + 1}`, r])),
      },
    ],
  };
}

/**
 * What changed from version `a` to version `b`, part by part and item by item (by code or
 * kind and clause), each change with both sides as text for a side-by-side view.
 */
export function diffPlans(
  a: PlanContent,
  b: PlanContent,
  unitName: (id: string) => string = (id) => id,
): PlanChange[] {
  const from = itemsOf(a, unitName);
  const to = itemsOf(b, unitName);
  const changes: PlanChange[] = [];
  for (const part of Object.keys(to) as PlanDiffPart[]) {
    const before = new Map(from[part].map((i) => [i.key, i]));
    const after = new Map(to[part].map((i) => [i.key, i]));
    for (const [key, item] of after) {
      const old = before.get(key);
      if (!old)
        changes.push({
          part,
          key,
          label: item.label,
          kind: 'added',
          before: null,
          after: item.summary,
          fields: [],
        });
      else {
        const fields = fieldsOf(old.flat, item.flat);
        if (fields.length)
          changes.push({
            part,
            key,
            label: item.label,
            kind: 'changed',
            before: old.summary,
            after: item.summary,
            fields,
          });
      }
    }
    for (const [key, item] of before)
      if (!after.has(key))
        changes.push({
          part,
          key,
          label: item.label,
          kind: 'removed',
          before: item.summary,
          after: null,
          fields: [],
        });
  }
  return changes;
}
