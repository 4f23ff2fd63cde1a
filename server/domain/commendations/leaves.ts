import {
  disciplineSeverities,
  recognitionLevels,
  type DisciplineSeverity,
} from '../../../shared/commendations/catalogue.ts';
import type { Leaf } from '../../../shared/commendations/conditions.ts';
import { daysInclusive, maxDate, minDate, overlaps, yearEnd, yearStart } from './dates.ts';
import type { Evidence, NotCounted } from '../../../shared/contracts/eligibility.ts';
import type { LeafContext, LeafOutcome } from './evidence.ts';
import {
  atLeast,
  awardEvidence,
  awardWhy,
  ratingEvidence,
  yearCounts,
  yearsHeld,
} from './leaf-years.ts';

/** One evaluator per leaf kind; each lists every record it looked at, so the answer can be checked by hand. */

const severityAtLeast = (s: DisciplineSeverity, min: DisciplineSeverity): boolean =>
  disciplineSeverities.indexOf(s) >= disciplineSeverities.indexOf(min);
const window = (ctx: LeafContext, years: number): number[] =>
  Array.from({ length: years }, (_, i) => ctx.year - years + 1 + i);

function members(
  ctx: LeafContext,
  matches: (m: LeafContext['known']['members'][number]) => boolean,
  minShare?: number,
  minCount?: number,
): LeafOutcome {
  const rows = ctx.known.members.filter((m) => m.year === ctx.year);
  if (!rows.length)
    return { met: false, evidence: [{ kind: 'missing', what: 'members', year: ctx.year }] };
  const matching = rows.filter(matches);
  const share = matching.length / rows.length;
  const evidence: Evidence = {
    kind: 'members',
    year: ctx.year,
    total: rows.length,
    matching: matching.length,
    share,
    matchingIds: matching.map((m) => m.memberId),
    otherIds: rows.filter((m) => !matches(m)).map((m) => m.memberId),
  };
  // compare counts, not floating shares: 7 of 10 meets 70%
  const met =
    (minShare === undefined || matching.length >= minShare * rows.length - 1e-9) &&
    (minCount === undefined || matching.length >= minCount);
  return { met, evidence: [evidence] };
}

function workedMonths(ctx: LeafContext): Evidence & { kind: 'worked_time' } {
  const s = ctx.known.subject;
  const from = maxDate(yearStart(ctx.year), s.employedFrom ?? yearStart(ctx.year));
  const to = minDate(yearEnd(ctx.year), s.employedTo ?? yearEnd(ctx.year));
  let maternityDays = 0;
  let otherAbsenceDays = 0;
  for (const a of ctx.known.absences) {
    if (!overlaps(a.from, a.to, from, to)) continue;
    const days = daysInclusive(maxDate(a.from, from), minDate(a.to, to));
    if (a.reason === 'maternity') maternityDays += days;
    else otherAbsenceDays += days;
  }
  const uncounted = otherAbsenceDays + (ctx.principles.maternityCountsAsWorked ? 0 : maternityDays);
  const worked = Math.max(0, daysInclusive(from, to) - uncounted);
  const months =
    Math.round((worked / (daysInclusive(yearStart(ctx.year), yearEnd(ctx.year)) / 12)) * 100) / 100;
  return { kind: 'worked_time', year: ctx.year, months, maternityDays, otherAbsenceDays };
}

