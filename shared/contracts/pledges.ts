/** A cluster's joint emulation pledge for a year: drafted by its head unit, signed by every member. */
import { z } from 'zod';
import { input, queryYear, version } from './common.ts';

export const pledgeParams = input({ id: z.uuid(), year: queryYear });
export const pledgeBody = input({
  text: z.string().trim().min(1).max(20000),
  /** The version read; omitted when the pledge is first drafted. */
  version: version.optional(),
});
export type PledgeInput = z.input<typeof pledgeBody>;
export const signBody = input({ unitId: z.uuid() });
export type SignInput = z.input<typeof signBody>;

export const pledgeResponse = z.object({
  blockId: z.uuid(),
  blockName: z.string(),
  year: z.int32(),
  text: z.string().nullable(),
  version: z.int32().nullable(),
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
