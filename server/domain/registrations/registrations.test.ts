import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaContent } from '../../../shared/contracts/criteria-content.ts';
import { registrationStatuses, type Commitments } from '../../../shared/contracts/registrations.ts';
import { checkRegistration } from './commitments.ts';
import { pledgeCompleteness } from './pledge.ts';
import { countStatuses, registrationStatus } from './status.ts';

const quantitative = (
  code: string,
  measure: string,
  unitKinds: string[] = [],
  years: number[] = [],
) => ({
  code,
  name: { vi: code, en: code },
  maxPoints: 10,
  unitKinds,
  source: { kind: 'plan_clause', reference: 'III.1' },
  kind: 'quantitative',
  indicator: code,
  measure,
  direction: 'higher',
  targets: years.map((year) => ({ year, value: 10 })),
  aggregation: 'sum',
});
const content = {
  groups: [
    {
      name: { vi: 'A', en: 'A' },
      criteria: [
        quantitative('Q1', '%'),
        quantitative('Q2', 'km', ['commune']),
        quantitative('Q3', '%', [], [2025, 2026]),
        // like A-THR-5: only 2025 has a target
        quantitative('Q4', '%', [], [2025]),
      ],
    },
  ],
} as unknown as CriteriaContent;

const empty: Commitments = { values: {}, collectiveTitles: [], individualTitles: [], note: '' };
const check = (
  c: Partial<Commitments>,
  extra: Partial<Parameters<typeof checkRegistration>[0]> = {},
) =>
  checkRegistration({
    commitments: { ...empty, ...c },
    versionStatus: 'published',
    content,
    unitKind: 'provincial_department',
    year: 2026,
    complete: false,
    ...extra,
  });

describe('checkRegistration', () => {
  it.each([
    ['a valid draft', {}, {}, []],
    ['a percentage over 100', { values: { Q1: 101 } }, {}, ['values.Q1']],
    ['a negative value', { values: { Q1: -1 } }, {}, ['values.Q1']],
    ['a criterion not applying to the unit kind', { values: { Q2: 3 } }, {}, ['values.Q2']],
    ['a missing value on submit', {}, { complete: true }, ['values.Q1', 'values.Q3']],
    ['a complete 2026 submission without Q4', { values: { Q1: 1, Q3: 2 } }, { complete: true }, []],
    ['a value for a criterion with no target this year', { values: { Q4: 5 } }, {}, ['values.Q4']],
    [
      'Q4 asked in 2025',
      { values: { Q1: 1, Q3: 2 } },
      { complete: true, year: 2025 },
      ['values.Q4'],
    ],
    ['a draft version', { values: { Q1: 90 } }, { versionStatus: 'draft' }, ['criteriaVersion']],
    ['a collective title', { collectiveTitles: ['TTLDXS'] }, {}, []],
    [
      'an individual title as collective',
      { collectiveTitles: ['CSTDCS'] },
      {},
      ['collectiveTitles.0'],
    ],
    ['an unknown title', { collectiveTitles: ['NOPE'] }, {}, ['collectiveTitles.0']],
    ['a duplicate title', { collectiveTitles: ['TTLDXS', 'TTLDXS'] }, {}, ['collectiveTitles.1']],
    ['an individual aim', { individualTitles: [{ code: 'LDTT', count: 12 }] }, {}, []],
    [
      'a collective title as individual, count 0',
      { individualTitles: [{ code: 'TTLDTT', count: 0 }] },
      {},
      ['individualTitles.0.code', 'individualTitles.0.count'],
    ],
  ] as const)('%s', (_name, commitments, extra, fields) => {
    expect(Object.keys(check(commitments as Partial<Commitments>, extra)).sort()).toEqual(
      [...fields].sort(),
    );
  });

  it('accepts every percentage in [0, 100] and rejects everything else', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (v) => {
        const ok = Number.isFinite(v) && v >= 0 && v <= 100;
        expect('values.Q1' in check({ values: { Q1: v } })).toBe(!ok);
      }),
    );
  });
});

describe('registrationStatus', () => {
  it.each([
    [undefined, '2026-03-31', '2026-03-01', 'not_registered'],
    [{ status: 'draft' }, '2026-03-31', '2026-03-31', 'draft'],
    [{ status: 'draft' }, '2026-03-31', '2026-04-01', 'late'],
    [undefined, '2026-03-31', '2026-04-01', 'late'],
    [{ status: 'submitted' }, '2026-03-31', '2026-05-01', 'submitted'],
  ] as const)('%j by %s on %s → %s', (reg, deadline, today, expected) => {
    expect(registrationStatus(reg, deadline, today)).toBe(expected);
  });

  it('a submitted registration is never late, and nothing is late before the deadline', () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(undefined, 'draft', 'submitted'),
        day,
        day,
        (s, deadline, today) => {
          const status = registrationStatus(s ? { status: s } : undefined, deadline, today);
          if (s === 'submitted') expect(status).toBe('submitted');
          if (today <= deadline) expect(status).not.toBe('late');
          const counts = countStatuses([status]);
          expect(registrationStatuses.reduce((n, k) => n + counts[k], 0)).toBe(1);
        },
      ),
    );
  });
});

describe('pledgeCompleteness', () => {
  const members = [
    { unitId: 'a', role: 'head' },
    { unitId: 'b', role: 'member' },
  ];
  it.each([
    [[], { complete: false, headSigned: false, missing: ['a', 'b'] }],
    [['b'], { complete: false, headSigned: false, missing: ['a'] }],
    [['a'], { complete: false, headSigned: true, missing: ['b'] }],
    [['b', 'a'], { complete: true, headSigned: true, missing: [] }],
  ])('signed %j', (signed, expected) => {
    expect(pledgeCompleteness(members, signed)).toEqual(expected);
  });

  it('is complete exactly when every member signed, in any order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 20 })),
        (ids, signed) => {
          const ms = ids.map((n, i) => ({ unitId: String(n), role: i === 0 ? 'head' : 'member' }));
          const result = pledgeCompleteness(ms, signed.map(String));
          expect(result.complete).toBe(ids.every((n) => signed.includes(n)));
          expect(result.complete && !result.headSigned).toBe(false);
        },
      ),
    );
  });
});
