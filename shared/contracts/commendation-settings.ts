/** The emulation office's settings for commendations (GET/PUT /api/commendations/settings). */
import { z } from 'zod';
import { input } from './common.ts';
import { citation } from './commendations.ts';

/**
 * How the records of units merged into a collective count for the years before the merger:
 * `all_predecessors` — a year counts when every unit that formed the collective met the
 * standard that year (the lowest rating is the year's); `not_counted` — they are shown only.
 */
export const predecessorModes = ['all_predecessors', 'not_counted'] as const;
export type PredecessorMode = (typeof predecessorModes)[number];

export const commendationSettings = z.object({
  predecessorRecords: z.object({
    mode: z.enum(predecessorModes),
    /** `default`: no office choice stored; the mode is the one the cited text supports. */
    setBy: z.enum(['office', 'default']),
    defaultMode: z.enum(predecessorModes),
    citation,
  }),
  /** 0 while nothing is stored. */
  version: z.int32().min(0),
  abilities: z.object({ update: z.boolean() }),
});
export type CommendationSettings = z.infer<typeof commendationSettings>;

export const commendationSettingsBody = input({
  /** null returns to the default. */
  predecessorRecords: z.enum(predecessorModes).nullable(),
  /** The version read (0 when nothing was stored). */
  version: z.int32().min(0),
});
export type CommendationSettingsInput = z.infer<typeof commendationSettingsBody>;
