/** Emulation blocks and clusters (khối / cụm thi đua) and their yearly members. */
import { z } from 'zod';
import { blockKinds } from '../unit-kinds.ts';
import { input } from './common.ts';

export const blockMemberRoles = ['member', 'head'] as const;
export type BlockMemberRole = (typeof blockMemberRoles)[number];

/** A membership year in a path or query string. */
export const blockYear = z.coerce.number().pipe(z.int32().min(2000).max(2100));

export const blocksQuery = input({ year: blockYear.optional() });
export const membersParams = input({ id: z.uuid(), year: blockYear });

export const createBlockBody = input({
  code: z.string().trim().min(1).max(50),
  kind: z.enum(blockKinds),
  name: z.string().trim().min(1).max(300),
});
export type CreateBlockInput = z.input<typeof createBlockBody>;

export const membersBody = input({
  members: z.array(input({ unitId: z.uuid(), role: z.enum(blockMemberRoles) })).max(500),
});
export type MembersInput = z.input<typeof membersBody>;

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
      role: z.enum(blockMemberRoles),
    }),
  ),
  abilities: z.object({ manage: z.boolean() }),
});
export type BlockResponse = z.infer<typeof blockResponse>;

export const blocksResponse = z.object({
  year: z.int32(),
  blocks: z.array(blockResponse),
  abilities: z.object({ create: z.boolean() }),
});
export type BlocksResponse = z.infer<typeof blocksResponse>;
