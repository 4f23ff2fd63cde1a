import { z } from 'zod';
import { roles } from '../../../shared/roles.ts';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const meResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  grants: z.array(
    z.object({ id: z.uuid(), role: z.enum(roles), unitId: z.uuid(), unitName: z.string() }),
  ),
  abilities: z.object({
    manageUsers: z.boolean(),
    manageUnits: z.boolean(),
    readAudit: z.boolean(),
  }),
});
export type MeResponse = z.infer<typeof meResponse>;
