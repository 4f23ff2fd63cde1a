import { describe, expect, it } from 'vitest';
import {
  contentOf,
  qualitativeCriterion,
  quantitativeCriterion,
} from '../../../test/support/criteria-fixtures.ts';
import { checkPublishable, validateContent } from './validate.ts';

const fieldsOf = (input: unknown) => {
  const r = validateContent(input);
  return r.ok ? {} : Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, v.key]));
};

describe('validateContent: field paths', () => {
  const good = contentOf([qualitativeCriterion('A1'), quantitativeCriterion('A2')]);
  const withoutMax = structuredClone(good) as { groups: { criteria: Record<string, unknown>[] }[] };
  delete withoutMax.groups[0]!.criteria[1]!.maxPoints;

  it.each([
    ['a valid content', good, {}],
    ['an empty draft', { groups: [] }, {}],
    ['a criterion without a maximum', withoutMax, { 'groups.0.criteria.1.maxPoints': 'required' }],
    [
      'two criteria of one code (across groups, any case)',
      contentOf([qualitativeCriterion('A1')], [qualitativeCriterion('a1')]),
      { 'groups.1.criteria.0.code': 'criterion_code_duplicate' },
    ],
    [
      'a zero maximum',
      contentOf([qualitativeCriterion('A1', { maxPoints: 0 })]),
      { 'groups.0.criteria.0.maxPoints': 'too_small' },
    ],
    [
      'levels scale with one level',
      contentOf([qualitativeCriterion('A1', { scale: 'levels', levels: ['Tốt'] } as never)]),
      { 'groups.0.criteria.0.levels': 'criterion_levels_needed' },
    ],
    [
      'a bonus whose cap is below one event',
      contentOf([
        qualitativeCriterion('B1', { kind: 'bonus', pointsPerEvent: 5, cap: 2 } as never),
      ]).groups.map((g) => ({
        ...g,
        criteria: g.criteria.map(({ code, name, maxPoints, unitKinds, source }) => ({
          code,
          name,
          maxPoints,
          unitKinds,
          source,
          kind: 'bonus',
          pointsPerEvent: 5,
          cap: 2,
        })),
      })),
      { 'groups.0.criteria.0.cap': 'criterion_cap_below_event' },
    ],
    [
      'an unknown kind',
      contentOf([qualitativeCriterion('A1', { kind: 'magic' } as never)]),
      { 'groups.0.criteria.0.kind': 'criterion_kind_invalid' },
    ],
    [
      'a missing criterion code',
      contentOf([qualitativeCriterion('', {})]),
      { 'groups.0.criteria.0.code': 'required' },
    ],
    [
      'a target year given twice',
      contentOf([
        {
          ...quantitativeCriterion('Q1'),
          targets: [
            { year: 2026, value: 1 },
            { year: 2026, value: 2 },
          ],
        } as never,
      ]),
      { 'groups.0.criteria.0.targets.1.year': 'criterion_target_year_twice' },
    ],
    ['not an object', 'hello', { '': 'invalid_type' }],
  ])('%s', (_, input, expected) => {
    const wrapped = Array.isArray((input as { groups?: unknown }).groups)
      ? input
      : Array.isArray(input)
        ? { groups: input }
        : input;
    expect(fieldsOf(wrapped)).toEqual(expected);
  });

  it('publishing needs at least one criterion', () => {
    expect(checkPublishable({ groups: [] })).toEqual({ groups: { key: 'criteria_set_empty' } });
    expect(checkPublishable(good)).toEqual({});
  });
});
