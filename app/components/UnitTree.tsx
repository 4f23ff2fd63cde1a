import { ActionIcon, Badge, Text } from '@mantine/core';
import type { TreeUnit } from '../../shared/contracts/units.ts';
import { useI18n } from '../i18n/index.ts';
import type { TreeIndex } from '../lib/tree.ts';
import { AnchorLink } from './links.tsx';

export interface TreeView {
  index: TreeIndex;
  /** Set while searching: only these units are shown, all expanded. */
  filter: { matches: Set<string>; visible: Set<string> } | null;
  isExpanded: (id: string, depth: number) => boolean;
  toggle: (id: string, open: boolean) => void;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path d="M5 2l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

function Node({ unit, depth, view }: { unit: TreeUnit; depth: number; view: TreeView }) {
  const { t } = useI18n();
  const all = view.index.children.get(unit.id) ?? [];
  const kids = view.filter ? all.filter((c) => view.filter!.visible.has(c.id)) : all;
  const open = view.filter ? kids.length > 0 : view.isExpanded(unit.id, depth);
  const groupId = `unit-children-${unit.id}`;
  return (
    <li>
      <div className="unit-row">
        {kids.length > 0 && !view.filter ? (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size={32}
            aria-expanded={open}
            aria-controls={open ? groupId : undefined}
            aria-label={
              open
                ? t('units.collapse', { name: unit.name })
                : t('units.expand', { name: unit.name })
            }
            onClick={() => view.toggle(unit.id, !open)}
          >
            <Chevron open={open} />
          </ActionIcon>
        ) : (
          <span className="toggle-spacer" />
        )}
        <span className="unit-label">
          <AnchorLink
            to="/units/$id"
            params={{ id: unit.id }}
            data-testid="unit-node"
            data-unit-id={unit.id}
            fw={view.filter?.matches.has(unit.id) ? 700 : 500}
          >
            {unit.name}
          </AnchorLink>
          <Badge variant="outline" color="gray.7" size="sm" style={{ textTransform: 'none' }}>
            {t(`unitKinds.${unit.kind}` as 'unitKinds.province', { defaultValue: unit.kind })}
          </Badge>
          {all.length > 0 && !open && (
            <Text span size="xs" c="dimmed">
              ({all.length})
            </Text>
          )}
        </span>
      </div>
      {open && kids.length > 0 && (
        <ul id={groupId}>
          {kids.map((child) => (
            <Node key={child.id} unit={child} depth={depth + 1} view={view} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Nested lists with disclosure buttons: readable without scripts' ARIA tree semantics. */
export function UnitTree({ view, label }: { view: TreeView; label: string }) {
  const roots = view.filter
    ? view.index.roots.filter((r) => view.filter!.visible.has(r.id))
    : view.index.roots;
  return (
    <ul className="unit-tree" aria-label={label} data-testid="unit-tree">
      {roots.map((root) => (
        <Node key={root.id} unit={root} depth={0} view={view} />
      ))}
    </ul>
  );
}
