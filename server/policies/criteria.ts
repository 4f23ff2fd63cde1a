import type { CriteriaSetKind, VersionStatus } from '../../shared/contracts/criteria.ts';
import { hasAnyRole, hasRole, isOffice, type Actor, type Policy } from './actor.ts';

/** A criteria set (at one of its versions) as policies see it. */
export interface CriteriaSubject {
  kind: CriteriaSetKind;
  /** The body that carries the sector lead's duties today (null for category sets). */
  leadUnitId: string | null;
  /** The province: the emulation office's grant sits there. */
  rootUnitId: string;
  status: VersionStatus;
}

const leadsSector = (a: Actor, s: CriteriaSubject) =>
  s.kind === 'sector' && s.leadUnitId !== null && hasRole(a, 'sector_lead', s.leadUnitId);

/** Drafts are work in progress: read by those who write or oversee criteria. */
export const readsDrafts = (a: Actor) =>
  hasAnyRole(a, ['emulation_office', 'sector_lead', 'leader', 'admin']);

/**
 * Published criteria are read by everyone signed in. The office edits every set; a lead
 * department edits only its own sector's sets. Whether the version is still a draft is the
 * state machine's answer (409), not a permission (403).
 */
export const criteriaPolicy = {
  read: (a: Actor, s: CriteriaSubject) => s.status !== 'draft' || readsDrafts(a),
  edit: (a: Actor, s: CriteriaSubject) => isOffice(a, s.rootUnitId) || leadsSector(a, s),
  publish: (a: Actor, s: CriteriaSubject) => isOffice(a, s.rootUnitId),
  newVersion: (a: Actor, s: CriteriaSubject) => isOffice(a, s.rootUnitId) || leadsSector(a, s),
} satisfies Policy<CriteriaSubject>;

/** Whether the actor edits some set: the office on the root every set, a sector lead its sector's. */
export const editsSomeCriteria = (a: Actor, rootUnitId: string) =>
  isOffice(a, rootUnitId) || hasRole(a, 'sector_lead');
