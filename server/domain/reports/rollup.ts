import type {
  Aggregation,
  Answers,
  BoardStatus,
  ReportStatus,
} from '../../../shared/contracts/reports.ts';
import type { Criterion } from '../../../shared/contracts/criteria-content.ts';
import { lineage } from '../units/lineage.ts';
import type { UnitEvent } from '../units/types.ts';
import { appliesTo, reportingUnitKinds } from './form.ts';
import { boardStatus, countBoard, countedStatuses, leastAdvanced } from './status.ts';

/** A unit of the tree as of the period's reference date. */
export interface RollupNode {
  id: string;
  parentId: string | null;
  kind: string;
}

/** A report of the period, for a unit that may no longer exist on the reference date. */
export interface RollupReport {
  unitId: string;
  status: ReportStatus;
  answers: Answers;
}

export interface RollupInput {
  nodes: readonly RollupNode[];
  reports: readonly RollupReport[];
  /** Merge, split and dissolve events: how a report of a vanished unit finds its successor. */
  events: readonly UnitEvent[];
  deadline: string;
  today: string;
}

/** An expected unit's standing: its own report, or the reports of the units merged into it. */
export interface UnitEntry {
  status: ReportStatus | null;
  board: BoardStatus;
  /** The reports standing for the unit: its own alone, else its predecessors'. */
  sources: RollupReport[];
  own: boolean;
}

export const isExpected = (n: RollupNode) => reportingUnitKinds.includes(n.kind);

/**
 * The unit present on the reference date that carries on `unitId`: a successor reached through
 * merge/split events, preferring one that took the whole unit (no `share`), then the nearest.
 */
export function successorIn(
  unitId: string,
  events: readonly UnitEvent[],
  present: ReadonlySet<string>,
): string | undefined {
  const candidates = lineage(unitId, events).successors.filter((s) => present.has(s.unitId));
  candidates.sort(
    (a, b) => Number(a.share !== null) - Number(b.share !== null) || a.depth - b.depth,
  );
  return candidates[0]?.unitId;
}

/**
 * Each expected unit of the tree with the reports that stand for it. A unit merged during
 * the period counts once, under its successor: when the successor has a report of its own the
 * predecessors' reports are ignored, otherwise they are combined into it. A report whose unit
 * has no successor in the tree (dissolved) is not counted.
 */
export function unitEntries(input: RollupInput): Map<string, UnitEntry> {
  const present = new Set(input.nodes.map((n) => n.id));
  const own = new Map<string, RollupReport>();
  const inherited = new Map<string, RollupReport[]>();
  for (const r of input.reports) {
    if (present.has(r.unitId)) {
      own.set(r.unitId, r);
      continue;
    }
    const successor = successorIn(r.unitId, input.events, present);
    if (successor) inherited.set(successor, [...(inherited.get(successor) ?? []), r]);
  }
  const out = new Map<string, UnitEntry>();
  for (const n of input.nodes) {
    if (!isExpected(n)) continue;
    const mine = own.get(n.id);
    const sources = mine ? [mine] : (inherited.get(n.id) ?? []);
    const status = sources.length ? leastAdvanced(sources.map((s) => s.status)) : null;
    out.set(n.id, {
      status,
      board: boardStatus(status, input.deadline, input.today),
      sources,
      own: !!mine,
    });
  }
  return out;
}

type Quantitative = Extract<Criterion, { kind: 'quantitative' }>;

