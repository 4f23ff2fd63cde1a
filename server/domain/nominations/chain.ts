import type { ComponentCode, DossierAction, DossierState } from '../../../shared/nominations.ts';

/**
 * The chain of a nomination dossier as a pure state machine:
 * draft → at_superior → at_office → posted → in_council → proposed (for the Chairman's
 * decision) → decided; forms above the province go from the Council to forwarded_central and
 * come back awarded or declined. A superior or the office returns a dossier with a reason per
 * component; anyone on the chain rejects it with a reason. Forms that need the Council's vote
 * cannot reach proposed without it.
 */

/** What the machine needs to know about the dossier's form and its round. */
export interface ChainContext {
  /** The Council must vote (NĐ 98/2023 Đ.30 k.7; NĐ 152/2025, see thresholds.ts). */
  requiresCouncil: boolean;
  /** Conferred above the province (Huân chương, Bằng khen Thủ tướng, CSTĐ toàn quốc). */
  aboveProvince: boolean;
  /** The filing unit sits directly under the province: no superior between. */
  hasSuperior: boolean;
  /** The round's public posting period has ended (today after its last day). */
  postingEnded: boolean;
}

export type ChainStep =
  | { kind: 'submit' }
  | { kind: 'approve' }
  | { kind: 'return'; reasons: Partial<Record<ComponentCode, string>> }
  | { kind: 'reject'; reason: string }
  | { kind: 'post' }
  | { kind: 'to_council' }
  | { kind: 'propose' }
  | { kind: 'council_result'; passed: boolean }
  | { kind: 'record_central'; awarded: boolean }
  | { kind: 'decide' };

export type ChainError =
  | 'chain_illegal'
  | 'chain_reason_required'
  | 'chain_council_required'
  | 'chain_posting_open'
  | 'chain_not_central';

export type ChainResult =
  | { ok: true; state: DossierState }
  | { ok: false; error: ChainError; params: { state: DossierState; action: DossierAction } };

/** States an action may start from (further checks in `transition`). */
export const chainFrom: Record<DossierAction, readonly DossierState[]> = {
  submit: ['draft', 'returned'],
  approve: ['at_superior'],
  return: ['at_superior', 'at_office'],
  reject: ['at_superior', 'at_office', 'posted', 'in_council'],
  post: ['at_office'],
  to_council: ['posted'],
  propose: ['posted'],
  council_result: ['in_council'],
  record_central: ['forwarded_central'],
  decide: ['proposed'],
};

/** States no action leaves. */
export const terminalStates: readonly DossierState[] = [
  'decided',
  'central_awarded',
  'central_declined',
  'not_passed',
  'rejected',
];

/** Who acts at each step: the filing unit, its superior, the office, the Council, the Chairman. */
export const chainActor: Record<
  DossierAction,
  'unit' | 'superior' | 'office' | 'council' | 'chair'
> = {
  submit: 'unit',
  approve: 'superior',
  return: 'superior',
  reject: 'office',
  post: 'office',
  to_council: 'office',
  propose: 'office',
  council_result: 'council',
  record_central: 'office',
  decide: 'chair',
};

/** Actions the machine would accept from a state in a context (the UI offers only these). */
export function allowedSteps(state: DossierState, ctx: ChainContext): DossierAction[] {
  return (Object.keys(chainFrom) as DossierAction[]).filter((action) => {
    if (!chainFrom[action].includes(state)) return false;
    if (action === 'propose') return !ctx.requiresCouncil;
    if (action === 'to_council') return ctx.requiresCouncil && ctx.postingEnded;
    return true;
  });
}

const fail = (error: ChainError, state: DossierState, action: DossierAction): ChainResult => ({
  ok: false,
  error,
  params: { state, action },
});

/** The next state, or why the step is refused. */
export function transition(state: DossierState, step: ChainStep, ctx: ChainContext): ChainResult {
  const action = step.kind;
  if (!chainFrom[action].includes(state)) return fail('chain_illegal', state, action);
  switch (step.kind) {
    case 'submit':
      return { ok: true, state: ctx.hasSuperior ? 'at_superior' : 'at_office' };
    case 'approve':
      return { ok: true, state: 'at_office' };
    case 'return': {
      const reasons = Object.values(step.reasons).filter((r) => r && r.trim() !== '');
      if (reasons.length === 0) return fail('chain_reason_required', state, action);
      return { ok: true, state: 'returned' };
    }
    case 'reject':
      if (step.reason.trim() === '') return fail('chain_reason_required', state, action);
      return { ok: true, state: 'rejected' };
    case 'post':
      return { ok: true, state: 'posted' };
    case 'to_council':
      if (!ctx.requiresCouncil) return fail('chain_illegal', state, action);
      if (!ctx.postingEnded) return fail('chain_posting_open', state, action);
      return { ok: true, state: 'in_council' };
    case 'propose':
      if (ctx.requiresCouncil) return fail('chain_council_required', state, action);
      if (!ctx.postingEnded) return fail('chain_posting_open', state, action);
      return { ok: true, state: ctx.aboveProvince ? 'forwarded_central' : 'proposed' };
    case 'council_result':
      if (!step.passed) return { ok: true, state: 'not_passed' };
      return { ok: true, state: ctx.aboveProvince ? 'forwarded_central' : 'proposed' };
    case 'record_central':
      return { ok: true, state: step.awarded ? 'central_awarded' : 'central_declined' };
    case 'decide':
      if (ctx.aboveProvince) return fail('chain_not_central', state, action);
      return { ok: true, state: 'decided' };
  }
}
