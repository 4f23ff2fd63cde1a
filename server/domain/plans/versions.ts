import type { PlanContent } from '../../../shared/contracts/plan-content.ts';
import type {
  DecisionField,
  InstrumentKind,
  PlanVersionStatus,
} from '../../../shared/contracts/plans.ts';

/** What issued a version: its instrument, number, date and signer; unknown fields listed. */
export interface Decision {
  kind: InstrumentKind;
  number: string | null;
  date: string | null;
  signerName: string | null;
  signerTitle: string | null;
  unknown: DecisionField[];
}

/** A plan version as the state machine sees it. */
export interface PlanVersionState {
  number: number;
  status: PlanVersionStatus;
  basedOn: number | null;
  content: PlanContent;
  decision: Decision | null;
  issuedAt: Date | null;
  supersededAt: Date | null;
}

export type PlanAction = 'issue' | 'supersede';

export type PlanTransitionError =
  | { code: 'plan_version_issued'; status: PlanVersionStatus }
  | { code: 'plan_version_not_issued'; status: PlanVersionStatus }
  | { code: 'plan_decision_in_future' }
  | { code: 'plan_decision_before_in_force'; date: string };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

const steps: Record<PlanAction, { from: PlanVersionStatus; to: PlanVersionStatus }> = {
  issue: { from: 'draft', to: 'issued' },
  supersede: { from: 'issued', to: 'superseded' },
};

/**
 * The next state of a version: draft → issued (by a decision dated no later than today and
 * not before the version it replaces took effect) → superseded; nothing else moves.
 */
export function transition(
  version: PlanVersionState,
  action: PlanAction,
  ctx: { at: Date; today: string; decision?: Decision; inForceFrom?: string | null },
): Result<PlanVersionState, PlanTransitionError> {
  const step = steps[action];
  if (version.status !== step.from)
    return {
      ok: false,
      error:
        action === 'issue'
          ? { code: 'plan_version_issued', status: version.status }
          : { code: 'plan_version_not_issued', status: version.status },
    };
  const content = structuredClone(version.content);
  if (action === 'supersede')
    return { ok: true, value: { ...version, content, status: step.to, supersededAt: ctx.at } };
  const decision = ctx.decision ?? null;
  if (decision?.date && decision.date > ctx.today)
    return { ok: false, error: { code: 'plan_decision_in_future' } };
  if (decision?.date && ctx.inForceFrom && decision.date < ctx.inForceFrom)
    return { ok: false, error: { code: 'plan_decision_before_in_force', date: ctx.inForceFrom } };
  return { ok: true, value: { ...version, content, status: step.to, decision, issuedAt: ctx.at } };
}

/** Only drafts take new content; an issued or superseded version is frozen. */
export function saveDraft(
  version: PlanVersionState,
  content: PlanContent,
): Result<PlanVersionState, PlanTransitionError> {
  if (version.status !== 'draft')
    return { ok: false, error: { code: 'plan_version_issued', status: version.status } };
  return { ok: true, value: { ...version, content: structuredClone(content) } };
}

/** A new draft numbered `number`, copying an issued (or superseded) version's content. */
export function newVersionFrom(
  source: PlanVersionState,
  number: number,
): Result<PlanVersionState, PlanTransitionError> {
  if (source.status === 'draft')
    return { ok: false, error: { code: 'plan_version_not_issued', status: source.status } };
  return {
    ok: true,
    value: {
      number,
      status: 'draft',
      basedOn: source.number,
      content: structuredClone(source.content),
      decision: null,
      issuedAt: null,
      supersededAt: null,
    },
  };
}
