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

/**
 * What kind of commune-level unit a `commune` is, on a version of it: xã, phường, thị trấn
 * (until 2025-06-30) or đặc khu (from 2025-07-01). Some titles depend on it (NĐ 152/2025 Đ.50 k.2 c).
 */
export const communeTypes = ['rural_commune', 'ward', 'township', 'special_zone'] as const;
export type CommuneType = (typeof communeTypes)[number];

export const unitEventKinds = ['create', 'rename', 'move', 'merge', 'split', 'dissolve'] as const;
export type UnitEventKind = (typeof unitEventKinds)[number];

export const unitEventRoles = ['predecessor', 'successor', 'subject'] as const;
export type UnitEventRole = (typeof unitEventRoles)[number];

export const blockKinds = ['block', 'cluster'] as const;
export type BlockKind = (typeof blockKinds)[number];
