/**
 * The scoring engine (issue 10): a criteria version's content, the report period's year and
 * a report's answers give points per criterion, a total, its band, and an explanation of
 * every step. Pure: no clock, no database. Points are kept in hundredths so that the total
 * is exactly the sum of its parts.
 */
import type {
  Band,
  BandCondition,
  CriteriaContent,
  Criterion,
  MissingTargetPolicy,
  ScoringSettings,
} from '../../../shared/contracts/criteria-content.ts';
import { defaultScoring } from '../../../shared/contracts/criteria-content.ts';
import type { Answer, Answers } from '../../../shared/contracts/reports.ts';

export type ScoreRule =
  'proportional' | 'steps' | 'yes_no' | 'levels' | 'level_points' | 'per_event';

/** Why a criterion scored what it did, beyond the arithmetic (shown as a sentence in the UI). */
export type ScoreNote =
  | 'missing_value'
  | 'no_target_skipped'
  | 'target_earlier_year'
  | 'capped'
  | 'below_every_step'
  | 'not_met';

export interface CriterionScore {
  code: string;
  kind: Criterion['kind'];
  /** What the report said: a number, yes/no, a level, a count of events; null when empty. */
  value: number | boolean | string | null;
  /** The target used and its year (quantitative only). */
  target: { year: number; value: number } | null;
  rule: ScoreRule;
  /** The arithmetic as written, e.g. "20 × min(1, 45 / 50) = 18". */
  arithmetic: string;
  /** Points given (negative never: a penalty's points are what it takes away). */
  points: number;
  /** The criterion's maximum (for a bonus or penalty, its cap). */
  max: number;
  /** Left out of the points and of the maximum total (no target, version's policy). */
  skipped: boolean;
  notes: ScoreNote[];
}

export interface BandDecision {
  code: string;
  name: { vi: string; en: string };
  /** The condition that decided it: the share reached, or a better band's unmet condition. */
  decidedBy:
    | { kind: 'share'; share: number; minShare: number }
    | { kind: 'condition_failed'; band: string; condition: BandCondition; criterion?: string };
}

export interface ScoreResult {
  total: number;
  maxTotal: number;
  /** total / maxTotal (0 when the maximum is 0). */
  share: number;
  /** Criterion points before bonus and penalty. */
  base: number;
  bonus: number;
  penalty: number;
  penaltyEvents: number;
  /** Quantitative and qualitative criteria that reached their maximum (a tie-break). */
  criteriaAtMax: number;
  criteria: CriterionScore[];
  band: BandDecision | null;
  missingTarget: MissingTargetPolicy;
}

const toHundredths = (x: number) => Math.round(x * 100);
const fromHundredths = (h: number) => h / 100;
/** A number as the arithmetic shows it: at most 4 decimals, no trailing zeros. */
export const fmt = (x: number) => String(Math.round(x * 10_000) / 10_000);

export const scoringOf = (content: CriteriaContent): ScoringSettings =>
  content.scoring ?? defaultScoring();

/** The target for a year under the version's policy, or why there is none. */
export function targetFor(
  targets: readonly { year: number; value: number }[],
  year: number,
  policy: MissingTargetPolicy,
): { year: number; value: number; earlier: boolean } | null {
  const same = targets.find((t) => t.year === year);
  if (same) return { ...same, earlier: false };
  if (policy !== 'latest_earlier') return null;
  const earlier = targets.filter((t) => t.year < year).sort((a, b) => b.year - a.year)[0];
  return earlier ? { ...earlier, earlier: true } : null;
}

/** Achievement as a fraction (1 = target met exactly); Infinity when lower is better and value is 0. */
export function achievement(direction: 'higher' | 'lower', value: number, target: number): number {
  if (direction === 'higher') return target <= 0 ? Infinity : value / target;
  if (value <= 0) return Infinity;
  return target / value;
}

type Quantitative = Extract<Criterion, { kind: 'quantitative' }>;
type Qualitative = Extract<Criterion, { kind: 'qualitative' }>;
type PerEvent = Extract<Criterion, { kind: 'bonus' | 'penalty' }>;

