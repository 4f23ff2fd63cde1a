import {
  defaultWasteDeadlines,
  type WasteDeadlines,
  type WasteOutcome,
  type WasteState,
} from '../../../shared/waste.ts';
import { addWorkingDays } from '../../../shared/working-days.ts';

/**
 * The life of a citizen's waste report (issue 14), pure. Who may take each action is the
 * policy's business (policies/waste.ts); this says only which moves exist and what they need.
 *
 *   received ─assign→ assigned ─start→ verifying ─conclude→ concluded ─publish→ published
 *   received ─forward→ concluded (outside competence)   assigned ─assign→ assigned (re-routed)
 *   concluded ─return→ verifying                         concluded|published ─reopen→ verifying
 */
export type WasteAction =
  'assign' | 'start' | 'conclude' | 'forward' | 'publish' | 'return' | 'reopen';

export interface WasteMove {
  action: WasteAction;
  unitId?: string | undefined;
  reason?: string | undefined;
  outcome?: WasteOutcome | undefined;
  forwardedTo?: string | undefined;
  summary?: string | undefined;
}

export type MoveProblem =
  | 'waste_move_not_allowed'
  | 'waste_reason_required'
  | 'waste_unit_required'
  | 'waste_outcome_required'
  | 'waste_forwarded_to_required'
  | 'waste_summary_required';

export type MoveResult =
  | { ok: true; to: WasteState; outcome: WasteOutcome | null }
  | { ok: false; problem: MoveProblem; field?: string };

const from: Record<WasteAction, readonly WasteState[]> = {
  assign: ['received', 'assigned'],
  start: ['assigned'],
  conclude: ['verifying'],
  forward: ['received', 'assigned'],
  publish: ['concluded'],
  return: ['concluded'],
  reopen: ['concluded', 'published'],
};

const blank = (s: string | undefined) => !s || !s.trim();

/** The state after `move` from `state`, or why it cannot be made. */
export function moveWaste(
  state: WasteState,
  current: WasteOutcome | null,
  move: WasteMove,
): MoveResult {
  if (!from[move.action].includes(state)) return { ok: false, problem: 'waste_move_not_allowed' };
  switch (move.action) {
    case 'assign':
      if (!move.unitId) return { ok: false, problem: 'waste_unit_required', field: 'unitId' };
      // Re-routing a report already with a unit is the office's decision and says why.
      if (state === 'assigned' && blank(move.reason))
        return { ok: false, problem: 'waste_reason_required', field: 'reason' };
      return { ok: true, to: 'assigned', outcome: null };
    case 'start':
      return { ok: true, to: 'verifying', outcome: null };
    case 'conclude':
      if (!move.outcome) return { ok: false, problem: 'waste_outcome_required', field: 'outcome' };
      if (move.outcome === 'outside_competence' && blank(move.forwardedTo))
        return { ok: false, problem: 'waste_forwarded_to_required', field: 'forwardedTo' };
      if (blank(move.summary))
        return { ok: false, problem: 'waste_summary_required', field: 'summary' };
      return { ok: true, to: 'concluded', outcome: move.outcome };
    case 'forward':
      if (blank(move.forwardedTo))
        return { ok: false, problem: 'waste_forwarded_to_required', field: 'forwardedTo' };
      return { ok: true, to: 'concluded', outcome: 'outside_competence' };
    case 'publish':
      return { ok: true, to: 'published', outcome: current };
    case 'return':
    case 'reopen':
      if (blank(move.reason))
        return { ok: false, problem: 'waste_reason_required', field: 'reason' };
      return { ok: true, to: 'verifying', outcome: null };
  }
}

/**
 * The day by which a report must leave `state`: `days` working days after the day it
 * entered it. Published reports have no deadline.
 */
export function deadlineOf(
  state: WasteState,
  enteredOn: string,
  deadlines: WasteDeadlines = defaultWasteDeadlines,
): string | null {
  if (state === 'published') return null;
  return addWorkingDays(enteredOn, deadlines[state]);
}

/** Late when today is past the deadline (the deadline day itself is still in time). */
export const isOverdue = (deadline: string | null, today: string) =>
  deadline !== null && today > deadline;

/** What the public may call the state: a concluded report's outcome is shown only once published. */
export function publicOutcome(
  state: WasteState,
  outcome: WasteOutcome | null,
): WasteOutcome | null {
  return state === 'published' ? outcome : null;
}

/** Checks an office's deadlines setting: each state 1–60 working days. */
export function parseDeadlines(value: unknown): WasteDeadlines {
  const out = { ...defaultWasteDeadlines };
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(out) as (keyof WasteDeadlines)[]) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 60) out[key] = v;
  }
  return out;
}
