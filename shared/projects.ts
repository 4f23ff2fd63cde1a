/**
 * Enumerations of the public-investment project register (issue 13), with the OC4IDS 0.9.5
 * codes each maps to (shared/standards/oc4ids/codelists).
 */
export const projectSectors = [
  'transport',
  'energy',
  'small_hydropower',
  'digital',
  'agriculture_rural',
  'urban_technical',
  'climate_adaptation',
  'health',
  'education',
  'culture',
  'market',
  'supermarket',
] as const;
export type ProjectSector = (typeof projectSectors)[number];

/** projectSector.csv codes. */
export const oc4idsSector: Record<ProjectSector, string> = {
  transport: 'transport.road',
  energy: 'energy',
  small_hydropower: 'energy.hydropower',
  digital: 'communications',
  agriculture_rural: 'economy',
  urban_technical: 'waterAndWaste',
  climate_adaptation: 'naturalResources.floodProtection',
  health: 'health',
  education: 'education',
  culture: 'cultureSportsAndRecreation',
  market: 'economy',
  supermarket: 'economy',
};

export const projectTypes = ['new', 'rehabilitation', 'expansion', 'replacement'] as const;
export type ProjectType = (typeof projectTypes)[number];
/** projectType.csv codes. */
export const oc4idsType: Record<ProjectType, string> = {
  new: 'construction',
  rehabilitation: 'rehabilitation',
  expansion: 'expansion',
  replacement: 'replacement',
};

export const projectStatuses = [
  'preparation',
  'implementation',
  'completion',
  'operation',
  'cancelled',
] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
/** projectStatus.csv codes. */
export const oc4idsStatus: Record<ProjectStatus, string> = {
  preparation: 'preparation',
  implementation: 'implementation',
  completion: 'completion',
  operation: 'maintenance',
  cancelled: 'cancelled',
};

export const keyLevels = ['province', 'national'] as const;
export type KeyLevel = (typeof keyLevels)[number];

export const fundingSources = ['central_budget', 'local_budget', 'oda', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

export const contributorKinds = ['household', 'person', 'enterprise'] as const;
export type ContributorKind = (typeof contributorKinds)[number];

export const milestoneStates = ['pending', 'ahead', 'on_time', 'late', 'overdue'] as const;
export type MilestoneState = (typeof milestoneStates)[number];

/** Small hydropower is at most 30 MW. */
export const smallHydropowerMaxMw = 30;
