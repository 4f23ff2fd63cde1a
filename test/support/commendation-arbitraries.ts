import fc from 'fast-check';
import {
  awardKinds,
  catalogue,
  caseKinds,
  contributionKinds,
  disciplineSeverities,
  localUnitKinds,
  personCategories,
  ratings,
  recognitionLevels,
  subjectKinds,
  type SubjectKind,
} from '../../shared/commendations/catalogue.ts';
import type { Condition, Leaf } from '../../shared/commendations/conditions.ts';
import { factLabels } from '../../shared/commendations/leaf-labels.ts';
import type { Rule } from '../../shared/commendations/rule-schema.ts';
import type {
  AwardRecord,
  OpenCase,
  SubjectHistory,
} from '../../server/domain/commendations/history.ts';

/** fast-check generators for histories, condition trees and rules (test support only). */

const dateIn = (fromYear: number, toYear: number) =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1), max: Date.UTC(toYear, 11, 31) })
    .map((t) => new Date(t).toISOString().slice(0, 10));
export const checkDate = dateIn(2024, 2026);
const year = fc.integer({ min: 2019, max: 2026 });
const codes = catalogue.map((a) => a.code);
const facts = Object.keys(factLabels);

export const awardRecord = (
  kinds: readonly AwardRecord['kind'][] = awardKinds,
): fc.Arbitrary<AwardRecord> =>
  fc
    .record({
      awardCode: fc.constantFrom(...codes),
      year,
      kind: fc.constantFrom(...kinds),
      n: fc.nat(999),
    })
    .map(({ n, ...a }) => ({
      ...a,
      decisionNo: `${n}/QĐ-UBND`,
      decisionDate: `${a.year + 1}-01-15`,
    }));

export const initiativeRecord = fc
  .record({
    n: fc.nat(9999),
    type: fc.constantFrom('initiative' as const, 'research' as const),
    level: fc.constantFrom(...recognitionLevels),
    recognisedOn: dateIn(2019, 2026),
  })
  .map(({ n, ...i }) => ({ ...i, id: `SK-${n}`, title: `Sáng kiến ${n}` }));

export const attestation = fc.record({
  fact: fc.constantFrom(...facts),
  year: fc.integer({ min: 2021, max: 2026 }),
  ref: fc.constant('Biên bản'),
});

const contribution = fc
  .record({ n: fc.nat(999), kind: fc.constantFrom(...contributionKinds), date: dateIn(2020, 2026) })
  .map(({ n, ...c }) => ({ ...c, id: `DG-${n}` }));

const memberYear = fc.record({
  memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5'),
  year: fc.integer({ min: 2022, max: 2026 }),
  titles: fc.subarray(['LDTT', 'CSTDCS']),
  rating: fc.constantFrom(...ratings),
  disciplineSeverity: fc.option(fc.constantFrom(...disciplineSeverities), { nil: undefined }),
});

export const history = (kind: SubjectKind): fc.Arbitrary<SubjectHistory> =>
  fc.record({
    subject: fc.record({
      id: fc.constant('s1'),
      kind: fc.constant(kind),
      category: fc.constantFrom(...personCategories),
      localUnitKind: fc.constantFrom(...localUnitKinds),
    }),
    ratings: fc.uniqueArray(fc.record({ year, rating: fc.constantFrom(...ratings) }), {
      selector: (r) => r.year,
      maxLength: 8,
    }),
    awards: fc.array(awardRecord(['merit']), { maxLength: 8 }),
    disciplines: fc.array(
      fc
        .record({
          id: fc.constant('KL-1'),
          severity: fc.constantFrom(...disciplineSeverities),
          decidedOn: dateIn(2018, 2025),
        })
        .map((d) => ({
          ...d,
          endsOn: `${Number(d.decidedOn.slice(0, 4)) + 1}${d.decidedOn.slice(4)}`,
        })),
      { maxLength: 1 },
    ),
    initiatives: fc.array(initiativeRecord, { maxLength: 6 }),
    absences: fc.array(
      fc
        .record({
          from: dateIn(2023, 2026),
          days: fc.integer({ min: 1, max: 200 }),
          reason: fc.constantFrom('maternity' as const, 'sick' as const, 'unpaid' as const),
        })
        .map(({ from, days, reason }) => ({
          from,
          to: new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000)
            .toISOString()
            .slice(0, 10),
          reason,
        })),
      { maxLength: 2 },
    ),
    members: fc.uniqueArray(memberYear, {
      selector: (m) => `${m.memberId}/${m.year}`,
      maxLength: 12,
    }),
    contributions: fc.array(contribution, { maxLength: 3 }),
    attestations: fc.array(attestation, { maxLength: 10 }),
  });

