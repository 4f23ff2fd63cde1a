/** The org unit tree with its history: read as of a day, change by dated events, import from Excel. */
import { z } from 'zod';
import { communeTypes, unitEventKinds, unitEventRoles, unitKinds } from '../unit-kinds.ts';
import { idParams, input, isoDay } from './common.ts';

const code = z.string().trim().min(1).max(50);
const name = z.string().trim().min(1).max(300);
const shortName = z.string().trim().max(100).nullable().optional();
const basis = z.string().trim().max(2000).nullable().optional();
const share = z.string().trim().max(500).nullable().optional();
const kind = z.enum(unitKinds);
/** Only for units of kind `commune` (checked by the planner, as a field error). */
const communeType = z.enum(communeTypes).nullable().optional();

export const unitIdParams = idParams;
export const treeQuery = input({ asOf: isoDay.optional() });

export const unitAbilities = z.object({
  rename: z.boolean(),
  move: z.boolean(),
  dissolve: z.boolean(),
  createChild: z.boolean(),
});
export type UnitAbilities = z.infer<typeof unitAbilities>;

/** One unit as it stands on `asOf`; the tree is a flat, depth-first list of these. */
export const treeUnit = z.object({
  id: z.uuid(),
  code: z.string(),
  kind,
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  communeType: z.enum(communeTypes).nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  abilities: unitAbilities,
});
export type TreeUnit = z.infer<typeof treeUnit>;
export const treeResponse = z.object({ asOf: z.string(), units: z.array(treeUnit) });
export type TreeResponse = z.infer<typeof treeResponse>;

export const unitParty = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  role: z.enum(unitEventRoles),
  share: z.string().nullable(),
});
export type UnitParty = z.infer<typeof unitParty>;

export const unitEvent = z.object({
  id: z.uuid(),
  kind: z.enum(unitEventKinds),
  effectiveDate: z.string(),
  basis: z.string().nullable(),
  note: z.string().nullable(),
  /** false: parties from an unchecked source, to be corrected by the successor import. */
  verified: z.boolean(),
  parties: z.array(unitParty),
});
export type UnitEventResponse = z.infer<typeof unitEvent>;

export const unitVersion = z.object({
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  communeType: z.enum(communeTypes).nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type UnitVersionResponse = z.infer<typeof unitVersion>;

export const unitDetailResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  kind,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  versions: z.array(unitVersion),
  events: z.array(unitEvent),
  abilities: unitAbilities,
});
export type UnitDetailResponse = z.infer<typeof unitDetailResponse>;

export const lineageEntry = z.object({
  unitId: z.uuid(),
  name: z.string(),
  code: z.string(),
  kind: z.string(),
  eventKind: z.enum(unitEventKinds),
  effectiveDate: z.string(),
  share: z.string().nullable(),
  depth: z.int32(),
  verified: z.boolean(),
});
export type LineageEntryResponse = z.infer<typeof lineageEntry>;
export const lineageResponse = z.object({
  predecessors: z.array(lineageEntry),
  successors: z.array(lineageEntry),
});
export type LineageResponse = z.infer<typeof lineageResponse>;

export const createUnitBody = input({
  code,
  kind,
  name,
  shortName,
  parentId: z.uuid().nullable().optional(),
  communeType,
  validFrom: isoDay,
  /** A unit recorded after it ended: its end (exclusive), within its parent's lifetime. */
  validTo: isoDay.nullable().optional(),
  basis,
});
export type CreateUnitInput = z.input<typeof createUnitBody>;
export const renameBody = input({ name, shortName, communeType, effectiveDate: isoDay, basis });
export type RenameUnitInput = z.input<typeof renameBody>;
export const moveBody = input({ parentId: z.uuid(), effectiveDate: isoDay, basis });
export type MoveUnitInput = z.input<typeof moveBody>;

const existingSuccessor = input({ unitId: z.uuid(), share });
const newSuccessor = input({ code, kind, name, shortName, communeType, share });
export const mergeBody = input({
  predecessorIds: z.array(z.uuid()).min(1).max(200),
  successor: z.union([
    existingSuccessor,
    newSuccessor.extend({ parentId: z.uuid().nullable().optional() }),
  ]),
  effectiveDate: isoDay,
  basis,
});
export type MergeUnitsInput = z.input<typeof mergeBody>;
export const splitBody = input({
  successors: z
    .array(z.union([existingSuccessor, newSuccessor]))
    .min(2)
    .max(50),
  /** child unit id → position in `successors` */
  childrenTo: z.record(z.uuid(), z.int32().min(0)).optional(),
  effectiveDate: isoDay,
  basis,
});
export type SplitUnitInput = z.input<typeof splitBody>;
export const dissolveBody = input({
  effectiveDate: isoDay,
  basis,
  successorId: z.uuid().nullable().optional(),
});
export type DissolveUnitInput = z.input<typeof dissolveBody>;
