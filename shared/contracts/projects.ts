/**
 * Public-investment projects (issue 13): the register, yearly capital plans kept as
 * revisions, monthly disbursement, milestones, community contributions, the open data.
 */
import { z } from 'zod';
import {
  input,
  int32,
  isoDay,
  localized,
  queryYear,
  unitName,
  uuid,
  version,
  year,
} from './common.ts';
import {
  contributorKinds,
  fundingSources,
  keyLevels,
  milestoneStates,
  projectSectors,
  projectStatuses,
  projectTypes,
} from '../projects.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
/** Whole đồng; negatives are refused by the domain with a field error, not by the schema. */
const dong = z.number().int().max(9_000_000_000_000_000);

export const fundingShare = input({ source: z.enum(fundingSources), amount: dong });

export const projectBody = input({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,40}$/),
  name: text(500),
  sector: z.enum(projectSectors),
  type: z.enum(projectTypes),
  investorUnitId: uuid,
  communeUnitIds: z.array(uuid).max(50).default([]),
  keyLevel: z.enum(keyLevels).nullable().default(null),
  status: z.enum(projectStatuses).default('preparation'),
  statusSince: isoDay.optional(),
  plannedStart: isoDay,
  plannedEnd: isoDay,
  actualStart: isoDay.nullable().default(null),
  actualEnd: isoDay.nullable().default(null),
  totalInvestment: dong,
  fundingSources: z.array(fundingShare).max(10).default([]),
  physicalProgress: z.int32().min(0).max(100).default(0),
  capacityMw: z.number().min(0).max(100_000).nullable().default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  description: z.string().trim().max(4000).nullable().default(null),
});
export type ProjectInput = z.input<typeof projectBody>;
export type ProjectFields = z.output<typeof projectBody>;

export const projectUpdateBody = projectBody.omit({ code: true }).extend({ version });

export const planBody = input({
  year,
  fundingSource: z.enum(fundingSources),
  amount: dong,
  decisionNumber: z.string().trim().max(100).nullable().default(null),
  decidedOn: isoDay.nullable().default(null),
  reason: z.string().trim().max(1000).nullable().default(null),
});
export type PlanInput = z.input<typeof planBody>;

export const disbursementBody = input({
  year,
  month: z.int32().min(1).max(12),
  fundingSource: z.enum(fundingSources),
  amount: dong,
});

export const milestoneBody = input({
  title: text(300),
  plannedOn: isoDay,
  actualOn: isoDay.nullable().default(null),
});

export const materialLine = input({
  kind: text(200),
  quantity: z.number().min(0).max(1e12),
  unit: z.string().trim().max(30).default(''),
  value: dong,
});

export const contributionCreateBody = input({
  contributorKind: z.enum(contributorKinds),
  contributorId: uuid.nullable().default(null),
  contributorName: text(300),
  projectId: uuid.nullable().default(null),
  communeUnitId: uuid.nullable().default(null),
  givenOn: isoDay,
  landM2: z.number().min(-1e12).max(1e12).default(0),
  labourDays: z.number().min(-1e9).max(1e9).default(0),
  money: dong.default(0),
  materials: z.array(materialLine).max(50).default([]),
  confirmingUnitId: uuid.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type ContributionInput = z.input<typeof contributionCreateBody>;

export const projectListQuery = input({
  year: queryYear.optional(),
  sector: z.enum(projectSectors).optional(),
  status: z.enum(projectStatuses).optional(),
  investorUnitId: uuid.optional(),
  communeUnitId: uuid.optional(),
  q: z.string().trim().max(200).optional(),
  asOf: isoDay.optional(),
});

export const yearQuery = input({ year: queryYear.optional() });

const planRevision = z.object({
  id: uuid,
  year: int32,
  fundingSource: z.enum(fundingSources),
  revision: int32,
  amount: z.number(),
  decisionNumber: z.string().nullable(),
  decidedOn: z.string().nullable(),
  reason: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});

export const rateView = z.object({
  year: int32,
  plan: z.number(),
  disbursed: z.number(),
  /** disbursed / plan in percent, null without a plan. */
  rate: z.number().nullable(),
});
export type RateView = z.infer<typeof rateView>;

export const milestoneView = z.object({
  id: uuid,
  title: z.string(),
  plannedOn: z.string(),
  actualOn: z.string().nullable(),
  state: z.enum(milestoneStates),
  version: int32,
});

export const contributionView = z.object({
  id: uuid,
  contributorKind: z.enum(contributorKinds),
  contributorId: uuid.nullable(),
  contributorName: z.string(),
  projectId: uuid.nullable(),
  communeUnitId: uuid.nullable(),
  givenOn: z.string(),
  landM2: z.number(),
  labourDays: z.number(),
  money: z.number(),
  materials: z.array(
    z.object({ kind: z.string(), quantity: z.number(), unit: z.string(), value: z.number() }),
  ),
  materialsValue: z.number(),
  confirmingUnitId: uuid.nullable(),
  legacyKind: z.string().nullable(),
  note: z.string().nullable(),
});
export type ContributionView = z.infer<typeof contributionView>;

export const contributionTotals = z.object({
  count: int32,
  landM2: z.number(),
  labourDays: z.number(),
  money: z.number(),
  materialsValue: z.number(),
});

export const projectSummary = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  sector: z.enum(projectSectors),
  type: z.enum(projectTypes),
  status: z.enum(projectStatuses),
  keyLevel: z.enum(keyLevels).nullable(),
  investor: unitName,
  communes: z.array(unitName),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  totalInvestment: z.number(),
  physicalProgress: int32,
  rate: rateView,
});
export type ProjectSummary = z.infer<typeof projectSummary>;

export const projectList = z.object({
  year: int32,
  asOf: z.string(),
  projects: z.array(projectSummary),
  counts: z.object({
    total: int32,
    byStatus: z.record(z.string(), int32),
    bySector: z.record(z.string(), int32),
  }),
  province: rateView,
});

export const projectDetail = projectSummary.extend({
  ocid: z.string(),
  statusSince: z.string(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  fundingSources: z.array(z.object({ source: z.enum(fundingSources), amount: z.number() })),
  capacityMw: z.number().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  description: z.string().nullable(),
  version: int32,
  plans: z.array(planRevision),
  monthly: z.array(
    z.object({
      year: int32,
      month: int32,
      fundingSource: z.enum(fundingSources),
      amount: z.number(),
    }),
  ),
  milestones: z.array(milestoneView),
  contributions: z.array(contributionView),
  contributionTotals,
  abilities: z.record(z.string(), z.boolean()),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

export const investorRates = z.object({
  year: int32,
  province: rateView,
  investors: z.array(z.object({ investor: unitName, rate: rateView, lateProjects: int32 })),
});

export const contributionTotalsQuery = input({
  year: queryYear.optional(),
  projectId: uuid.optional(),
  communeUnitId: uuid.optional(),
});
export const contributionTotalsView = z.object({
  totals: contributionTotals,
  byProject: z.array(z.object({ projectId: uuid.nullable(), totals: contributionTotals })),
  byCommune: z.array(z.object({ communeUnitId: uuid.nullable(), totals: contributionTotals })),
});

/** A value the register suggests for a criterion of a unit's report. */
export const infrastructureSuggestion = z.object({
  criterionCode: z.string(),
  value: z.number().nullable(),
  source: localized,
});
export type InfrastructureSuggestion = z.infer<typeof infrastructureSuggestion>;
