import type { PlanVersionStatus } from '../../shared/contracts/plans.ts';
import { hasAnyRole, isOffice, type Actor, type Policy } from './actor.ts';

/** A version of a movement's plan as policies see it. */
export interface PlanSubject {
  /** The province: the emulation office's grant sits there. */
  rootUnitId: string;
  status: PlanVersionStatus;
}

/** Drafts are work in progress: read by those who run or oversee the movement. */
export const readsPlanDrafts = (a: Actor) =>
  hasAnyRole(a, ['emulation_office', 'leader', 'admin', 'council_secretary']);

/**
 * Issued versions are public. Only the emulation office (on the province) edits, issues and
 * starts versions; whether a version is still a draft is the state machine's answer (409).
 */
export const planPolicy = {
  read: (a: Actor, s: PlanSubject) => s.status !== 'draft' || readsPlanDrafts(a),
  edit: (a: Actor, s: PlanSubject) => isOffice(a, s.rootUnitId),
  issue: (a: Actor, s: PlanSubject) => isOffice(a, s.rootUnitId),
  newVersion: (a: Actor, s: PlanSubject) => isOffice(a, s.rootUnitId),
} satisfies Policy<PlanSubject>;
