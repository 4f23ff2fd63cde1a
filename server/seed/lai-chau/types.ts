import type {
  CommuneType,
  UnitEventKind,
  UnitEventRole,
  UnitKind,
} from '../../../shared/unit-kinds.ts';

/** A date as YYYY-MM-DD, the form the `date` columns take. */
export type IsoDate = string;

/** An org unit as it first appears in the seed; later changes come from events. */
export interface SeedUnit {
  code: string;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  /** Code of the parent unit; null for the root. */
  parentCode: string | null;
  validFrom: IsoDate;
  /** xã → rural_commune, phường → ward; only for kind `commune`. */
  communeType?: CommuneType;
}

export interface SeedEventParty {
  unit: string;
  role: UnitEventRole;
  /** What passed to this successor when it took only a share. */
  share?: string;
}

/** A change to the unit tree with its legal basis (unit_events + unit_event_parties). */
export interface SeedUnitEvent {
  /** Stable key for tests and logs; not stored. */
  key: string;
  kind: UnitEventKind;
  effectiveDate: IsoDate;
  basis: string;
  note: string | null;
  parties: SeedEventParty[];
  /** move: the subject's new parent. */
  moveTo?: string;
  /** rename: the subject's new name. */
  renameTo?: { name: string; shortName: string | null };
  /** false when the parties come from a source nobody has checked (unit_events.verified). */
  verified?: boolean;
}

export interface ResolvedVersion {
  name: string;
  shortName: string | null;
  parentCode: string | null;
  communeType: CommuneType | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** A unit with its whole history: what gets written to units + unit_versions. */
export interface ResolvedUnit {
  code: string;
  kind: UnitKind;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  versions: ResolvedVersion[];
}

/** Kinds of movement_sections rows the seed writes. */
export const sectionKinds = [
  'legal_basis',
  'purpose',
  'requirement',
  'participants',
  'content_intro',
  'content_line',
  'commendation_form',
  'commendation_standard',
  'solution',
  'duty',
  'closing',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

export const contentAreas = ['infrastructure', 'thrift'] as const;
export type ContentArea = (typeof contentAreas)[number];

/** A numbered passage of the plan, verbatim, with an English rendering. */
export interface SeedSection {
  kind: SectionKind;
  area?: ContentArea;
  clause: string;
  vi: string;
  en: string;
  /** Code of the unit a duty is assigned to, where the plan names one. */
  unit?: string;
}

export interface SeedPhase {
  code: string;
  nameVi: string;
  nameEn: string;
  startYear: number;
  endYear: number;
  descriptionVi: string;
  descriptionEn: string;
  milestones: SeedMilestone[];
}

export const milestoneKinds = ['plan_issued', 'interim_review', 'final_review'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export interface SeedMilestone {
  kind: MilestoneKind;
  dueYear: number;
  dueQuarter: number | null;
  nameVi: string;
  nameEn: string;
}

export interface SeedCriterion {
  code: string;
  vi: string;
  en: string;
}

export interface SeedCriteriaGroup {
  code: string;
  vi: string;
  en: string;
  criteria: SeedCriterion[];
}

export interface SeedCategory {
  code: string;
  clause: string;
  nameVi: string;
  nameEn: string;
  groups: SeedCriteriaGroup[];
}

export const measures = ['percent', 'count', 'percent_change', 'done'] as const;
export type Measure = (typeof measures)[number];
export const directions = ['higher', 'lower', 'target'] as const;
export type Direction = (typeof directions)[number];
export const comparators = ['≥', '≤', '<', '>', '≈', '='] as const;
export type Comparator = (typeof comparators)[number];

export interface SeedTargetValue {
  year: number;
  value: number;
  comparator: Comparator;
  noteVi?: string;
  noteEn?: string;
}

export interface SeedTarget {
  code: string;
  area: ContentArea;
  nameVi: string;
  nameEn: string;
  measure: Measure;
  direction: Direction;
  /** The plan's sentence, verbatim. */
  sourceVi: string;
  clause: string;
  baselineYear: number | null;
  baselineValue: number | null;
  values: SeedTargetValue[];
}

export interface SeedSector {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Code of the lead department the plan names. */
  leadUnit: string;
  dutyVi: string;
  dutyEn: string;
  extra: {
    /** The lead as the plan words it (spelling kept). */
    leadAsWordedVi: string;
    /** Whose criteria the department follows, as the plan words it. */
    criteriaFromVi: string;
    criteriaFromEn: string;
    fieldVi: string;
    fieldEn: string;
  };
}

export interface SeedMovement {
  code: string;
  titleVi: string;
  titleEn: string;
  documentVi: string;
  issuerUnit: string;
  signerName: string;
  startYear: number;
  endYear: number;
}

/** Everything the plan defines, as plain data. */
export interface SeedPlan {
  movement: SeedMovement;
  sections: SeedSection[];
  phases: SeedPhase[];
  categories: SeedCategory[];
  targets: SeedTarget[];
  sectors: SeedSector[];
}
