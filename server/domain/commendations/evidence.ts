import type { PredecessorMode } from '../../../shared/contracts/commendation-settings.ts';
import type { Evidence, StandardVia } from '../../../shared/contracts/eligibility.ts';
import type { KnownHistory } from './history.ts';
import type { PrincipleSet } from './principles.ts';

/**
 * What a leaf found: met or not, with the records it looked at (their shape is the
 * eligibility answer's, shared/contracts/eligibility.ts, so evaluator and API cannot drift).
 */
export interface LeafOutcome {
  met: boolean;
  evidence: Evidence[];
}

export interface StandardOutcome {
  met: boolean;
  via: StandardVia;
  ruleCode?: string | undefined;
  decisionNo?: string | undefined;
}

/** Everything a leaf needs: the history as known on the date, the year assessed and the principles. */
export interface LeafContext {
  known: KnownHistory;
  onDate: string;
  year: number;
  principles: PrincipleSet;
  /** Last day of the latest discipline on file; achievements count only after it. */
  disciplineEnd: string | undefined;
  /** How merged units' records count for the years before the merger (office setting or default). */
  predecessorMode: PredecessorMode;
  meetsStandard: (awardCode: string) => StandardOutcome;
}
