import type { FieldProblem } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import type { Commitments } from '../../shared/contracts/registrations.ts';
import { checkRegistration } from '../domain/registrations/commitments.ts';
import { judgingProblem } from '../domain/registrations/judging.ts';
import * as criteria from '../repositories/criteria.ts';
import type { PeriodRow } from '../repositories/registrations.ts';

/** A published criteria version a unit may register against (ADR 0016). */
export interface JudgingChoice {
  set: criteria.CriteriaSetInfo;
  number: number;
  content: CriteriaContent;
}

/**
 * The version in force of every set of the period's movement: category sets first, then
 * sector sets in the plan's order. Loaded once per request; filtered per unit by `choicesFor`.
 */
export async function publishedVersions(
  deps: Deps,
  tenantId: string,
  period: PeriodRow,
): Promise<JudgingChoice[]> {
  const sets = await criteria.listSets(deps.db, tenantId, { movement: period.movementCode }, false);
  const versions = await criteria.versionsOf(
    deps.db,
    tenantId,
    sets.map((s) => s.id),
    false,
  );
  return sets.flatMap((set) => {
    const v = versions.find((x) => x.setId === set.id && x.status === 'published');
    return v ? [{ set, number: v.number, content: v.content as CriteriaContent }] : [];
  });
}

/** The versions that may judge a unit of `unitKind` in `year`; the first is the default. */
export const choicesFor = (all: JudgingChoice[], unitKind: string, year: number) =>
  all.filter((c) => !judgingProblem(c.set, c.content, unitKind, year));

export interface RegistrationChoice {
  criteriaSetId: string;
  criteriaVersion: number;
  commitments: Commitments;
}

/**
 * Field problems of a registration: the set must be of the period's movement and may judge
 * the unit (its category's set, or a sector set with criteria for its kind, covering the
 * year), the version must be published, and the commitments must fit that version.
 */
export async function registrationProblems(
  deps: Deps,
  tenantId: string,
  input: RegistrationChoice,
  unitKind: string,
  period: Pick<PeriodRow, 'movementId' | 'year'>,
  complete: boolean,
): Promise<Record<string, FieldProblem>> {
  const set = await criteria.findSet(deps.db, tenantId, input.criteriaSetId);
  if (!set || set.movementId !== period.movementId) return { criteriaSetId: { key: 'not_found' } };
  const version = await criteria.findVersion(
    deps.db,
    tenantId,
    input.criteriaSetId,
    input.criteriaVersion,
  );
  if (!version) return { criteriaVersion: { key: 'not_found' } };
  const content = version.content as CriteriaContent;
  const refused = judgingProblem(set, content, unitKind, period.year);
  if (refused) return { criteriaSetId: refused };
  return checkRegistration({
    commitments: input.commitments,
    versionStatus: version.status,
    content,
    unitKind,
    year: period.year,
    complete,
  });
}
