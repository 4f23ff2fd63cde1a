import { compareNames } from '../../../shared/collation.ts';
import { within } from './dates.ts';
import { toNode } from './state.ts';
import type { TreeNode, Unit, UnitVersion } from './types.ts';

/**
 * The forest of units active on `date`, flat in depth-first order with siblings sorted by
 * Vietnamese collation of their names, so a client can render it as an indented list.
 * A unit whose parent is not active that day (inconsistent history) is shown as a root
 * rather than hidden.
 */
export function treeAsOf(
  units: readonly Unit[],
  versions: readonly UnitVersion[],
  date: string,
): TreeNode[] {
  const active = new Map(
    units.filter((u) => within(u.validFrom, u.validTo, date)).map((u) => [u.id, u]),
  );
  const nodes = new Map<string, TreeNode>();
  for (const v of versions) {
    const unit = active.get(v.unitId);
    if (unit && within(v.validFrom, v.validTo, date) && !nodes.has(unit.id))
      nodes.set(unit.id, toNode(unit, v));
  }
  return orderForest([...nodes.values()]);
}

/** Depth-first, siblings by name (then code, so the order is total and stable). */
export function orderForest(nodes: readonly TreeNode[]): TreeNode[] {
  const present = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, TreeNode[]>();
  for (const node of nodes) {
    const parent =
      node.parentId && present.has(node.parentId) && node.parentId !== node.id
        ? node.parentId
        : null;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  for (const list of children.values())
    list.sort(
      (a, b) => compareNames(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  const out: TreeNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const node of children.get(parent) ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push(node);
      visit(node.id);
    }
  };
  visit(null);
  // Units caught in a parent cycle are unreachable from a root; list them last rather than lose them.
  for (const node of nodes) if (!seen.has(node.id)) out.push(node);
  return out;
}

/** Parent links of a forest; a cycle means the history is broken. */
export function hasCycle(nodes: readonly Pick<TreeNode, 'id' | 'parentId'>[]): boolean {
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of parent.keys()) {
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current && parent.has(current) && state.get(current) !== 'done') {
      if (state.get(current) === 'visiting') return true;
      state.set(current, 'visiting');
      path.push(current);
      current = parent.get(current);
    }
    for (const id of path) state.set(id, 'done');
  }
  return false;
}
