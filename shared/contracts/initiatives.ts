/** The initiatives register (sáng kiến): submission, review, rejection and recognition. */
import { z } from 'zod';
import { recognitionLevels } from '../commendations/catalogue.ts';
import { idParams, input, isoDay, version } from './common.ts';

/** submitted → under_review → recognised | rejected (server/domain/initiatives/workflow.ts). */
export const initiativeStatuses = ['submitted', 'under_review', 'recognised', 'rejected'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const initiativeIdParams = idParams;

export const submitInitiativeBody = input({
  title: text(300),
  authorIds: z.array(z.uuid()).min(1).max(20),
  unitId: z.uuid(),
  description: text(5000),
  effect: text(5000),
});
export type SubmitInitiativeBody = z.input<typeof submitInitiativeBody>;

/** Review and rejection carry only the version read. */
export const initiativeVersionBody = input({ version });

export const recogniseInitiativeBody = input({
  version,
  level: z.enum(recognitionLevels),
  date: isoDay,
  decisionNumber: text(100),
  scope: text(1000),
});
export type RecogniseInitiativeBody = z.input<typeof recogniseInitiativeBody>;

export const initiativeResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  authorIds: z.array(z.uuid()),
  unitId: z.uuid(),
  description: z.string(),
  effect: z.string(),
  status: z.enum(initiativeStatuses),
  level: z.enum(recognitionLevels).nullable(),
  recognisedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  scope: z.string().nullable(),
  version: z.int32(),
  abilities: z.object({ review: z.boolean(), reject: z.boolean(), recognise: z.boolean() }),
});
export type Initiative = z.infer<typeof initiativeResponse>;

export const initiativeListResponse = z.object({ initiatives: z.array(initiativeResponse) });
export type InitiativeListResponse = z.infer<typeof initiativeListResponse>;
