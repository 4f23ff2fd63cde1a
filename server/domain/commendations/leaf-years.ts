import { ratings, type Rating } from '../../../shared/commendations/catalogue.ts';
import type {
  Evidence,
  FromPredecessor,
  NotCounted,
} from '../../../shared/contracts/eligibility.ts';
import type { LeafContext, LeafOutcome } from './evidence.ts';
import type { AwardRecord, PredecessorHistory, RatingRecord } from './history.ts';
import { yearStart } from './dates.ts';
import { partsOfYear } from './predecessors.ts';

/** Year-by-year records (ratings, titles held) and whether each counts; shared by the leaves. */

const ratingRank = (r: Rating): number => ratings.length - ratings.indexOf(r);
export const atLeast = (r: Rating, min: Rating): boolean => ratingRank(r) >= ratingRank(min);

/** NĐ 152/2025 Đ.4 k.4 đoạn 2: after a discipline, a year's achievements count only if it starts after the discipline ends. */
export function yearCounts(ctx: LeafContext, year: number): boolean {
  return (
    !ctx.principles.countFromDisciplineEnd ||
    ctx.disciplineEnd === undefined ||
    yearStart(year) > ctx.disciplineEnd
  );
}

const fromOf = (p: PredecessorHistory): FromPredecessor => ({
  from: p.name,
  fromUnitId: p.id,
  ...(p.verified ? {} : { link: 'unverified' as const }),
});

/** One unit's rating of `year` against `min`; `from` names a merged unit standing for the subject. */
function oneRating(
  ctx: LeafContext,
  ratings: readonly RatingRecord[],
  year: number,
  min: Rating,
  from: FromPredecessor = {},
): { met: boolean; evidence: Evidence } {
  const found = ratings.filter((r) => r.year === year).at(-1);
  if (!found) return { met: false, evidence: { kind: 'missing', what: 'rating', year, ...from } };
  const counted = yearCounts(ctx, year);
  const evidence: Evidence = counted
    ? { kind: 'rating', year, rating: found.rating, counted, ...from }
    : {
        kind: 'rating',
        year,
        rating: found.rating,
        counted,
        why: 'before_discipline_end',
        ...from,
      };
  return { met: counted && atLeast(found.rating, min), evidence };
}

/**
 * The rating of `year`. For a year before the collective existed, the units merged into it
 * stand for it (ADR 0021): with `all_predecessors` every one of them must have met `min` that
 * year; with `not_counted` their ratings are shown and only the collective's own record counts.
 */
export function ratingEvidence(
  ctx: LeafContext,
  year: number,
  min: Rating,
): { met: boolean; evidence: Evidence[] } {
  const parts = partsOfYear(ctx.known, year);
  const own = () => oneRating(ctx, ctx.known.ratings, year, min);
  if (!parts) {
    const { met, evidence } = own();
    return { met, evidence: [evidence] };
  }
  if (ctx.predecessorMode === 'not_counted') {
    const { met, evidence } = own();
    const shown = parts.flatMap((p) =>
      p.ratings
        .filter((r) => r.year === year)
        .slice(-1)
        .map((r): Evidence => ({
          kind: 'rating',
          year,
          rating: r.rating,
          counted: false,
          why: 'predecessor_not_counted',
          ...fromOf(p),
        })),
    );
    return { met, evidence: [evidence, ...shown] };
  }
  const each = parts.map((p) => oneRating(ctx, p.ratings, year, min, fromOf(p)));
  return { met: each.every((e) => e.met), evidence: each.map((e) => e.evidence) };
}

/** NĐ 152/2025 Đ.4 k.3: thematic and sudden awards are no basis for merit. */
export function awardWhy(ctx: LeafContext, a: AwardRecord): NotCounted | undefined {
  if (ctx.principles.nonMeritKinds.includes(a.kind)) return 'non_merit_kind';
  if (!yearCounts(ctx, a.year)) return 'before_discipline_end';
  return undefined;
}

export function awardEvidence(ctx: LeafContext, a: AwardRecord): Evidence {
  const why = awardWhy(ctx, a);
  const base = {
    kind: 'award',
    awardCode: a.awardCode,
    year: a.year,
    awardKind: a.kind,
    decisionNo: a.decisionNo,
    decisionDate: a.decisionDate,
  } as const;
  return why ? { ...base, counted: false, why } : { ...base, counted: true };
}

/** One unit's records of `award` for `year`: met when one of them counts. */
function heldIn(
  ctx: LeafContext,
  awards: readonly AwardRecord[],
  award: string,
  year: number,
  from: FromPredecessor = {},
): LeafOutcome {
  const records = awards.filter((a) => a.awardCode === award && a.year === year);
  const evidence: Evidence[] = records.map(
    (a) => ({ ...awardEvidence(ctx, a), ...from }) as Evidence,
  );
  const met = records.some((a) => !awardWhy(ctx, a));
  if (!records.length)
    evidence.push({ kind: 'missing', what: 'award', year, awardCode: award, ...from });
  return { met, evidence };
}

/** Per year: the counted merit records of `award`, with everything on file as evidence; merged units stand for the years before the merger as in ratingEvidence. */
export function yearsHeld(ctx: LeafContext, award: string, years: number[]): LeafOutcome {
  const evidence: Evidence[] = [];
  let met = true;
  for (const year of years) {
    const parts = partsOfYear(ctx.known, year);
    const own = () => heldIn(ctx, ctx.known.awards, award, year);
    let outcome: LeafOutcome;
    if (!parts) outcome = own();
    else if (ctx.predecessorMode === 'not_counted') {
      const mine = own();
      const shown = parts.flatMap((p) =>
        p.awards
          .filter((a) => a.awardCode === award && a.year === year)
          .map(
            (a) =>
              ({
                ...awardEvidence(ctx, a),
                counted: false,
                why: 'predecessor_not_counted',
                ...fromOf(p),
              }) as Evidence,
          ),
      );
      outcome = { met: mine.met, evidence: [...mine.evidence, ...shown] };
    } else {
      const each = parts.map((p) => heldIn(ctx, p.awards, award, year, fromOf(p)));
      outcome = { met: each.every((e) => e.met), evidence: each.flatMap((e) => e.evidence) };
    }
    met &&= outcome.met;
    evidence.push(...outcome.evidence);
  }
  return { met, evidence };
}
