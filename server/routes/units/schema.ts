import { z } from 'zod';
import {
  communeTypes,
  unitEventKinds,
  unitEventRoles,
  unitKinds,
} from '../../../shared/unit-kinds.ts';
import { importModes } from '../../services/units-import.ts';

const isoDate = z.iso.date();
const code = z.string().trim().min(1).max(50);
const name = z.string().trim().min(1).max(300);
const shortName = z.string().trim().max(100).nullable().optional();
const basis = z.string().trim().max(2000).nullable().optional();
const share = z.string().trim().max(500).nullable().optional();
const kind = z.enum(unitKinds);
/** Only for units of kind `commune` (checked by the planner, as a field error). */
const communeType = z.enum(communeTypes).nullable().optional();

export const unitIdParams = z.object({ id: z.uuid() });
export const treeQuery = z.object({ asOf: isoDate.optional() });

export const unitAbilities = z.object({
  rename: z.boolean(),
  move: z.boolean(),
  dissolve: z.boolean(),
  createChild: z.boolean(),
});

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
export const treeResponse = z.object({ asOf: z.string(), units: z.array(treeUnit) });
export type TreeResponse = z.infer<typeof treeResponse>;

export const unitDetailResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  kind,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  versions: z.array(
    z.object({
      name: z.string(),
      shortName: z.string().nullable(),
      parentId: z.uuid().nullable(),
      parentName: z.string().nullable(),
      communeType: z.enum(communeTypes).nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(unitEventKinds),
      effectiveDate: z.string(),
      basis: z.string().nullable(),
      note: z.string().nullable(),
      /** false: parties from an unchecked source, to be corrected by the successor import. */
      verified: z.boolean(),
      parties: z.array(
        z.object({
          unitId: z.uuid(),
          unitName: z.string(),
          role: z.enum(unitEventRoles),
          share: z.string().nullable(),
        }),
      ),
    }),
  ),
  abilities: unitAbilities,
});
export type UnitDetailResponse = z.infer<typeof unitDetailResponse>;

const lineageEntry = z.object({
  unitId: z.uuid(),
  name: z.string(),
  code: z.string(),
  kind: z.string(),
  eventKind: z.enum(unitEventKinds),
  effectiveDate: z.string(),
  share: z.string().nullable(),
  depth: z.int(),
  verified: z.boolean(),
});
export const lineageResponse = z.object({
  predecessors: z.array(lineageEntry),
  successors: z.array(lineageEntry),
});
export type LineageResponse = z.infer<typeof lineageResponse>;

export const createUnitBody = z.object({
  code,
  kind,
  name,
  shortName,
  parentId: z.uuid().nullable().optional(),
  communeType,
  validFrom: isoDate,
  basis,
});
export const renameBody = z.object({ name, shortName, communeType, effectiveDate: isoDate, basis });
export const moveBody = z.object({ parentId: z.uuid(), effectiveDate: isoDate, basis });

const existingSuccessor = z.object({ unitId: z.uuid(), share });
const newSuccessor = z.object({ code, kind, name, shortName, communeType, share });
export const mergeBody = z.object({
  predecessorIds: z.array(z.uuid()).min(1).max(200),
  successor: z.union([
    existingSuccessor,
    newSuccessor.extend({ parentId: z.uuid().nullable().optional() }),
  ]),
  effectiveDate: isoDate,
  basis,
});
export const splitBody = z.object({
  successors: z
    .array(z.union([existingSuccessor, newSuccessor]))
    .min(2)
    .max(50),
  /** child unit id → position in `successors` */
  childrenTo: z.record(z.uuid(), z.int().min(0)).optional(),
  effectiveDate: isoDate,
  basis,
});
export const dissolveBody = z.object({
  effectiveDate: isoDate,
  basis,
  successorId: z.uuid().nullable().optional(),
});

export const importQuery = z.object({ mode: z.enum(importModes).default('validate') });
export const importReport = z.object({
  total: z.int(),
  valid: z.int(),
  created: z.int(),
  errors: z.array(z.object({ row: z.int(), field: z.string(), message: z.string() })),
});
