import { z } from 'zod';
import { roles } from '../../../shared/roles.ts';

export const userIdParams = z.object({ id: z.uuid() });

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-zA-Z0-9._-]+$/),
  fullName: z.string().trim().min(1).max(200),
  email: z.email().max(200).optional(),
  password: z.string().min(1).max(200),
});

export const updateUserBody = z.object({
  fullName: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(200).nullable().optional(),
  active: z.boolean().optional(),
  version: z.int().min(1),
});

export const resetPasswordBody = z.object({ newPassword: z.string().min(1).max(200) });

export const grantBody = z.object({ role: z.enum(roles), unitId: z.uuid() });

export const userResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.int(),
  grants: z.array(
    z.object({ id: z.uuid(), role: z.enum(roles), unitId: z.uuid(), unitName: z.string() }),
  ),
  abilities: z.object({ update: z.boolean(), resetPassword: z.boolean() }),
});

export const userListResponse = z.object({
  users: z.array(userResponse),
  abilities: z.object({ create: z.boolean() }),
});
