import { findAward, type AwardDefinition } from '../../shared/commendations/catalogue.ts';
import type { ComponentCode } from '../../shared/nominations.ts';
import { addDays } from '../../shared/working-days.ts';
import type { Deps } from '../deps.ts';
import type { ChainContext } from '../domain/nominations/chain.ts';
import { stepDeadline, isOverdue, type RoundDeadlines } from '../domain/nominations/deadlines.ts';
import { councilVotes } from '../domain/nominations/thresholds.ts';
import type { DossierSubject } from '../policies/nominations.ts';
import type { DossierRow, RoundRow } from '../repositories/nominations.ts';
import { ancestorsOf } from '../repositories/units.ts';

/** Awards conferred above the province go on as "forwarded to central level". */
const centralConferrers = new Set(['Thủ tướng Chính phủ', 'Chủ tịch nước']);
export const isAboveProvince = (award: AwardDefinition) =>
  centralConferrers.has(award.conferredBy.vi);

export const deadlinesOf = (r: RoundRow): RoundDeadlines => ({
  fileBy: r.fileBy,
  superiorDays: r.superiorDays,
  appraisalDays: r.appraisalDays,
  postingDays: r.postingDays,
});

/** The last day of the round's public posting, when opened. */
export const postingToOf = (r: RoundRow): string | null =>
  r.postingFrom ? addDays(r.postingFrom, r.postingDays - 1) : null;

/** The catalogue's dossier documents as this system's components. */
const componentFor: Record<string, ComponentCode> = {
  submission: 'submission',
  achievement_report: 'achievement_report',
  sudden_achievement_report: 'achievement_report',
  council_minutes: 'review_minutes',
  vote_result: 'review_minutes',
  initiative_certificate: 'confirmation',
  excellence_confirmation: 'confirmation',
  contribution_confirmation: 'confirmation',
};

/**
 * Components the catalogue requires for the award and these subject kinds. Confirmations of
 * initiatives and HTXS are alternatives (either proves the standard), so only the letter,
 * the report and the review minutes are required outright.
 */
export function requiredComponents(award: AwardDefinition, kinds: string[]): ComponentCode[] {
  const out = new Set<ComponentCode>();
  for (const req of award.dossier) {
    if (req.subjects && !req.subjects.some((s) => kinds.includes(s))) continue;
    const code = componentFor[req.document];
    if (code && code !== 'confirmation') out.add(code);
  }
  return [...out];
}

export interface DossierFacts {
  award: AwardDefinition;
  subject: DossierSubject;
  ctx: ChainContext;
  deadline: string | undefined;
  overdue: boolean;
}

/** What the policy, the state machine and the deadlines need to know about a dossier. */
export async function factsOf(
  deps: Deps,
  rootUnitId: string | undefined,
  d: DossierRow,
  round: RoundRow,
): Promise<DossierFacts> {
  const today = deps.today();
  const award = findAward(d.awardCode)!;
  const ancestors = await ancestorsOf(deps.db, d.tenantId, d.unitId, today);
  const parent = ancestors[0];
  const superiorUnitId = parent && parent !== rootUnitId ? parent : undefined;
  const postingTo = postingToOf(round);
  const ctx: ChainContext = {
    requiresCouncil: councilVotes(d.awardCode, today),
    aboveProvince: isAboveProvince(award),
    hasSuperior: superiorUnitId !== undefined,
    postingEnded: postingTo !== null && today > postingTo,
  };
  const deadline = stepDeadline(d.state, d.stateSince, deadlinesOf(round));
  return {
    award,
    subject: { rootUnitId, unitId: d.unitId, superiorUnitId, state: d.state },
    ctx,
    deadline,
    overdue: isOverdue(deadline, today),
  };
}
