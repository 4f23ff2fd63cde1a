/** Sign-in, sign-out, the signed-in user (`/api/me`) and their own password. */
import { z } from 'zod';
import { input } from './common.ts';
import { grantResponse } from './users.ts';

export const loginBody = input({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.input<typeof loginBody>;

export const changePasswordBody = input({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
export type ChangePasswordInput = z.input<typeof changePasswordBody>;

/**
 * What the shell may offer the signed-in user: menus and quick links read these, never the
 * roles, and each is computed from the policy the server enforces on the pages behind it.
 */
export const shellAbilities = z.object({
  manageUsers: z.boolean(),
  manageUnits: z.boolean(),
  readAudit: z.boolean(),
  /** Follow who registered for emulation (and open registration periods). */
  registrationsOverview: z.boolean(),
  /** Follow who reported in a reporting period (the completion board and roll-up). */
  reportsBoard: z.boolean(),
  /** Edit some criteria set (the office every set, a lead department its sector's). */
  editCriteria: z.boolean(),
  /** Enter some target's actual value (the office, or a unit a target was cascaded to). */
  enterTargets: z.boolean(),
  /** Import past years' ratings and awards from a workbook. */
  importHistory: z.boolean(),
  /** Add and edit the commendation rules. */
  manageRules: z.boolean(),
  /** Handle or supervise citizens' waste reports (the office, unit officers and heads, supervisors). */
  wasteQueue: z.boolean(),
  /** Edit the movement's plan and issue its versions (the emulation office). */
  editPlan: z.boolean(),
});
export type ShellAbilities = z.infer<typeof shellAbilities>;

export const meResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  grants: z.array(grantResponse),
  abilities: shellAbilities,
});
export type MeResponse = z.infer<typeof meResponse>;
