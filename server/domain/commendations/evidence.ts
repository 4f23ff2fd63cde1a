import type {
  AwardKind,
  ContributionKind,
  DisciplineSeverity,
  Rating,
  RecognitionLevel,
} from '../../../shared/commendations/catalogue.ts';
import type { PredecessorMode } from '../../../shared/contracts/commendation-settings.ts';
import type { KnownHistory } from './history.ts';
import type { PrincipleSet } from './principles.ts';

/** Why a record on file was not counted. */
export type NotCounted =
  | 'non_merit_kind'
  | 'before_discipline_end'
  | 'below_level'
  | 'outside_window'
  | 'other_type'
  | 'predecessor_not_counted';

/**
 * Set on a record of a unit merged into the collective, which stood for it that year: the
 * unit's name and id, and `link: 'unverified'` when the merger link is the seeded, unchecked one.
 */
export interface FromPredecessor {
  from?: string | undefined;
  fromUnitId?: string | undefined;
  link?: 'unverified' | undefined;
}

/** The records a condition looked at, counted or not, and what it found missing. */
export type Evidence =
  | ({
      kind: 'rating';
      year: number;
      rating: Rating;
      counted: boolean;
      why?: NotCounted;
    } & FromPredecessor)
  | ({
      kind: 'award';
      awardCode: string;
      year: number;
      awardKind: AwardKind;
      decisionNo: string;
      decisionDate: string;
      counted: boolean;
      why?: NotCounted;
    } & FromPredecessor)
  | {
      kind: 'initiative';
      id: string;
      title: string;
      type: 'initiative' | 'research';
      level: RecognitionLevel;
      recognisedOn: string;
      decisionNo?: string | undefined;
      counted: boolean;
      why?: NotCounted;
    }
  | {
      kind: 'discipline';
      id: string;
      severity: DisciplineSeverity;
      decidedOn: string;
      endsOn: string;
      ref?: string | undefined;
    }
  | {
      kind: 'members';
      year: number;
      total: number;
      matching: number;
      share: number;
      matchingIds: string[];
      otherIds: string[];
    }
  | {
      kind: 'contribution';
      id: string;
      contributionKind: ContributionKind;
      date: string;
      project?: string | undefined;
    }
  | { kind: 'subject'; attribute: 'category' | 'localUnitKind'; value: string | null }
  | {
      kind: 'worked_time';
      year: number;
      months: number;
      maternityDays: number;
      otherAbsenceDays: number;
    }
  | { kind: 'attestation'; fact: string; year: number; ref: string }
  | {
      kind: 'standard';
      awardCode: string;
      via: 'held' | 'rule' | 'none' | 'cycle';
      ruleCode?: string | undefined;
      decisionNo?: string | undefined;
    }
  | ({
      kind: 'missing';
      what: 'rating' | 'award' | 'initiative' | 'members' | 'contribution' | 'attestation';
      year?: number | undefined;
      awardCode?: string | undefined;
      fact?: string | undefined;
    } & FromPredecessor);

export interface LeafOutcome {
  met: boolean;
  evidence: Evidence[];
}

export interface StandardOutcome {
  met: boolean;
  via: 'held' | 'rule' | 'none' | 'cycle';
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
