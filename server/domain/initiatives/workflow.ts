import type { RecognitionLevel } from '../../../shared/commendations/catalogue.ts';
import type { InitiativeStatus } from '../../../shared/contracts/initiatives.ts';

/** Initiative (sáng kiến) workflow: submitted → under_review → recognised | rejected. */

export interface InitiativeState {
  status: InitiativeStatus;
  level: RecognitionLevel | null;
  recognisedOn: string | null;
  decisionNumber: string | null;
  scope: string | null;
}

export type InitiativeAction =
  | { kind: 'review' }
  | { kind: 'reject' }
  | {
      kind: 'recognise';
      level: RecognitionLevel;
      date: string;
      decisionNumber: string;
      scope: string;
    };

export type TransitionResult =
  | { ok: true; state: InitiativeState }
  | { ok: false; error: 'invalid_transition' | 'date_in_future' };

const from: Record<InitiativeAction['kind'], readonly InitiativeStatus[]> = {
  review: ['submitted'],
  reject: ['submitted', 'under_review'],
  recognise: ['under_review'],
};

/**
 * Who recognises an initiative at each level: at base level (cơ sở) the head of the unit where
 * it applies, as its own initiative council decides; province and national recognition go
 * through the emulation office to the province's or the ministry's council.
 */
export const recognisedBy: Record<RecognitionLevel, 'unit_head' | 'office'> = {
  base: 'unit_head',
  province: 'office',
  national: 'office',
};

/** Actions the workflow allows from a status (the UI shows only these). */
export const allowedActions = (status: InitiativeStatus): InitiativeAction['kind'][] =>
  (Object.keys(from) as InitiativeAction['kind'][]).filter((k) => from[k].includes(status));

/** The next state, or why not; recognition cannot be dated after `today`. */
export function transition(
  state: InitiativeState,
  action: InitiativeAction,
  today: string,
): TransitionResult {
  if (!from[action.kind].includes(state.status)) return { ok: false, error: 'invalid_transition' };
  if (action.kind === 'review') return { ok: true, state: { ...state, status: 'under_review' } };
  if (action.kind === 'reject') return { ok: true, state: { ...state, status: 'rejected' } };
  if (action.date > today) return { ok: false, error: 'date_in_future' };
  return {
    ok: true,
    state: {
      status: 'recognised',
      level: action.level,
      recognisedOn: action.date,
      decisionNumber: action.decisionNumber,
      scope: action.scope,
    },
  };
}
