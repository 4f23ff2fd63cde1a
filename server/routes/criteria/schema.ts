import { z } from 'zod';
import { criterionSchema } from '../../domain/criteria/content.ts';

export const setParams = z.object({ id: z.uuid() });
export const versionParams = z.object({ id: z.uuid(), n: z.coerce.number().int().min(1) });

export const listQuery = z.object({
  movement: z.string().trim().min(1).max(60).optional(),
  sector: z.string().trim().min(1).max(60).optional(),
  category: z.string().trim().min(1).max(60).optional(),
});

/** The content is checked by the domain (field paths like groups.0.criteria.2.maxPoints). */
export const saveDraftBody = z.object({ revision: z.int().min(1), content: z.unknown() });
export const newVersionBody = z.object({ from: z.int().min(1) });
export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

const localized = z.object({ vi: z.string(), en: z.string() });
const status = z.enum(['draft', 'published', 'superseded']);

const versionSummary = z.object({
  number: z.int(),
  status,
  basedOn: z.int().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

const setSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['category', 'sector']),
  name: localized,
  movementCode: z.string(),
  startYear: z.int(),
  endYear: z.int(),
  categoryCode: z.string().nullable(),
  sectorCode: z.string().nullable(),
  leadUnit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const setListResponse = z.object({
  sets: z.array(
    setSummary.extend({
      latest: versionSummary,
      publishedNumber: z.int().nullable(),
      criteriaCount: z.int(),
      abilities: z.object({ edit: z.boolean(), publish: z.boolean() }),
    }),
  ),
});

const contentResponse = z.object({
  groups: z.array(z.object({ name: localized, criteria: z.array(criterionSchema) })),
});

export const versionResponse = z.object({
  set: setSummary,
  number: z.int(),
  status,
  basedOn: z.int().nullable(),
  revision: z.int(),
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

const placed = z.object({
  group: z.int(),
  groupName: z.string(),
  position: z.int(),
  criterion: criterionSchema,
});

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
