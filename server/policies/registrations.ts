import { covers, hasAnyRole, hasRole, isOffice, type Actor, type Policy } from './actor.ts';

/** A registration period as policies see it: the root whose emulation office runs it. */
export interface PeriodSubject {
  rootUnitId: string;
}

/** A unit's registration (or its absence: status null) in a period. */
export interface RegistrationSubject {
  rootUnitId: string;
  unitId: string;
  status: 'draft' | 'submitted' | null;
}

/** Every signed-in user sees the periods; the emulation office on the root opens them and follows who registered. */
export const periodPolicy = {
  read: () => true,
  create: (a: Actor, p: PeriodSubject) => isOffice(a, p.rootUnitId),
  overview: (a: Actor, p: PeriodSubject) => isOffice(a, p.rootUnitId),
} satisfies Policy<PeriodSubject>;

/**
 * A unit's head or officer drafts its registration; only the head submits it, and once
 * submitted nobody changes it. The office on the root reads every unit's registration.
 */
export const registrationPolicy = {
  read: (a: Actor, r: RegistrationSubject) => covers(a, r.unitId) || isOffice(a, r.rootUnitId),
  save: (a: Actor, r: RegistrationSubject) =>
    r.status !== 'submitted' && hasAnyRole(a, ['unit_head', 'unit_officer'], r.unitId),
  submit: (a: Actor, r: RegistrationSubject) =>
    r.status === 'draft' && hasRole(a, 'unit_head', r.unitId),
} satisfies Policy<RegistrationSubject>;

/** A cluster's pledge for a year as policies see it. */
export interface PledgeSubject {
  rootUnitId: string;
  headUnitId: string | null;
  memberUnitIds: string[];
  exists: boolean;
  anySigned: boolean;
  /** Members that have not signed yet. */
  unsignedUnitIds: string[];
}

/**
 * The cluster's head unit or the office drafts the text until someone signs; the head of
 * each member unit signs for it, in any order.
 */
export const pledgePolicy = {
  read: (a: Actor, p: PledgeSubject) =>
    isOffice(a, p.rootUnitId) || p.memberUnitIds.some((u) => covers(a, u)),
  draft: (a: Actor, p: PledgeSubject) =>
    !p.anySigned &&
    (isOffice(a, p.rootUnitId) ||
      (p.headUnitId !== null && hasAnyRole(a, ['unit_head', 'unit_officer'], p.headUnitId))),
  sign: (a: Actor, p: PledgeSubject) =>
    p.exists && p.unsignedUnitIds.some((u) => hasRole(a, 'unit_head', u)),
} satisfies Policy<PledgeSubject>;