export function evaluateLeaf(leaf: Leaf, ctx: LeafContext): LeafOutcome {
  switch (leaf.kind) {
    case 'rating_in_year':
      return ratingEvidence(ctx, ctx.year, leaf.min);
    case 'consecutive_years_rating': {
      const each = window(ctx, leaf.years).map((y) => ratingEvidence(ctx, y, leaf.min));
      return { met: each.every((e) => e.met), evidence: each.flatMap((e) => e.evidence) };
    }
    case 'holds_title_in_year':
      return yearsHeld(ctx, leaf.award, [ctx.year]);
    case 'title_held_consecutive':
      return yearsHeld(ctx, leaf.award, window(ctx, leaf.years));
    case 'award_held': {
      const from = leaf.withinYears ? ctx.year - leaf.withinYears + 1 : -Infinity;
      const records = ctx.known.awards.filter(
        (a) => a.awardCode === leaf.award && a.year >= from && a.year <= ctx.year,
      );
      const met = records.some((a) => !awardWhy(ctx, a));
      const evidence = records.map((a) => awardEvidence(ctx, a));
      return {
        met,
        evidence: records.length
          ? evidence
          : [{ kind: 'missing', what: 'award', awardCode: leaf.award }],
      };
    }
    case 'award_standard_met': {
      const s = ctx.meetsStandard(leaf.award);
      return {
        met: s.met,
        evidence: [
          {
            kind: 'standard',
            awardCode: leaf.award,
            via: s.via,
            ruleCode: s.ruleCode,
            decisionNo: s.decisionNo,
          },
        ],
      };
    }
    case 'initiatives_recognised': {
      const from = yearStart(ctx.year - leaf.windowYears + 1);
      const minRank = recognitionLevels.indexOf(leaf.minLevel);
      const evidence: Evidence[] = [];
      let counted = 0;
      for (const i of ctx.known.initiatives) {
        const why: NotCounted | undefined =
          leaf.types && !leaf.types.includes(i.type)
            ? 'other_type'
            : i.recognisedOn < from
              ? 'outside_window'
              : recognitionLevels.indexOf(i.level) < minRank
                ? 'below_level'
                : ctx.principles.countFromDisciplineEnd &&
                    ctx.disciplineEnd !== undefined &&
                    i.recognisedOn <= ctx.disciplineEnd
                  ? 'before_discipline_end'
                  : undefined;
        if (why === 'other_type' || why === 'outside_window') continue;
        if (!why) counted += 1;
        const base = {
          kind: 'initiative',
          id: i.id,
          title: i.title,
          type: i.type,
          level: i.level,
          recognisedOn: i.recognisedOn,
          decisionNo: i.decisionNo,
        } as const;
        evidence.push(why ? { ...base, counted: false, why } : { ...base, counted: true });
      }
      if (!counted) evidence.push({ kind: 'missing', what: 'initiative' });
      return { met: counted >= leaf.count, evidence };
    }
    case 'no_discipline': {
      const from = yearStart(ctx.year - leaf.windowYears + 1);
      const found = ctx.known.disciplines.filter(
        (d) =>
          severityAtLeast(d.severity, leaf.minSeverity) &&
          overlaps(d.decidedOn, d.endsOn, from, maxDate(yearEnd(ctx.year), ctx.onDate)),
      );
      return {
        met: !found.length,
        evidence: found.map((d) => ({
          kind: 'discipline',
          id: d.id,
          severity: d.severity,
          decidedOn: d.decidedOn,
          endsOn: d.endsOn,
          ref: d.ref,
        })),
      };
    }
    case 'members_share_with_title':
      return members(ctx, (m) => m.titles.includes(leaf.award), leaf.minShare);
    case 'members_share_with_rating':
      return members(
        ctx,
        (m) => m.rating !== undefined && atLeast(m.rating, leaf.min),
        leaf.minShare,
      );
    case 'members_count_with_title':
      return members(ctx, (m) => m.titles.includes(leaf.award), undefined, leaf.min);
    case 'no_member_discipline': {
      const outcome = members(
        ctx,
        (m) =>
          m.disciplineSeverity !== undefined &&
          severityAtLeast(m.disciplineSeverity, leaf.minSeverity),
      );
      const found = outcome.evidence[0];
      return { met: found?.kind !== 'members' || found.matching === 0, evidence: outcome.evidence };
    }
    case 'household_contributed': {
      const from = leaf.windowYears ? yearStart(ctx.year - leaf.windowYears + 1) : '';
      const found = ctx.known.contributions.filter(
        (c) => leaf.kinds.includes(c.kind) && c.date >= from,
      );
      const evidence: Evidence[] = found.map((c) => ({
        kind: 'contribution',
        id: c.id,
        contributionKind: c.kind,
        date: c.date,
        project: c.project,
      }));
      return {
        met: found.length > 0,
        evidence: found.length ? evidence : [{ kind: 'missing', what: 'contribution' }],
      };
    }
    case 'months_worked_in_year': {
      const evidence = workedMonths(ctx);
      return { met: evidence.months >= leaf.min, evidence: [evidence] };
    }
    case 'subject_category_in': {
      const value = ctx.known.subject.category;
      return {
        met: value !== undefined && leaf.categories.includes(value),
        evidence: [{ kind: 'subject', attribute: 'category', value: value ?? null }],
      };
    }
    case 'local_unit_kind_in': {
      const value = ctx.known.subject.localUnitKind;
      return {
        met: value !== undefined && leaf.kinds.includes(value),
        evidence: [{ kind: 'subject', attribute: 'localUnitKind', value: value ?? null }],
      };
    }
    case 'attested': {
      const from = ctx.year - (leaf.windowYears ?? 1) + 1;
      const found = ctx.known.attestations.filter(
        (a) =>
          a.fact === leaf.fact && a.year >= from && a.year <= ctx.year && yearCounts(ctx, a.year),
      );
      const evidence: Evidence[] = found.map((a) => ({
        kind: 'attestation',
        fact: a.fact,
        year: a.year,
        ref: a.ref,
      }));
      return {
        met: found.length > 0,
        evidence: found.length
          ? evidence
          : [{ kind: 'missing', what: 'attestation', year: ctx.year, fact: leaf.fact }],
      };
    }
  }
}
