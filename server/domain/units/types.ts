import type {
  CommuneType,
  UnitEventKind,
  UnitEventRole,
  UnitKind,
} from '../../../shared/unit-kinds.ts';

/** A unit's identity; it exists on [validFrom, validTo), validTo exclusive and null while it lasts. */
export interface Unit {
  id: string;
  code: string;
  kind: UnitKind;
  validFrom: string;
  validTo: string | null;
}

/** One stretch of a unit's life with one name and one parent; [validFrom, validTo). */
export interface UnitVersion {
  id: string;
  unitId: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  /** Only for units of kind `commune`; omitted or null otherwise. */
  communeType?: CommuneType | null | undefined;
  validFrom: string;
  validTo: string | null;
}

export interface EventParty {
  unitId: string;
  role: UnitEventRole;
  /** What passed to this successor when only part of a unit did. */
  share: string | null;
}

export interface UnitEvent {
  id: string;
  kind: UnitEventKind;
  effectiveDate: string;
  basis: string | null;
  note: string | null;
  parties: EventParty[];
  /** false when the parties come from an unchecked source (ADR 0021); omitted means verified. */
  verified?: boolean | undefined;
}

/** Everything a tenant's tree is made of; planners read it whole (hundreds to a few thousand rows). */
export interface UnitState {
  units: Unit[];
  versions: UnitVersion[];
}

/** Rows to write for one command. Versions in `updateVersions` replace the stored row of the same id. */
export interface UnitPlan {
  insertUnits: Unit[];
  endUnits: { id: string; validTo: string }[];
  insertVersions: UnitVersion[];
  updateVersions: UnitVersion[];
  events: UnitEvent[];
}

/** A unit as it stands on one day: identity plus that day's version. */
export interface TreeNode {
  id: string;
  code: string;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  parentId: string | null;
  communeType?: CommuneType | null | undefined;
  validFrom: string;
  validTo: string | null;
}

/** Ids come from outside so the domain stays deterministic. */
export interface PlanContext {
  newId: () => string;
}

export const emptyPlan = (): UnitPlan => ({
  insertUnits: [],
  endUnits: [],
  insertVersions: [],
  updateVersions: [],
  events: [],
});
