/** Versioned criteria sets (issue 3): list, read, save draft, publish, new version, diff. */
import { z } from 'zod';
import { idParams, input, localized, unitName, version } from './common.ts';
import { criterionSchema, scoringSchema } from './criteria-content.ts';

/** A version is drafted, published once, and superseded when the next one is published. */
export const versionStatuses = ['draft', 'published', 'superseded'] as const;
export type VersionStatus = (typeof versionStatuses)[number];
/** A set judges a category of units or a sector (led by a department). */
export const criteriaSetKinds = ['category', 'sector'] as const;
export type CriteriaSetKind = (typeof criteriaSetKinds)[number];

const versionNumber = z.coerce.number().pipe(version);

export const setParams = idParams;
export const versionParams = input({ id: z.uuid(), n: versionNumber });

export const listQuery = input({
  movement: z.string().trim().min(1).max(60).optional(),
  sector: z.string().trim().min(1).max(60).optional(),
  category: z.string().trim().min(1).max(60).optional(),
});
export type CriteriaListQuery = z.input<typeof listQuery>;

/** The content is checked by the domain (field paths like groups.0.criteria.2.maxPoints). */
export const saveDraftBody = input({ revision: version, content: z.unknown() });
export type SaveDraftInput = z.input<typeof saveDraftBody>;
export const newVersionBody = input({ from: version });
export type NewVersionInput = z.input<typeof newVersionBody>;
export const diffQuery = input({ from: versionNumber, to: versionNumber });

const status = z.enum(versionStatuses);

export const versionSummary = z.object({
  number: z.int32(),
  status,
  basedOn: z.int32().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const setSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(criteriaSetKinds),
  name: localized,
  movementCode: z.string(),
  startYear: z.int32(),
  endYear: z.int32(),
  categoryCode: z.string().nullable(),
  sectorCode: z.string().nullable(),
  leadUnit: unitName.nullable(),
});
export type CriteriaSetSummary = z.infer<typeof setSummary>;

export const setListItem = setSummary.extend({
  latest: versionSummary,
  publishedNumber: z.int32().nullable(),
  criteriaCount: z.int32(),
  abilities: z.object({ edit: z.boolean(), publish: z.boolean() }),
});
export type CriteriaSetItem = z.infer<typeof setListItem>;
export const setListResponse = z.object({ sets: z.array(setListItem) });
export type CriteriaSetListResponse = z.infer<typeof setListResponse>;

const contentResponse = z.object({
  groups: z.array(z.object({ name: localized, criteria: z.array(criterionSchema) })),
  scoring: scoringSchema.optional(),
});

export const versionResponse = z.object({
  set: setSummary,
  number: z.int32(),
  status,
  basedOn: z.int32().nullable(),
  revision: z.int32(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  content: contentResponse,
  versions: z.array(versionSummary),
  abilities: z.object({
    save: z.boolean(),
    publish: z.boolean(),
    newVersion: z.boolean(),
    edit: z.boolean(),
  }),
});
export type CriteriaVersionResponse = z.infer<typeof versionResponse>;

/** Where a criterion sits: its group's position and name, and its own position. */
const placed = z.object({
  group: z.int32(),
  groupName: z.string(),
  position: z.int32(),
  criterion: criterionSchema,
});
export type PlacedCriterion = z.infer<typeof placed>;

export const diffResponse = z.object({
  set: setSummary,
  from: versionSummary,
  to: versionSummary,
  added: z.array(placed),
  removed: z.array(placed),
  changed: z.array(
    z.object({
      code: z.string(),
      before: placed,
      after: placed,
      fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
});
export type CriteriaDiffResponse = z.infer<typeof diffResponse>;
