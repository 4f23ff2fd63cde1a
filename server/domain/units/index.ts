/** Org units with history: pure planning and reading; see DOMAIN.md §4. */
export * from './types.ts';
export { addDays, isIsoDate, within } from './dates.ts';
export {
  ancestorsOn,
  applyPlan,
  indexState,
  lastDay,
  isActive,
  mergePlans,
  nodeOn,
  nodeOnOrBefore,
  versionOn,
  type UnitIndex,
} from './state.ts';
export { hasCycle, orderForest, treeAsOf } from './tree.ts';
export { lineage, type Lineage, type LineageEntry } from './lineage.ts';
export {
  isUnitKind,
  planCreate,
  planMove,
  planRename,
  type CreateCommand,
  type MoveCommand,
  type RenameCommand,
} from './basic.ts';
export { isExisting, planMerge, type MergeCommand, type SuccessorInput } from './merge.ts';
export { planSplit, type SplitCommand } from './split.ts';
export { planDissolve, type DissolveCommand } from './dissolve.ts';
export {
  normalizeDate,
  planUnitImport,
  type ImportOutcome,
  type RowError,
  type UnitImportRow,
} from './import.ts';
export {
  planSuccessionImport,
  type ProvisionalLink,
  type SuccessionOutcome,
  type SuccessionRow,
} from './successions.ts';
export { matchUnit, normaliseName, type NameAliases, type NameMatch } from './name-match.ts';
export { activeInYear, checkMembers, type MemberInput, type OtherMembership } from './blocks.ts';
