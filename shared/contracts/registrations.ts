/**
 * Yearly emulation registration (issue 3, item 5): periods, unit registrations with their
 * commitments, the office's overview, and the clusters' joint pledges.
 */
import { z } from 'zod';
import { idParams, input, isoDay, localized, queryYear, version, year } from './common.ts';
import { criteriaSetKinds } from './criteria.ts';

/** Where a unit stands in a registration period (late: the deadline passed unsubmitted). */
export const registrationStatuses = ['not_registered', 'draft', 'submitted', 'late'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
/** A saved registration is a draft until its head submits it. */
export const savedRegistrationStatuses = ['draft', 'submitted'] as const;
export type SavedRegistrationStatus = (typeof savedRegistrationStatuses)[number];

export const periodBody = input({
  movementCode: z.string().trim().min(1).max(60),
  year,
  opensOn: isoDay,
  deadline: isoDay,
});
export type PeriodInput = z.input<typeof periodBody>;
export const periodListQuery = input({ year: queryYear.optional() });
export const periodIdParams = idParams;
export const registrationListQuery = input({ periodId: z.uuid() });
export const registrationParams = input({ periodId: z.uuid(), unitId: z.uuid() });

const code = z.string().trim().min(1).max(40);
const commitmentFields = {
  /** Committed value per quantitative criterion code. */
  values: z.record(code, z.number()),
  /** Award codes of collective titles the unit aims at. */
  collectiveTitles: z.array(code).max(20),
  note: z.string().trim().max(2000),
};
/** What a unit commits to for the year; individual titles: how many members aim at each. */
export const commitmentsBody = input({
  ...commitmentFields,
  individualTitles: z.array(input({ code, count: z.number() })).max(20),
});
export type Commitments = z.infer<typeof commitmentsBody>;
export type IndividualAim = Commitments['individualTitles'][number];
const commitmentsResponse = z.object({
  ...commitmentFields,
  individualTitles: z.array(z.object({ code, count: z.number() })),
});

export const draftBody = input({
  criteriaSetId: z.uuid(),
  criteriaVersion: version,
  commitments: commitmentsBody,
  /** The version read; omitted when the registration is created. */
  version: version.optional(),
});
export type DraftInput = z.input<typeof draftBody>;
export const submitBody = input({ version });
export type SubmitInput = z.input<typeof submitBody>;
/** A header object: lowercase names, other headers (cookies, host…) always present. */
export const submitHeaders = z.object({
  'idempotency-key': z.string().trim().min(8).max(200),
});

export const periodResponse = z.object({
  id: z.uuid(),
  movementId: z.uuid(),
  movementCode: z.string(),
  year: z.int32(),
  opensOn: z.string(),
  deadline: z.string(),
});
export type PeriodResponse = z.infer<typeof periodResponse>;
export const periodListResponse = z.object({
  periods: z.array(periodResponse),
  abilities: z.object({ create: z.boolean(), overview: z.boolean() }),
});
export type PeriodListResponse = z.infer<typeof periodListResponse>;

/** A published criteria version the unit may register against (ADR 0016). */
export const judgingChoice = z.object({
  criteriaSetId: z.uuid(),
  criteriaVersion: z.int32(),
  code: z.string(),
  kind: z.enum(criteriaSetKinds),
  name: localized,
});
export type JudgingChoice = z.infer<typeof judgingChoice>;

export const registrationResponse = z.object({
  periodId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: z.string(),
  /** null: the unit has not saved anything yet. */
  status: z.enum(savedRegistrationStatuses).nullable(),
  criteriaSetId: z.uuid().nullable(),
  criteriaVersion: z.int32().nullable(),
  commitments: commitmentsResponse.nullable(),
  submittedAt: z.string().nullable(),
  version: z.int32().nullable(),
  abilities: z.object({ read: z.boolean(), save: z.boolean(), submit: z.boolean() }),
  /** The versions the unit may register against this year, the default (its category's) first. */
  choices: z.array(judgingChoice),
});
export type RegistrationResponse = z.infer<typeof registrationResponse>;
export const registrationListResponse = z.object({
  period: periodResponse,
  registrations: z.array(registrationResponse),
  /** The units where the actor is head or officer that are expected to register. */
  mine: z.array(registrationResponse),
});
export type RegistrationListResponse = z.infer<typeof registrationListResponse>;

export const overviewResponse = z.object({
  period: periodResponse,
  counts: z.record(z.enum(registrationStatuses), z.int32()),
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
export type OverviewResponse = z.infer<typeof overviewResponse>;
