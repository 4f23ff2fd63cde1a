import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laiChauPlan } from './plan.ts';
import { laiChauSeedUnits } from './history.ts';
import { sectionKinds } from './types.ts';

const plan = laiChauPlan;
/** The plan as published, whitespace collapsed (page breaks split some paragraphs). */
const source = fs
  .readFileSync(path.join(import.meta.dirname, 'plan-source.vi.txt'), 'utf8')
  .replace(/\s+/g, ' ');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const criteria = plan.categories.flatMap((c) => c.groups.flatMap((g) => g.criteria));
const sectionsOf = (kind: string) => plan.sections.filter((s) => s.kind === kind);

describe('Lai Châu plan data', () => {
  it('carries the exact title, years and signer', () => {
    expect(plan.movement.titleVi).toBe(
      'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    );
    expect(source).toContain(`“${plan.movement.titleVi}”`);
    expect([plan.movement.startYear, plan.movement.endYear]).toEqual([2022, 2030]);
    expect(plan.movement.signerName).toBe('Trần Tiến Dũng');
    expect(plan.movement.code).toBe('HTCS-THTK-2022-2030');
  });

  it('has the counts the plan defines', () => {
    expect(sectionsOf('legal_basis')).toHaveLength(4);
    expect(sectionsOf('purpose').map((s) => s.clause)).toEqual([
      'I.1.a',
      'I.1.b',
      'I.1.c',
      'I.1.d',
    ]);
    expect(sectionsOf('requirement').map((s) => s.clause)).toEqual(['I.2.a', 'I.2.b', 'I.2.c']);
    const lines = sectionsOf('content_line');
    expect(lines.filter((s) => s.area === 'infrastructure')).toHaveLength(6);
    expect(lines.filter((s) => s.area === 'thrift')).toHaveLength(6);
    expect(sectionsOf('solution').map((s) => s.clause)).toEqual([
      'IV.1',
      'IV.2',
      'IV.3',
      'IV.4',
      'IV.5',
    ]);
    expect([...new Set(sectionsOf('duty').map((s) => s.clause))]).toEqual([
      'VI.1',
      'VI.2',
      'VI.3',
      'VI.4',
      'VI.5',
      'VI.6',
      'VI.7',
      'VI.8',
    ]);
    expect(sectionsOf('commendation_form').map((s) => s.vi)).toEqual(
      expect.arrayContaining([
        'Huân chương Lao động',
        'Bằng khen của Thủ tướng Chính phủ',
        'Bằng khen của Chủ tịch UBND tỉnh',
        'Giấy khen',
      ]),
    );
    expect(plan.phases).toHaveLength(2);
    expect(
      plan.phases.flatMap((p) => p.milestones.map((m) => [m.kind, m.dueYear, m.dueQuarter])),
    ).toEqual([
      ['plan_issued', 2023, 1],
      ['interim_review', 2025, null],
      ['final_review', 2030, null],
    ]);
    expect(plan.sectors).toHaveLength(13);
  });

  it('has 6 infrastructure and 9 thrift criteria for units and localities, and every category', () => {
    const [a, b, c, d] = plan.categories;
    expect(plan.categories.map((x) => x.clause)).toEqual([
      'III.1.a',
      'III.1.b',
      'III.1.c',
      'III.1.d',
    ]);
    expect(a!.groups.map((g) => [g.code, g.criteria.length])).toEqual([
      ['infrastructure', 6],
      ['thrift', 9],
    ]);
    expect(b!.groups.flatMap((g) => g.criteria)).toHaveLength(3);
    expect(c!.groups.flatMap((g) => g.criteria)).toHaveLength(3);
    expect(d!.groups.map((g) => [g.code, g.criteria.length])).toEqual([
      ['cadres', 1],
      ['citizens', 2],
      ['others', 1],
    ]);
  });

  it('gives every criterion, section and sector Vietnamese and English text', () => {
    const texts = [
      ...criteria.map((c) => [c.code, c.vi, c.en]),
      ...plan.sections.map((s) => [s.clause, s.vi, s.en]),
      ...plan.sectors.map((s) => [s.code, s.dutyVi, s.dutyEn]),
      ...plan.targets.map((t) => [t.code, t.nameVi, t.nameEn]),
    ];
    for (const [code, vi, en] of texts) {
      expect(vi!.trim().length, code).toBeGreaterThan(0);
      expect(en!.trim().length, code).toBeGreaterThan(0);
      expect(en, code).not.toBe(vi);
    }
    for (const s of plan.sections) expect(sectionKinds).toContain(s.kind);
  });

  it('keeps codes unique', () => {
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
    unique(criteria.map((c) => c.code));
    unique(plan.categories.map((c) => c.code));
    unique(plan.targets.map((t) => t.code));
    unique(plan.sectors.map((s) => s.code));
    unique(plan.phases.map((p) => p.code));
  });

  it('quotes the plan verbatim', () => {
    const quoted = [
      ...plan.sections.map((s) => s.vi),
      ...criteria.map((c) => c.vi),
      ...plan.categories.map((c) => c.nameVi),
      ...plan.targets.map((t) => t.sourceVi),
      ...plan.sectors.map((s) => s.dutyVi),
      ...plan.sectors.map((s) => s.extra.leadAsWordedVi),
      ...plan.phases.flatMap((p) => [p.nameVi, p.descriptionVi]),
    ];
    for (const text of quoted) expect(source, text.slice(0, 60)).toContain(flat(text));
  });

  it('states the province targets with their numbers', () => {
    const values = (code: string) =>
      plan.targets.find((t) => t.code === code)!.values.map((v) => [v.year, v.value, v.comparator]);
    expect(values('FOREST_COVER')).toEqual([
      [2025, 54, '≥'],
      [2030, 56, '≥'],
    ]);
    expect(values('SMALL_HYDROPOWER_PLANTS')).toEqual([[2025, 60, '≥']]);
    expect(values('POWER_LOSSES')).toEqual([[2025, 5, '<']]);
    expect(values('MARKETS')).toEqual([[2025, 29, '≥']]);
    expect(values('SUPERMARKETS')).toEqual([[2025, 4, '≥']]);
    expect(values('SELF_FINANCING_PUBLIC_SERVICE_UNITS')).toEqual([[2025, 17, '≥']]);
    expect(values('PUBLIC_SERVICE_UNITS_CHANGE')).toEqual([[2025, -10, '≤']]);
    expect(values('STATE_HOUSING_LAND_REARRANGED')).toEqual([[2025, 1, '=']]);
    const yearly = (code: string) => values(code).map(([year]) => year);
    const allYears = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
    expect(yearly('PUBLIC_INVESTMENT_DISBURSEMENT')).toEqual(allYears);
    expect(values('PUBLIC_INVESTMENT_DISBURSEMENT').every(([, v]) => v === 100)).toBe(true);
    expect(yearly('SOCIAL_LABOUR_PRODUCTIVITY_GROWTH')).toEqual(allYears);
    expect(values('RECURRENT_SPENDING_SHARE').every(([, v, c]) => v === 80 && c === '≈')).toBe(
      true,
    );
    const psu = plan.targets.find((t) => t.code === 'PUBLIC_SERVICE_UNITS_CHANGE')!;
    expect([psu.baselineYear, psu.baselineValue]).toEqual([2021, null]);
  });

  it('names only units the seed defines', () => {
    const codes = new Set(laiChauSeedUnits.map((u) => u.code));
    const named = [
      plan.movement.issuerUnit,
      ...plan.sectors.map((s) => s.leadUnit),
      ...plan.sections.flatMap((s) => (s.unit ? [s.unit] : [])),
    ];
    for (const code of named) expect(codes, code).toContain(code);
    expect(plan.sectors.map((s) => s.leadUnit)).toEqual([
      'SO-KHDT',
      'SO-GTVT',
      'SO-CT',
      'SO-TTTT',
      'SO-NNPTNT',
      'SO-XD',
      'SO-TNMT',
      'SO-TC',
      'SO-YT',
      'SO-KHCN',
      'SO-GDDT',
      'SO-VHTTDL',
      'SO-NV',
    ]);
  });
});
