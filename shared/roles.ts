/** Roles of BRIEF.md §2; each is granted on an org unit and covers its subtree. */
export const roles = [
  'admin',
  'emulation_office',
  'leader',
  'council_member',
  'council_secretary',
  'sector_lead',
  'unit_head',
  'unit_officer',
  'supervisor',
] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role =>
  (roles as readonly string[]).includes(value);
