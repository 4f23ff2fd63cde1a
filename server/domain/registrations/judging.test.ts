import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitKinds } from '../../../shared/unit-kinds.ts';
import { categoryOfUnitKind, categoryUnitKinds } from '../criteria/categories.ts';
import type { CriteriaContent } from '../../../shared/contracts/criteria-content.ts';
import { appliesToKind, judgingProblem, type JudgingSet } from './judging.ts';

const criterion = (code: string, unitKinds: string[]) => ({
  code,
  name: { vi: code, en: code },
  maxPoints: 10,
  unitKinds,
  source: { kind: 'department_decision', reference: 'QĐ 1' },
  kind: 'qualitative',
  scale: 'yes_no',
  levels: [],
  evidenceRequired: true,
});
const contentOf = (...kinds: string[][]) =>
  ({
    groups: [{ name: { vi: 'N', en: 'G' }, criteria: kinds.map((k, i) => criterion(`C${i}`, k)) }],
  }) as unknown as CriteriaContent;

const category = (code: string): JudgingSet => ({
  categoryCode: code,
  sectorCode: null,
  startYear: 2022,
  endYear: 2030,
});
const sector: JudgingSet = { categoryCode: null, sectorCode: 'XD', startYear: 2022, endYear: 2030 };
const keyOf = (set: JudgingSet, content: CriteriaContent, kind: string, year = 2026) =>
  judgingProblem(set, content, kind, year)?.key;

describe('judgingProblem', () => {
  it.each([
    ['its own category set', category('units_localities'), contentOf([]), 'commune', undefined],
    [
      'another category set',
      category('front_organisations'),
      contentOf([]),
      'commune',
      'registration_set_other_category',
    ],
    [
      'the individuals set',
      category('individuals'),
      contentOf([]),
      'commune',
      'registration_set_other_category',
    ],
    [
      'a category set for the province itself',
      category('units_localities'),
      contentOf([]),
      'province',
      'registration_set_other_category',
    ],
    [
      'a sector set with a criterion for its kind',
      sector,
      contentOf(['commune']),
      'commune',
      undefined,
    ],
    [
      'a sector set with a criterion for every kind',
      sector,
      contentOf([]),
      'enterprise',
      undefined,
    ],
    [
      'a sector set for other kinds only',
      sector,
      contentOf(['enterprise'], ['cooperative']),
      'commune',
      'registration_set_not_applicable',
    ],
    ['an empty sector set', sector, contentOf(), 'commune', 'registration_set_not_applicable'],
  ])('%s', (_name, set, content, kind, expected) => {
    expect(keyOf(set, content, kind)).toBe(expected);
  });

  it('refuses a year outside the set, naming the years', () => {
    expect(judgingProblem(category('units_localities'), contentOf([]), 'commune', 2031)).toEqual({
      key: 'registration_set_year_outside',
      params: { year: 2031, start: 2022, end: 2030 },
    });
  });
});

describe('which category judges a unit', () => {
  it('every unit kind belongs to at most one category, never to individuals', () => {
    for (const kind of unitKinds) {
      const owners = Object.entries(categoryUnitKinds).filter(([, kinds]) =>
        (kinds as readonly string[]).includes(kind),
      );
      expect(owners.length).toBeLessThanOrEqual(1);
      expect(categoryOfUnitKind(kind)).toBe(owners[0]?.[0] ?? null);
    }
    expect(categoryOfUnitKind('province')).toBeNull();
    expect(categoryOfUnitKind('sub_unit')).toBeNull();
  });

  it('property: of the category sets, exactly the unit’s own admits it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...unitKinds),
        fc.integer({ min: 2022, max: 2030 }),
        (kind, y) => {
          const admitting = Object.keys(categoryUnitKinds).filter(
            (code) => !judgingProblem(category(code), contentOf([]), kind, y),
          );
          expect(admitting).toEqual(categoryOfUnitKind(kind) ? [categoryOfUnitKind(kind)] : []);
        },
      ),
    );
  });

  it('property: a sector set admits a kind exactly when some criterion applies to it', () => {
    const kinds = fc.subarray([...unitKinds]);
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 5 }), fc.constantFrom(...unitKinds), (cs, kind) => {
        const content = contentOf(...cs);
        const applies = cs.some((k) => k.length === 0 || k.includes(kind));
        expect(appliesToKind(content, kind)).toBe(applies);
        expect(keyOf(sector, content, kind) === undefined).toBe(applies);
      }),
    );
  });
});