function scoreQuantitative(
  c: Quantitative,
  a: Answer | undefined,
  year: number,
  policy: MissingTargetPolicy,
): CriterionScore {
  const ruleKind = c.rule?.kind ?? 'proportional';
  const value = typeof a?.value === 'number' ? a.value : null;
  const base = {
    code: c.code,
    kind: c.kind,
    value,
    rule: ruleKind,
    max: c.maxPoints,
  } as const;
  const t = targetFor(c.targets, year, policy);
  if (!t)
    return {
      ...base,
      target: null,
      arithmetic: `—`,
      points: 0,
      skipped: true,
      notes: ['no_target_skipped'],
    };
  const notes: ScoreNote[] = t.earlier ? ['target_earlier_year'] : [];
  const target = { year: t.year, value: t.value };
  if (value === null)
    return {
      ...base,
      target,
      arithmetic: `0`,
      points: 0,
      skipped: false,
      notes: [...notes, 'missing_value'],
    };
  const ach = achievement(c.direction, value, t.value);
  if (c.rule?.kind === 'steps') {
    const percent = ach * 100;
    const step = [...c.rule.steps].reverse().find((s) => percent >= s.atLeastPercent);
    const share = step?.share ?? 0;
    const points = fromHundredths(toHundredths(c.maxPoints * share));
    const ratio =
      c.direction === 'higher'
        ? `${fmt(value)} / ${fmt(t.value)}`
        : `${fmt(t.value)} / ${fmt(value)}`;
    const reached = Number.isFinite(percent) ? `${fmt(percent)}%` : '∞';
    return {
      ...base,
      target,
      arithmetic: step
        ? `${ratio} = ${reached} ≥ ${fmt(step.atLeastPercent)}% → ${fmt(c.maxPoints)} × ${fmt(share)} = ${fmt(points)}`
        : `${ratio} = ${reached} → 0`,
      points,
      skipped: false,
      notes: step ? notes : [...notes, 'below_every_step'],
    };
  }
  const share = Math.min(1, ach);
  const points = fromHundredths(toHundredths(c.maxPoints * share));
  const arithmetic =
    c.direction === 'higher'
      ? t.value <= 0
        ? `${fmt(c.maxPoints)} (target 0) = ${fmt(points)}`
        : `${fmt(c.maxPoints)} × min(1, ${fmt(value)} / ${fmt(t.value)}) = ${fmt(points)}`
      : value <= 0
        ? `${fmt(c.maxPoints)} (value 0) = ${fmt(points)}`
        : `${fmt(c.maxPoints)} × min(1, ${fmt(t.value)} / ${fmt(value)}) = ${fmt(points)}`;
  return { ...base, target, arithmetic, points, skipped: false, notes };
}

/** Points of each level, best first: explicit, or evenly spaced from the maximum to 0. */
export function levelPointsOf(c: Qualitative): number[] {
  if (c.levelPoints && c.levelPoints.length === c.levels.length) return [...c.levelPoints];
  const n = c.levels.length;
  if (n <= 1) return c.levels.map(() => c.maxPoints);
  return c.levels.map((_, i) =>
    fromHundredths(toHundredths((c.maxPoints * (n - 1 - i)) / (n - 1))),
  );
}

function scoreQualitative(c: Qualitative, a: Answer | undefined): CriterionScore {
  const base = { code: c.code, kind: c.kind, target: null, max: c.maxPoints, skipped: false };
  if (c.scale === 'yes_no') {
    const met = typeof a?.met === 'boolean' ? a.met : null;
    const points = met ? c.maxPoints : 0;
    return {
      ...base,
      value: met,
      rule: 'yes_no',
      arithmetic: met ? `${fmt(c.maxPoints)}` : `0`,
      points,
      notes: met === null ? ['missing_value'] : met ? [] : ['not_met'],
    };
  }
  const level = typeof a?.level === 'string' ? a.level : null;
  const index = level === null ? -1 : c.levels.indexOf(level);
  const table = levelPointsOf(c);
  const rule: ScoreRule = c.levelPoints ? 'level_points' : 'levels';
  if (index < 0)
    return { ...base, value: level, rule, arithmetic: '0', points: 0, notes: ['missing_value'] };
  const points = Math.min(c.maxPoints, table[index]!);
  const n = c.levels.length;
  const arithmetic =
    rule === 'levels' && n > 1
      ? `${fmt(c.maxPoints)} × (${n} − ${index + 1}) / (${n} − 1) = ${fmt(points)}`
      : `${fmt(points)}`;
  return { ...base, value: level, rule, arithmetic, points, notes: [] };
}

