import { z } from 'zod';
import { registrationStatuses } from '../../domain/registrations/status.ts';

const isoDay = z.iso.date();
const year = z.coerce.number().int().min(1900).max(2200);

export const periodBody = z.object({
  movementCode: z.string().trim().min(1).max(60),
  year: z.int().min(1900).max(2200),
  opensOn: isoDay,
  deadline: isoDay,
});
export const periodListQuery = z.object({ year: year.optional() });
export const periodIdParams = z.object({ id: z.uuid() });
export const registrationListQuery = z.object({ periodId: z.uuid() });
export const registrationParams = z.object({ periodId: z.uuid(), unitId: z.uuid() });

const code = z.string().trim().min(1).max(40);
export const commitmentsSchema = z.object({
  values: z.record(code, z.number()),
  collectiveTitles: z.array(code).max(20),
  individualTitles: z.array(z.object({ code, count: z.number() })).max(20),
  note: z.string().trim().max(2000),
});

export const draftBody = z.object({
  criteriaSetId: z.uuid(),
  criteriaVersion: z.int().min(1),
  commitments: commitmentsSchema,
  /** The version read; omitted when the registration is created. */
  version: z.int().min(1).optional(),
});
export const submitBody = z.object({ version: z.int().min(1) });
export const submitHeaders = z.object({ 'idempotency-key': z.string().trim().min(8).max(200) });

export const periodResponse = z.object({
  id: z.uuid(),
  movementId: z.uuid(),
  movementCode: z.string(),
  year: z.int(),
  opensOn: z.string(),
  deadline: z.string(),
});
export const periodListResponse = z.object({
  periods: z.array(periodResponse),
  abilities: z.object({ create: z.boolean(), overview: z.boolean() }),
});

/** A published criteria version the unit may register against (ADR 0016). */
export const judgingChoice = z.object({
  criteriaSetId: z.uuid(),
  criteriaVersion: z.int(),
  code: z.string(),
  kind: z.enum(['category', 'sector']),
  name: z.object({ vi: z.string(), en: z.string() }),
});

export const registrationResponse = z.object({
  periodId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: z.string(),
  /** null: the unit has not saved anything yet. */
  status: z.enum(['draft', 'submitted']).nullable(),
  criteriaSetId: z.uuid().nullable(),
  criteriaVersion: z.int().nullable(),
  commitments: commitmentsSchema.nullable(),
  submittedAt: z.string().nullable(),
  version: z.int().nullable(),
  abilities: z.object({ read: z.boolean(), save: z.boolean(), submit: z.boolean() }),
  /** The versions the unit may register against this year, the default (its category's) first. */
  choices: z.array(judgingChoice),
});
export const registrationListResponse = z.object({
  period: periodResponse,
  registrations: z.array(registrationResponse),
  /** The units where the actor is head or officer that are expected to register. */
  mine: z.array(registrationResponse),
});

export const overviewResponse = z.object({
  period: periodResponse,
  counts: z.record(z.enum(registrationStatuses), z.int()),
  rows: z.array(
    z.object({
      unitId: z.uuid(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      status: z.enum(registrationStatuses),
      submittedAt: z.string().nullable(),
    }),
  ),
});

export type RegistrationResponse = z.infer<typeof registrationResponse>;
export type PeriodResponse = z.infer<typeof periodResponse>;
export type OverviewResponse = z.infer<typeof overviewResponse>;

export const pledgeParams = z.object({ id: z.uuid(), year });
export const pledgeBody = z.object({
  text: z.string().trim().min(1).max(20000),
  /** The version read; omitted when the pledge is first drafted. */
  version: z.int().min(1).optional(),
});
export const signBody = z.object({ unitId: z.uuid() });
export const pledgeResponse = z.object({
  blockId: z.uuid(),
  blockName: z.string(),
  year: z.int(),
  text: z.string().nullable(),
  version: z.int().nullable(),
  members: z.array(
    z.object({
      unitId: z.uuid(),
      name: z.string(),
      role: z.string(),
      signedAt: z.string().nullable(),
    }),
  ),
  complete: z.boolean(),
  /** Member units the actor may sign for now (their head, not signed yet). */
  signableUnitIds: z.array(z.uuid()),
  abilities: z.object({ read: z.boolean(), draft: z.boolean(), sign: z.boolean() }),
});
export type PledgeResponse = z.infer<typeof pledgeResponse>;
