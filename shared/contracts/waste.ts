/**
 * Citizens' waste reports (issue 14): the public form and follow page, the office's queue,
 * the moves of a report, the reporter's identity (read separately, audited).
 */
import { z } from 'zod';
import { input, isoDay, uuid, version } from './common.ts';
import { wasteCategories, wasteCodePattern, wasteOutcomes, wasteStates } from '../waste.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const wasteCodeParams = input({ code: z.string().regex(wasteCodePattern) });
export const wasteTokenParams = input({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });
export const wasteIdParams = input({ id: uuid });
export const wastePhotoParams = input({ id: uuid, photoId: uuid });

export const powChallenge = z.object({ challenge: z.string(), bits: z.int32() });

export const wasteContact = input({
  name: optionalText(200),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9 +().-]*$/)
    .optional(),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
  address: optionalText(300),
});

/** The public form. `website` is a honeypot: people leave it empty, some robots do not. */
export const wasteReportBody = input({
  category: z.enum(wasteCategories),
  description: text(4000),
  communeUnitId: uuid,
  placeNote: optionalText(500),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  occurredOn: isoDay.optional(),
  contact: wasteContact.optional(),
  challenge: z.string().min(1).max(200),
  nonce: z.string().min(1).max(64),
  /** A random key the form makes once per report: sending it again answers the same report. */
  clientKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
  website: z.string().max(200).optional(),
});
export type WasteReportInput = z.input<typeof wasteReportBody>;

export const wasteReceipt = z.object({
  code: z.string(),
  /** Secret: whoever holds it follows the report and adds to it. Shown once. */
  followToken: z.string(),
  followPath: z.string(),
});
export type WasteReceipt = z.infer<typeof wasteReceipt>;

export const wasteUpdateBody = input({ body: text(4000) });
export const wasteReopenBody = input({ reason: text(2000) });

export const place = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  parentName: z.string().nullable(),
});
export const placeList = z.object({ asOf: isoDay, places: z.array(place) });
export type WastePlace = z.infer<typeof place>;

/** What anyone may read of a report: status, dates and the published outcome only. */
export const publicWasteReport = z.object({
  code: z.string(),
  category: z.enum(wasteCategories),
  communeName: z.string(),
  status: z.enum(wasteStates),
  receivedOn: isoDay,
  updatedOn: isoDay,
  publishedOn: isoDay.nullable(),
  outcome: z.enum(wasteOutcomes).nullable(),
  forwardedTo: z.string().nullable(),
  summary: z.string().nullable(),
});
export type PublicWasteReport = z.infer<typeof publicWasteReport>;

export const publicWasteEvent = z.object({
  at: z.string(),
  kind: z.string(),
  toStatus: z.enum(wasteStates).nullable(),
  byRole: z.string(),
  body: z.string().nullable(),
});

/** The follow page (secret link): the public view, the reporter's own additions and the public log. */
export const wasteFollowView = publicWasteReport.extend({
  description: z.string(),
  photoCount: z.int32(),
  events: z.array(publicWasteEvent),
  abilities: z.object({ update: z.boolean(), reopen: z.boolean(), addPhoto: z.boolean() }),
});
export type WasteFollowView = z.infer<typeof wasteFollowView>;

export const publicOutcomesQuery = input({
  communeUnitId: uuid.optional(),
  category: z.enum(wasteCategories).optional(),
});
export const publicOutcomes = z.object({
  totals: z.array(
    z.object({
      communeUnitId: z.string(),
      communeName: z.string(),
      category: z.enum(wasteCategories),
      outcome: z.enum(wasteOutcomes),
      count: z.int32(),
    }),
  ),
  reports: z.array(publicWasteReport),
});
export type PublicOutcomes = z.infer<typeof publicOutcomes>;

export const wasteQueueQuery = input({
  status: z.enum(wasteStates).optional(),
  category: z.enum(wasteCategories).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

const wasteAbilities = z.object({
  readReporter: z.boolean(),
  assign: z.boolean(),
  start: z.boolean(),
  conclude: z.boolean(),
  forward: z.boolean(),
  publish: z.boolean(),
  return: z.boolean(),
  addOfficer: z.boolean(),
  comment: z.boolean(),
  note: z.boolean(),
});

export const wasteSummary = z.object({
  id: z.string(),
  code: z.string(),
  category: z.enum(wasteCategories),
  description: z.string(),
  communeUnitId: z.string(),
  communeName: z.string(),
  assignedUnitId: z.string().nullable(),
  assignedUnitName: z.string().nullable(),
  status: z.enum(wasteStates),
  outcome: z.enum(wasteOutcomes).nullable(),
  receivedOn: isoDay,
  dueOn: isoDay.nullable(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  anonymous: z.boolean(),
  channel: z.string(),
  version: z.int32(),
  abilities: wasteAbilities,
});
export type WasteSummary = z.infer<typeof wasteSummary>;
export const wasteQueue = z.object({ reports: z.array(wasteSummary) });

export const wasteEvent = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  action: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  byRole: z.string(),
  byName: z.string().nullable(),
  body: z.string().nullable(),
  unitName: z.string().nullable(),
  public: z.boolean(),
});

export const wasteDetail = wasteSummary.extend({
  placeNote: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  occurredOn: isoDay.nullable(),
  forwardedTo: z.string().nullable(),
  summary: z.string().nullable(),
  officers: z.array(z.object({ id: z.string(), name: z.string() })),
  photos: z.array(
    z.object({ id: z.string(), mediaType: z.string(), size: z.int32(), addedBy: z.string() }),
  ),
  events: z.array(wasteEvent),
  /** Other reports that may be the same waste; suggested only, never merged. */
  possibleDuplicates: z.array(
    z.object({ id: z.string(), code: z.string(), status: z.enum(wasteStates) }),
  ),
});
export type WasteDetail = z.infer<typeof wasteDetail>;

export const wasteMoveBody = input({
  action: z.enum(['assign', 'start', 'conclude', 'forward', 'publish', 'return']),
  version,
  unitId: uuid.optional(),
  reason: optionalText(2000),
  outcome: z.enum(wasteOutcomes).optional(),
  forwardedTo: optionalText(300),
  summary: optionalText(4000),
});
export type WasteMoveInput = z.input<typeof wasteMoveBody>;

export const wasteOfficerBody = input({ userId: uuid });
export const wasteCommentBody = input({ body: text(4000) });

export const wasteReporter = z.object({
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});
export type WasteReporter = z.infer<typeof wasteReporter>;

export const wasteDeadlinesBody = input({
  received: z.int32().min(1).max(60),
  assigned: z.int32().min(1).max(60),
  verifying: z.int32().min(1).max(60),
  concluded: z.int32().min(1).max(60),
  version: z.int32().min(0),
});
export const wasteSettings = z.object({
  deadlines: z.object({
    received: z.int32(),
    assigned: z.int32(),
    verifying: z.int32(),
    concluded: z.int32(),
  }),
  version: z.int32(),
});
