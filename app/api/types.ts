/** Shapes of the API answers the app reads (see server/routes/**). */
import type { Role } from '../../shared/roles.ts';

export type { Role };
export type Text2 = { vi: string; en: string };

export interface Grant {
  id: string;
  role: Role;
  unitId: string;
  unitName: string;
}

export interface Me {
  id: string;
  tenantId: string;
  username: string;
  fullName: string;
  mustChangePassword: boolean;
  csrfToken: string;
  grants: Grant[];
  abilities: { manageUsers: boolean; manageUnits: boolean; readAudit: boolean };
}

export interface UnitAbilities {
  rename: boolean;
  move: boolean;
  dissolve: boolean;
  createChild: boolean;
}

export interface TreeUnit {
  id: string;
  code: string;
  kind: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  communeType?: string | null;
  validFrom: string;
  validTo: string | null;
  abilities: UnitAbilities;
}

export interface UnitTree {
  asOf: string;
  units: TreeUnit[];
}

export interface UnitParty {
  unitId: string;
  unitName: string;
  role: string;
  share: string | null;
}

export interface UnitEvent {
  id: string;
  kind: string;
  effectiveDate: string;
  basis: string | null;
  note: string | null;
  verified: boolean;
  parties: UnitParty[];
}

export interface UnitDetail {
  id: string;
  code: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
  versions: {
    name: string;
    shortName: string | null;
    parentId: string | null;
    parentName: string | null;
    communeType?: string | null;
    validFrom: string;
    validTo: string | null;
  }[];
  events: UnitEvent[];
  abilities: UnitAbilities;
}

export interface LineageLink {
  unitId: string;
  name: string;
  code: string;
  kind: string;
  eventKind: string;
  effectiveDate: string;
  share: string | null;
  depth: number;
  verified: boolean;
}

export interface Lineage {
  predecessors: LineageLink[];
  successors: LineageLink[];
}

export interface ImportResult {
  total: number;
  valid: number;
  created: number;
  errors: { row: number; field: string; message: string }[];
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  grants: Grant[];
  abilities: { update: boolean; resetPassword: boolean };
}

export interface UserList {
  users: User[];
  abilities: { create: boolean };
}
