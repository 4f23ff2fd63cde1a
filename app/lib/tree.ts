import { compareUnits } from '../../shared/collation.ts';
import type { TreeUnit } from '../../shared/contracts/units.ts';
import { fold } from './format.ts';

export interface TreeIndex {
  roots: TreeUnit[];
  children: Map<string, TreeUnit[]>;
  byId: Map<string, TreeUnit>;
}

/** The flat list from /api/units/tree as a tree; a unit whose parent is absent is a root. */
export function buildTree(units: TreeUnit[]): TreeIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, TreeUnit[]>();
  const roots: TreeUnit[] = [];
  for (const unit of units) {
    if (unit.parentId && byId.has(unit.parentId)) {
      const list = children.get(unit.parentId) ?? [];
      list.push(unit);
      children.set(unit.parentId, list);
    } else {
      roots.push(unit);
    }
  }
  for (const list of children.values()) list.sort(compareUnits);
  roots.sort(compareUnits);
  return { roots, children, byId };
}

/** Units whose name, short name or code matches (diacritics ignored), plus their ancestors. */
export function matchingIds(
  index: TreeIndex,
  query: string,
): { matches: Set<string>; visible: Set<string> } | null {
  const q = fold(query);
  if (!q) return null;
  const matches = new Set<string>();
  const visible = new Set<string>();
  for (const unit of index.byId.values()) {
    const hay = [unit.name, unit.shortName ?? '', unit.code].map(fold);
    if (!hay.some((h) => h.includes(q))) continue;
    matches.add(unit.id);
    let current: TreeUnit | undefined = unit;
    while (current && !visible.has(current.id)) {
      visible.add(current.id);
      current = current.parentId ? index.byId.get(current.parentId) : undefined;
    }
  }
  return { matches, visible };
}
