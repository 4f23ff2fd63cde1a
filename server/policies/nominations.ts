import type { DossierAction, DossierState } from '../../shared/nominations.ts';
import { chainActor } from '../domain/nominations/chain.ts';
import { covers, hasAnyRole, hasRole, isOffice, type Actor, type Policy } from './actor.ts';
import type { OfficeSubject } from './commendations.ts';

/** A dossier as policies see it: its filing unit, that unit's superior, where it is. */
export interface DossierSubject extends OfficeSubject {
  unitId: string;
  /** The filing unit's parent below the province; undefined when it sits under the root. */
  superiorUnitId: string | undefined;
  state: DossierState;
}

const unitStaff = ['unit_officer', 'unit_head'] as const;

/** The actor works for the filing unit's superior (a department or locality above it). */
export const isSuperiorOf = (a: Actor, d: DossierSubject) =>
  d.superiorUnitId !== undefined && hasAnyRole(a, unitStaff, d.superiorUnitId);

/**
 * Dossiers: the filing unit's staff file and resubmit them; the superior forwards, returns or
 * rejects what is with it; the office takes every step from the office on; the province's
 * leaders decide what is proposed; Council members read. Readers: anyone covering the unit.
 */
export const dossierPolicy = {
  read: (a: Actor, d: DossierSubject) =>
    isOffice(a, d.rootUnitId) ||
    hasAnyRole(a, ['council_member', 'council_secretary', 'leader']) ||
    covers(a, d.unitId),
  file: (a: Actor, d: DossierSubject) =>
    isOffice(a, d.rootUnitId) || hasAnyRole(a, unitStaff, d.unitId),
} satisfies Policy<DossierSubject>;

/** Whether the actor may take a chain step on the dossier (the state machine decides if it can). */
export function mayStep(a: Actor, d: DossierSubject, action: DossierAction): boolean {
  const who = chainActor[action];
  const office = isOffice(a, d.rootUnitId);
  if (action === 'return' || action === 'reject')
    return d.state === 'at_superior' ? isSuperiorOf(a, d) || office : office;
  switch (who) {
    case 'unit':
      return hasAnyRole(a, unitStaff, d.unitId) || office;
    case 'superior':
      return isSuperiorOf(a, d);
    case 'office':
      return office;
    case 'council':
      return false; // only a closed session moves a dossier on
    case 'chair':
      return d.rootUnitId !== undefined && hasRole(a, 'leader', d.rootUnitId);
  }
}

/** Rounds and the board are the office's; everyone signed in reads the rounds. */
export const roundPolicy = {
  read: () => true,
  manage: (a: Actor, s: OfficeSubject) => isOffice(a, s.rootUnitId),
  board: (a: Actor, s: OfficeSubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['council_member', 'council_secretary', 'leader']),
} satisfies Policy<OfficeSubject>;

/**
 * The Council: the office and the Council's secretary set it up, run sessions and record
 * written votes; a member votes only for themself; comments reach office and Council only.
 */
export const councilPolicy = {
  read: (a: Actor, s: OfficeSubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['council_member', 'council_secretary', 'leader']),
  manage: (a: Actor, s: OfficeSubject) =>
    isOffice(a, s.rootUnitId) || hasRole(a, 'council_secretary'),
  vote: (a: Actor) => hasRole(a, 'council_member'),
  readComments: (a: Actor, s: OfficeSubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['council_member', 'council_secretary']),
  answerComments: (a: Actor, s: OfficeSubject) => isOffice(a, s.rootUnitId),
} satisfies Policy<OfficeSubject>;
