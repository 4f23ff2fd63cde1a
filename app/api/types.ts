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

export interface Milestone {
  kind: string;
  dueYear: number;
  dueQuarter: number | null;
  name: Text2;
}

export interface Phase {
  code: string;
  name: Text2;
  startYear: number;
  endYear: number;
  description: Text2;
  milestones: Milestone[];
}

export type Area = 'infrastructure' | 'thrift';

export interface Section {
  clause: string;
  text: Text2;
}

export interface ContentLine extends Section {
  area: Area;
}

export interface TargetValue {
  year: number;
  value: number;
  /** ≥ ≤ < > ≈ = */
  comparator: string;
  note?: Text2 | null;
}

export interface Target {
  code: string;
  area: string;
  name: Text2;
  /** percent | count | percent_change | done */
  measure: string;
  direction: string;
  clause?: string;
  /** The plan's sentence, verbatim (Vietnamese). */
  source?: string;
  baselineYear: number | null;
  baselineValue: number | null;
  values: TargetValue[];
}

export interface MovementSummary {
  code: string;
  title: Text2;
  startYear: number;
  endYear: number;
  phases: Phase[];
  contentLines: ContentLine[];
  targets: Target[];
}

export interface Duty extends Section {
  unitId: string | null;
  unitName: string | null;
}

export interface Category {
  code: string;
  clause: string;
  name: Text2;
  groups: { code: string; name: Text2; criteria: { code: string; text: Text2 }[] }[];
}

export interface Sector {
  code: string;
  name: Text2;
  duty: Text2;
  leadUnit: { id: string; name: string };
  currentLead: { id: string; name: string } | null;
}

export interface MovementDetail extends MovementSummary {
  document?: string | null;
  signer?: string | null;
  issuer?: { id: string; name: string } | null;
  legalBases: Section[];
  purposes: Section[];
  requirements: Section[];
  solutions: Section[];
  commendationForms: Section[];
  duties: Duty[];
  categories: Category[];
  sectors: Sector[];
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