/** A report's value for a criterion, when it was sent in and holds a number. */
function reportValue(r: RollupReport, code: string): number | undefined {
  if (!countedStatuses.includes(r.status)) return undefined;
  const v = r.answers[code]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One expected unit's value: its own, or its predecessors' combined by the criterion's rule. */
export function entryValue(entry: UnitEntry, c: Quantitative): number | undefined {
  const values = entry.sources
    .map((s) => reportValue(s, c.code))
    .filter((v): v is number => v !== undefined);
  if (!values.length) return undefined;
  if (entry.own || values.length === 1) return values[0];
  if (c.aggregation === 'sum') return values.reduce((a, b) => a + b, 0);
  if (c.aggregation === 'none') return undefined;
  return mean(values);
}

export interface Aggregate {
  value: number | null;
  reportingUnits: number;
  expectedUnits: number;
}

/** Parent → children over the tree as of the reference date. */
export function childrenIndex(nodes: readonly RollupNode[]): Map<string | null, RollupNode[]> {
  const present = new Set(nodes.map((n) => n.id));
  const out = new Map<string | null, RollupNode[]>();
  for (const n of nodes) {
    const parent = n.parentId && present.has(n.parentId) && n.parentId !== n.id ? n.parentId : null;
    const siblings = out.get(parent);
    if (siblings) siblings.push(n);
    else out.set(parent, [n]);
  }
  return out;
}

/**
 * A criterion's value over a unit's subtree:
 * - `sum`: the sum of every reporting unit's value;
 * - `weighted_average`: the children's values weighted by how many units reported under each,
 *   which is the mean over all reporting units (the criteria carry no better weight);
 * - `average`: the plain mean of the unit's own value and its children's values, each child
 *   counting once whatever its size;
 * - `none`: not aggregated; a unit shows only its own value.
 * `reportingUnits` counts units whose value was counted, `expectedUnits` the units the
 * criterion applies to, in the subtree.
 */
export function aggregate(
  unitId: string,
  c: Quantitative,
  nodes: ReadonlyMap<string, RollupNode>,
  children: ReadonlyMap<string | null, RollupNode[]>,
  entries: ReadonlyMap<string, UnitEntry>,
  seen: Set<string> = new Set(),
): Aggregate {
  seen.add(unitId);
  const node = nodes.get(unitId);
  const entry = entries.get(unitId);
  const applies = !!node && !!entry && appliesTo(c, node.kind);
  const own = applies ? entryValue(entry, c) : undefined;
  const parts = (children.get(unitId) ?? [])
    .filter((child) => !seen.has(child.id))
    .map((child) => aggregate(child.id, c, nodes, children, entries, seen));
  const reportingUnits =
    (own !== undefined ? 1 : 0) + parts.reduce((a, p) => a + p.reportingUnits, 0);
  const expectedUnits = (applies ? 1 : 0) + parts.reduce((a, p) => a + p.expectedUnits, 0);
  const counted = parts.filter((p) => p.reportingUnits > 0 && p.value !== null);
  let value: number | null = null;
  if (c.aggregation === 'none') value = own ?? null;
  else if (reportingUnits > 0) {
    if (c.aggregation === 'sum') value = (own ?? 0) + counted.reduce((a, p) => a + p.value!, 0);
    else if (c.aggregation === 'weighted_average') {
      const weight =
        (own !== undefined ? 1 : 0) + counted.reduce((a, p) => a + p.reportingUnits, 0);
      const total = (own ?? 0) + counted.reduce((a, p) => a + p.value! * p.reportingUnits, 0);
      value = weight ? total / weight : null;
    } else {
      const values = [...(own !== undefined ? [own] : []), ...counted.map((p) => p.value!)];
      value = values.length ? mean(values) : null;
    }
  }
  return { value, reportingUnits, expectedUnits };
}

/** The expected units in a unit's subtree (the unit included). */
export function subtreeOf(
  unitId: string,
  children: ReadonlyMap<string | null, RollupNode[]>,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [unitId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return out;
}

export interface Rollup {
  status: BoardStatus | null;
  statusCounts: Record<BoardStatus, number>;
  children: { id: string; status: BoardStatus | null; statusCounts: Record<BoardStatus, number> }[];
  indicators: ({ code: string; aggregation: Aggregation } & Aggregate)[];
}

/** A unit's subtree as of the reference date: statuses, its children's, and each indicator aggregated. */
export function rollup(
  input: RollupInput,
  unitId: string,
  criteria: readonly Quantitative[],
): Rollup {
  const entries = unitEntries(input);
  const nodes = new Map(input.nodes.map((n) => [n.id, n]));
  const children = childrenIndex(input.nodes);
  const countsOf = (id: string) =>
    countBoard(
      subtreeOf(id, children).flatMap((u) => (entries.has(u) ? [entries.get(u)!.board] : [])),
    );
  return {
    status: entries.get(unitId)?.board ?? null,
    statusCounts: countsOf(unitId),
    children: (children.get(unitId) ?? [])
      .filter((child) => child.id !== unitId)
      .map((child) => ({
        id: child.id,
        status: entries.get(child.id)?.board ?? null,
        statusCounts: countsOf(child.id),
      })),
    indicators: criteria.map((c) => ({
      code: c.code,
      aggregation: c.aggregation,
      ...aggregate(unitId, c, nodes, children, entries),
    })),
  };
}
