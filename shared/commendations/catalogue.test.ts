import { describe, expect, it } from 'vitest';
import {
  baseSalaryTable,
  catalogue,
  conferrableOn,
  findAward,
  inForce,
  multiplierOn,
  subjectKinds,
} from './catalogue.ts';

/** The catalogue is data; these checks keep it consistent and tie its numbers to the clauses read. */

describe('catalogue', () => {
  it('codes are unique and every award has a citation, subjects, kinds and a dossier', () => {
    expect(new Set(catalogue.map((a) => a.code)).size).toBe(catalogue.length);
    for (const a of catalogue) {
      expect(a.citation.instrument && a.citation.article, a.code).toBeTruthy();
      expect(a.subjects.length * a.kinds.length * a.dossier.length, a.code).toBeGreaterThan(0);
      for (const d of a.dossier)
        expect(d.citation.instrument && d.citation.article, `${a.code}/${d.document}`).toBeTruthy();
      expect(a.name.vi && a.name.en && a.conferredBy.vi && a.conferredBy.en, a.code).toBeTruthy();
    }
  });

  it('multipliers are dated without overlap for each award and subject, and only for subjects the award is for', () => {
    for (const a of catalogue)
      for (const s of subjectKinds) {
        const dated = a.multipliers.filter((m) => m.subject === s);
        if (!a.subjects.includes(s)) expect(dated, `${a.code}/${s}`).toEqual([]);
        for (const [i, m] of dated.entries())
          for (const n of dated.slice(i + 1))
            expect(
              inForce(m.effectiveFrom, m.effectiveTo, n.effectiveFrom) ||
                inForce(n.effectiveFrom, n.effectiveTo, m.effectiveFrom),
            ).toBe(false);
      }
  });

  it.each([
    ['NĐ 152/2025 Đ.50 k.1 a — Chiến sĩ thi đua toàn quốc 4.5', 'CSTD_TQ', 'individual', 4.5],
    ['NĐ 152/2025 Đ.50 k.1 b — Chiến sĩ thi đua cấp tỉnh 3.0', 'CSTD_TINH', 'individual', 3.0],
    ['NĐ 152/2025 Đ.50 k.1 c — Chiến sĩ thi đua cơ sở 1.0', 'CSTDCS', 'individual', 1.0],
    ['NĐ 152/2025 Đ.50 k.1 d — Lao động tiên tiến 0.3', 'LDTT', 'individual', 0.3],
    ['NĐ 152/2025 Đ.50 k.2 a — Tập thể lao động xuất sắc 1.5', 'TTLDXS', 'collective', 1.5],
    ['NĐ 152/2025 Đ.50 k.2 b — Tập thể lao động tiên tiến 0.8', 'TTLDTT', 'collective', 0.8],
    [
      'NĐ 152/2025 Đ.50 k.2 c — xã, phường, đặc khu tiêu biểu 2.0',
      'XA_TIEU_BIEU',
      'collective',
      2.0,
    ],
    ['NĐ 152/2025 Đ.50 k.2 d — thôn, tổ dân phố văn hóa 1.5', 'THON_VAN_HOA', 'collective', 1.5],
    ['NĐ 152/2025 Đ.50 k.2 đ — Cờ thi đua của Chính phủ 12.0', 'CO_TD_CP', 'collective', 12.0],
    ['NĐ 152/2025 Đ.50 k.2 e — Cờ thi đua của tỉnh 8.0', 'CO_TD_TINH', 'collective', 8.0],
  ] as const)('%s', (_name, code, subject, value) => {
    const award = findAward(code);
    if (!award) throw new Error(code);
    const current = multiplierOn(award, subject, '2025-07-01');
    expect(current).toMatchObject({ value, citation: { article: '50', verified: true } });
    // the values did not change with the decree; NĐ 98/2023 Đ.54 k.1 was read for individuals
    expect(multiplierOn(award, subject, '2025-06-30')).toMatchObject({
      value,
      citation: { article: '54' },
    });
  });

  it.each([
    ['NĐ 152/2025 Đ.54 k.1 a — Bằng khen của Thủ tướng Chính phủ 3.5', 'BK_TTG', 3.5, 'a'],
    ['NĐ 152/2025 Đ.54 k.1 b — bằng khen of the province 1.5', 'BK_CT_UBND_TINH', 1.5, 'b'],
    ['NĐ 152/2025 Đ.54 k.1 e — Giấy khen (Luật Đ.75 k.1) 0.3', 'GK_CT_UBND_XA', 0.3, 'e'],
  ] as const)('%s (individual)', (_name, code, value, point) => {
    const award = findAward(code);
    if (!award) throw new Error(code);
    expect(multiplierOn(award, 'individual', '2025-07-01')).toMatchObject({
      value,
      citation: { article: '54', clause: '1', point, verified: true },
    });
    // the collective's amount (k.2) was not read and says so
    expect(multiplierOn(award, 'collective', '2025-07-01')?.citation.verified).toBe(false);
  });

  it.each([
    ['Luật 2022 Đ.21 — Chiến sĩ thi đua toàn quốc', 'CSTD_TQ', '21', true],
    ['Luật 2022 Đ.24 — Lao động tiên tiến', 'LDTT', '24', true],
    ['Luật 2022 Đ.25 — Cờ thi đua của Chính phủ', 'CO_TD_CP', '25', true],
    ['Luật 2022 Đ.26 — Cờ thi đua of the province', 'CO_TD_TINH', '26', true],
    ['Luật 2022 Đ.27 — Tập thể lao động xuất sắc', 'TTLDXS', '27', true],
    [
      'Luật 2022 Đ.22 — Chiến sĩ thi đua cấp tỉnh (by position, not read)',
      'CSTD_TINH',
      '22',
      false,
    ],
    ['Luật 2022 Đ.28 — Tập thể lao động tiên tiến (by position, not read)', 'TTLDTT', '28', false],
  ] as const)('%s', (_name, code, article, verified) => {
    expect(findAward(code)?.citation).toMatchObject({ article, verified });
  });

  it('NĐ 152/2025 Đ.49 k.4 — for the same form and level a collective gets more than an individual', () => {
    for (const a of catalogue.filter(
      (x) => x.category === 'form' && x.subjects.includes('collective'),
    )) {
      const ind = multiplierOn(a, 'individual', '2025-07-01');
      const col = multiplierOn(a, 'collective', '2025-07-01');
      if (ind && col) expect(col.value, a.code).toBeGreaterThan(ind.value);
    }
  });

  it('NĐ 152/2025 Đ.49 k.3 — a higher title pays more (individual titles by rank)', () => {
    const individual = catalogue
      .filter((a) => a.category === 'title' && a.subjects.includes('individual'))
      .sort((a, b) => a.rank - b.rank)
      .map((a) => multiplierOn(a, 'individual', '2025-07-01')?.value ?? 0);
    expect(individual).toEqual([...individual].sort((a, b) => a - b));
  });

  it('the district chair’s Giấy khen can be conferred until 2025-06-30 only', () => {
    const gk = findAward('GK_CT_UBND_HUYEN');
    if (!gk) throw new Error('GK_CT_UBND_HUYEN');
    expect([conferrableOn(gk, '2025-06-30'), conferrableOn(gk, '2025-07-01')]).toEqual([
      true,
      false,
    ]);
    expect(multiplierOn(gk, 'individual', '2025-07-01')).toBeUndefined();
  });
});

describe('base salary table', () => {
  it('NĐ 73/2024 Đ.3 k.2 — 2,340,000 đ from 2024-07-01; entries strictly ordered by date', () => {
    expect(baseSalaryTable.find((e) => e.effectiveFrom === '2024-07-01')?.amount).toBe(2_340_000);
    const dates = baseSalaryTable.map((e) => e.effectiveFrom);
    expect(dates).toEqual([...new Set(dates)].sort());
  });
});
