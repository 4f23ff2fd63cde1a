/** Kinds of org unit (BRIEF.md §3). */
export const unitKinds = [
  'province',
  'provincial_department',
  'mass_organisation',
  'district',
  'commune',
  'enterprise',
  'cooperative',
  'other_organisation',
  'sub_unit',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const unitEventKinds = ['create', 'rename', 'move', 'merge', 'split', 'dissolve'] as const;
export type UnitEventKind = (typeof unitEventKinds)[number];

export const unitEventRoles = ['predecessor', 'successor', 'subject'] as const;
export type UnitEventRole = (typeof unitEventRoles)[number];

export const blockKinds = ['block', 'cluster'] as const;
export type BlockKind = (typeof blockKinds)[number];
