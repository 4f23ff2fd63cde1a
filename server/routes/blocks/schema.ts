import { z } from 'zod';
import { blockKinds } from '../../../shared/unit-kinds.ts';

const year = z.coerce.number().int().min(2000).max(2100);

export const blocksQuery = z.object({ year: year.optional() });
export const blockIdParams = z.object({ id: z.uuid() });
export const membersParams = z.object({ id: z.uuid(), year });

export const createBlockBody = z.object({
  code: z.string().trim().min(1).max(50),
  kind: z.enum(blockKinds),
  name: z.string().trim().min(1).max(300),
});

export const membersBody = z.object({
  members: z.array(z.object({ unitId: z.uuid(), role: z.enum(['member', 'head']) })).max(500),
});

export const blockResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(blockKinds),
  name: z.string(),
  members: z.array(
    z.object({
      unitId: z.uuid(),
      unitCode: z.string(),
      unitName: z.string(),
      role: z.enum(['member', 'head']),
    }),
  ),
  abilities: z.object({ manage: z.boolean() }),
});

export type BlockResponse = z.infer<typeof blockResponse>;

export const blocksResponse = z.object({
  year: z.int(),
  blocks: z.array(blockResponse),
  abilities: z.object({ create: z.boolean() }),
});
export type BlocksResponse = z.infer<typeof blocksResponse>;
