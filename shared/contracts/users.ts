/** Accounts and role grants (admin UI). */
import { z } from 'zod';
import { roles } from '../roles.ts';
import { idParams, input, version } from './common.ts';

export const userIdParams = idParams;
export const grantIdParams = idParams;

const password = z.string().min(1).max(200);

export const createUserBody = input({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-zA-Z0-9._-]+$/),
  fullName: z.string().trim().min(1).max(200),
  email: z.email().max(200).optional(),
  password,
});
export type CreateUserInput = z.input<typeof createUserBody>;

export const updateUserBody = input({
  fullName: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(200).nullable().optional(),
  active: z.boolean().optional(),
  version,
});
export type UpdateUserInput = z.input<typeof updateUserBody>;

export const resetPasswordBody = input({ newPassword: password });
export type ResetPasswordInput = z.input<typeof resetPasswordBody>;

export const grantBody = input({ role: z.enum(roles), unitId: z.uuid() });
export type GrantInput = z.input<typeof grantBody>;

/** A role granted on a unit (covering its subtree), with the unit's name today. */
export const grantResponse = z.object({
  id: z.uuid(),
  role: z.enum(roles),
  unitId: z.uuid(),
  unitName: z.string(),
});
export type GrantResponse = z.infer<typeof grantResponse>;

export const userResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.int32(),
  grants: z.array(grantResponse),
  abilities: z.object({ update: z.boolean(), resetPassword: z.boolean() }),
});
export type UserResponse = z.infer<typeof userResponse>;

export const userListResponse = z.object({
  users: z.array(userResponse),
  abilities: z.object({ create: z.boolean() }),
});
export type UserListResponse = z.infer<typeof userListResponse>;
