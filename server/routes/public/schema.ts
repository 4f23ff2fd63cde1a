import { z } from 'zod';

const text = z.object({ vi: z.string(), en: z.string() });
const section = z.object({ clause: z.string(), text });

export const movementSummary = z.object({
  code: z.string(),
  title: text,
  startYear: z.int(),
  endYear: z.int(),
  phases: z.array(
    z.object({
      code: z.string(),
      name: text,
      startYear: z.int(),
      endYear: z.int(),
      description: text,
      milestones: z.array(
        z.object({
          kind: z.string(),
          dueYear: z.int(),
          dueQuarter: z.int().nullable(),
          name: text,
        }),
      ),
    }),
  ),
  contentLines: z.array(section.extend({ area: z.enum(['infrastructure', 'thrift']) })),
  targets: z.array(
    z.object({
      code: z.string(),
      area: z.string(),
      name: text,
      measure: z.string(),
      direction: z.string(),
      clause: z.string(),
      source: z.string(),
      baselineYear: z.int().nullable(),
      baselineValue: z.number().nullable(),
      values: z.array(
        z.object({
          year: z.int(),
          value: z.number(),
          comparator: z.string(),
          note: text.nullable(),
        }),
      ),
    }),
  ),
});

const unitRef = z.object({ id: z.uuid(), name: z.string() });

export const movementDetail = movementSummary.extend({
  document: z.string().nullable(),
  signer: z.string().nullable(),
  issuer: unitRef.nullable(),
  legalBases: z.array(section),
  purposes: z.array(section),
  requirements: z.array(section),
  solutions: z.array(section),
  commendationForms: z.array(section),
  duties: z.array(section.extend({ unitId: z.uuid().nullable(), unitName: z.string().nullable() })),
  categories: z.array(
    z.object({
      code: z.string(),
      clause: z.string(),
      name: text,
      groups: z.array(
        z.object({
          code: z.string(),
          name: text,
          criteria: z.array(z.object({ code: z.string(), text })),
        }),
      ),
    }),
  ),
  sectors: z.array(
    z.object({
      code: z.string(),
      name: text,
      duty: text,
      leadUnit: unitRef,
      currentLead: unitRef.nullable(),
    }),
  ),
});

export type MovementSummary = z.infer<typeof movementSummary>;
export type MovementDetail = z.infer<typeof movementDetail>;
