import type { UnitEventKind } from '../../../shared/unit-kinds.ts';
import type { UnitEvent } from './types.ts';

/** One unit reached through merge/split/dissolve events, with the event of the nearest link. */
export interface LineageEntry {
  unitId: string;
  eventId: string;
  eventKind: UnitEventKind;
  effectiveDate: string;
  share: string | null;
  /** 1 for a direct predecessor or successor, 2 for one of theirs, and so on. */
  depth: number;
  /** false when the nearest link comes from an unverified event (ADR 0021). */
  verified: boolean;
}

export interface Lineage {
  predecessors: LineageEntry[];
  successors: LineageEntry[];
}

interface Edge {
  from: string;
  to: string;
  event: UnitEvent;
  share: string | null;
}

/** predecessor → successor links; the successor's share says what passed, else the predecessor's. */
function edgesOf(events: readonly UnitEvent[]): Edge[] {
  const edges: Edge[] = [];
  for (const event of events) {
    const preds = event.parties.filter((p) => p.role === 'predecessor');
    const succs = event.parties.filter((p) => p.role === 'successor');
    for (const p of preds)
      for (const s of succs)
        if (p.unitId !== s.unitId)
          edges.push({ from: p.unitId, to: s.unitId, event, share: s.share ?? p.share });
  }
  return edges;
}

/** Breadth-first, so each unit is reported once at its smallest depth, through its earliest-listed link. */
function walk(start: string, next: Map<string, Edge[]>, far: (e: Edge) => string): LineageEntry[] {
  const seen = new Set([start]);
  const out: LineageEntry[] = [];
  let frontier = [start];
  for (let depth = 1; frontier.length; depth++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const edge of next.get(id) ?? []) {
        const other = far(edge);
        if (seen.has(other)) continue;
        seen.add(other);
        following.push(other);
        out.push({
          unitId: other,
          eventId: edge.event.id,
          eventKind: edge.event.kind,
          effectiveDate: edge.event.effectiveDate,
          share: edge.share,
          depth,
          verified: edge.event.verified !== false,
        });
      }
    }
    frontier = following;
  }
  return out;
}

/** Every unit `unitId` descends from (predecessors) and that descends from it (successors), transitively. */
export function lineage(unitId: string, events: readonly UnitEvent[]): Lineage {
  const edges = edgesOf(events).sort((a, b) =>
    a.event.effectiveDate < b.event.effectiveDate
      ? -1
      : a.event.effectiveDate > b.event.effectiveDate
        ? 1
        : 0,
  );
  const backward = new Map<string, Edge[]>();
  const forward = new Map<string, Edge[]>();
  for (const e of edges) {
    (backward.get(e.to) ?? backward.set(e.to, []).get(e.to)!).push(e);
    (forward.get(e.from) ?? forward.set(e.from, []).get(e.from)!).push(e);
  }
  return {
    predecessors: walk(unitId, backward, (e) => e.from),
    successors: walk(unitId, forward, (e) => e.to),
  };
}