function scorePerEvent(c: PerEvent, a: Answer | undefined): CriterionScore {
  const events = typeof a?.events === 'number' && a.events > 0 ? Math.floor(a.events) : 0;
  const raw = toHundredths(c.pointsPerEvent * events);
  const capped = raw > toHundredths(c.cap);
  const points = fromHundredths(Math.min(raw, toHundredths(c.cap)));
  return {
    code: c.code,
    kind: c.kind,
    value: events,
    target: null,
    rule: 'per_event',
    arithmetic: `min(${fmt(c.cap)}, ${fmt(c.pointsPerEvent)} × ${events}) = ${fmt(points)}`,
    points,
    max: c.cap,
    skipped: false,
    notes: capped ? ['capped'] : [],
  };
}

/** One criterion's score. */
export function scoreCriterion(
  c: Criterion,
  a: Answer | undefined,
  year: number,
  policy: MissingTargetPolicy = 'skip',
): CriterionScore {
  switch (c.kind) {
    case 'quantitative':
      return scoreQuantitative(c, a, year, policy);
    case 'qualitative':
      return scoreQualitative(c, a);
    default:
      return scorePerEvent(c, a);
  }
}

const measured = (s: CriterionScore) =>
  (s.kind === 'quantitative' || s.kind === 'qualitative') && !s.skipped;

/** The first condition of a band that the scores do not meet, with the criterion that fails it. */
function failedCondition(
  band: Band,
  scores: readonly CriterionScore[],
  penaltyEvents: number,
): { condition: BandCondition; criterion?: string } | null {
  for (const condition of band.conditions) {
    if (condition.kind === 'no_penalty') {
      if (penaltyEvents > 0) return { condition };
      continue;
    }
    const low = scores.find(
      (s) =>
        measured(s) && s.max > 0 && toHundredths(s.points) < toHundredths(s.max * condition.share),
    );
    if (low) return { condition, criterion: low.code };
  }
  return null;
}

/** The band a share of the maximum reaches, best first, with what decided it. */
export function bandFor(
  bands: readonly Band[],
  share: number,
  scores: readonly CriterionScore[],
  penaltyEvents: number,
): BandDecision | null {
  let failed: BandDecision['decidedBy'] | null = null;
  for (const band of bands) {
    if (share + 1e-9 < band.minShare) continue;
    const fail = failedCondition(band, scores, penaltyEvents);
    if (fail) {
      failed ??= { kind: 'condition_failed', band: band.code, ...fail };
      continue;
    }
    return {
      code: band.code,
      name: band.name,
      decidedBy: failed ?? { kind: 'share', share, minShare: band.minShare },
    };
  }
  return null;
}

/**
 * Scores one report: the criteria of `content` that apply to `unitKind` (all when omitted),
 * targets of `year`, values from `answers`.
 */
export function scoreReport(
  content: CriteriaContent,
  year: number,
  answers: Answers,
  unitKind?: string,
): ScoreResult {
  const settings = scoringOf(content);
  const criteria = content.groups
    .flatMap((g) => g.criteria)
    .filter(
      (c) => !unitKind || c.unitKinds.length === 0 || c.unitKinds.includes(unitKind as never),
    );
  const scores = criteria.map((c) =>
    scoreCriterion(c, answers[c.code], year, settings.missingTarget),
  );
  let base = 0;
  let max = 0;
  let bonus = 0;
  let penalty = 0;
  let penaltyEvents = 0;
  let atMax = 0;
  for (const s of scores) {
    if (s.skipped) continue;
    const h = toHundredths(s.points);
    if (s.kind === 'bonus') bonus += h;
    else if (s.kind === 'penalty') {
      penalty += h;
      penaltyEvents += Number(s.value) || 0;
    } else {
      base += h;
      max += toHundredths(s.max);
      if (h >= toHundredths(s.max)) atMax += 1;
    }
  }
  const total = Math.max(0, base + bonus - penalty);
  const share = max > 0 ? total / max : 0;
  return {
    total: fromHundredths(total),
    maxTotal: fromHundredths(max),
    share,
    base: fromHundredths(base),
    bonus: fromHundredths(bonus),
    penalty: fromHundredths(penalty),
    penaltyEvents,
    criteriaAtMax: atMax,
    criteria: scores,
    band: bandFor(settings.bands, share, scores, penaltyEvents),
    missingTarget: settings.missingTarget,
  };
}