/** A case open on `onDate`: opened on or before it and not yet closed. */
export const openCaseOn = (onDate: string): fc.Arbitrary<OpenCase> =>
  fc
    .record({
      kind: fc.constantFrom(...caseKinds),
      daysBefore: fc.integer({ min: 0, max: 400 }),
      closedAfter: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    })
    .map(({ kind, daysBefore, closedAfter }) => {
      const day = (offset: number) =>
        new Date(Date.parse(`${onDate}T00:00:00Z`) + offset * 86_400_000)
          .toISOString()
          .slice(0, 10);
      return {
        id: 'VV-1',
        kind,
        openedOn: day(-daysBefore),
        closedOn: closedAfter === undefined ? undefined : day(closedAfter),
      };
    });

const award = fc.constantFrom(...codes.filter((c) => c !== 'GK_CT_UBND_HUYEN'));
const rating = fc.constantFrom(...ratings);
const small = fc.integer({ min: 1, max: 4 });

export const leaf: fc.Arbitrary<Leaf> = fc.oneof(
  fc.record({ kind: fc.constant('rating_in_year' as const), min: rating }),
  fc.record({ kind: fc.constant('consecutive_years_rating' as const), min: rating, years: small }),
  fc.record({ kind: fc.constant('holds_title_in_year' as const), award }),
  fc.record({ kind: fc.constant('title_held_consecutive' as const), award, years: small }),
  fc.record({ kind: fc.constant('award_held' as const), award }),
  fc.record({
    kind: fc.constant('initiatives_recognised' as const),
    count: small,
    minLevel: fc.constantFrom(...recognitionLevels),
    windowYears: small,
  }),
  fc.record({
    kind: fc.constant('no_discipline' as const),
    minSeverity: fc.constantFrom(...disciplineSeverities),
    windowYears: small,
  }),
  fc.record({
    kind: fc.constant('members_share_with_title' as const),
    award: fc.constantFrom('LDTT', 'CSTDCS'),
    minShare: fc.constantFrom(0.5, 0.7, 1),
  }),
  fc.record({
    kind: fc.constant('members_count_with_title' as const),
    award: fc.constantFrom('LDTT', 'CSTDCS'),
    min: small,
  }),
  fc.record({
    kind: fc.constant('no_member_discipline' as const),
    minSeverity: fc.constantFrom(...disciplineSeverities),
  }),
  fc.record({
    kind: fc.constant('household_contributed' as const),
    kinds: fc.subarray([...contributionKinds], { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('months_worked_in_year' as const),
    min: fc.integer({ min: 0, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('subject_category_in' as const),
    categories: fc.subarray([...personCategories], { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('local_unit_kind_in' as const),
    kinds: fc.subarray([...localUnitKinds], { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('attested' as const), fact: fc.constantFrom(...facts) }),
  fc.record({ kind: fc.constant('award_standard_met' as const), award }),
);

export const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constant('all' as const),
      conditions: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('any' as const),
      conditions: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('not' as const), condition: tie('node') }),
  ),
})).node;

/** A rule for an award the subject kind may receive, in force over the whole test range. */
export const ruleFor = (kind: SubjectKind): fc.Arbitrary<Rule> =>
  fc
    .record({
      awardCode: fc.constantFrom(
        ...catalogue
          .filter((a) => a.subjects.includes(kind) && !a.conferrableTo)
          .map((a) => a.code),
      ),
      condition,
    })
    .map(({ awardCode, condition: c }) => ({
      code: 'prop.rule',
      awardCode,
      subject: kind,
      effectiveFrom: '2024-01-01',
      citation: { instrument: 'Luật Thi đua, khen thưởng số 06/2022/QH15', article: '19' },
      condition: c,
    }));

export const subjectKind = fc.constantFrom(...subjectKinds);
