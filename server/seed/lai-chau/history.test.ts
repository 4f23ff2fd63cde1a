import { describe, expect, it } from 'vitest';
import { oldCommunes } from './communes-before-2025.ts';
import { newCommunes, unmergedCommunes } from './communes-2025.ts';
import { communeMergers } from './merger-2025.ts';
import { laiChauNameAliases } from './name-aliases.ts';
import { laiChauUnitEvents, laiChauUnits, resolveUnitHistory, treeProblems } from './history.ts';
import type { ResolvedUnit, SeedUnit, SeedUnitEvent } from './types.ts';
import { departmentCodes, districtCodes, provinceCode } from './units.ts';

const tree = laiChauUnits();
const activeOn = (date: string) =>
  tree.filter((u) => u.validFrom <= date && (u.validTo === null || u.validTo > date));
const versionOn = (u: ResolvedUnit, date: string) =>
  u.versions.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo > date));
const byCode = (code: string) => tree.find((u) => u.code === code)!;

describe('Lai Châu unit tree', () => {
  it('is consistent: every parent covers its children, versions leave no gaps', () => {
    expect(treeProblems(tree)).toEqual([]);
    expect(new Set(tree.map((u) => u.code)).size).toBe(tree.length);
    expect(new Set(laiChauUnitEvents.map((e) => e.key)).size).toBe(laiChauUnitEvents.length);
  });

  it("has one root, the provincial People's Committee", () => {
    const roots = tree.filter((u) => u.versions.every((v) => v.parentCode === null));
    expect(roots.map((u) => [u.code, u.kind, u.versions[0]!.name])).toEqual([
      [provinceCode, 'province', 'Ủy ban nhân dân tỉnh Lai Châu'],
    ]);
  });

  it('shows the districts and the old departments in mid-2024', () => {
    const codes = activeOn('2024-06-01').map((u) => u.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        ...Object.values(districtCodes),
        departmentCodes.planningInvestment,
        departmentCodes.labourInvalidsSocialAffairs,
      ]),
    );
    expect(codes).not.toContain(departmentCodes.agricultureEnvironment);
    expect(versionOn(byCode(districtCodes.laiChauCity), '2024-06-01')!.name).toBe(
      'Thành phố Lai Châu',
    );
    expect(versionOn(byCode(districtCodes.laiChauCity), '2010-01-01')!.name).toBe(
      'Thị xã Lai Châu',
    );
  });

  it('shows no district, the merged departments and 38 communes in 2026', () => {
    const active = activeOn('2026-01-01');
    expect(active.filter((u) => u.kind === 'district')).toEqual([]);
    const communes = active.filter((u) => u.kind === 'commune');
    expect(communes).toHaveLength(38);
    expect(communes.every((u) => versionOn(u, '2026-01-01')!.parentCode === provinceCode)).toBe(
      true,
    );
    const names = communes.map((u) => versionOn(u, '2026-01-01')!.name);
    expect(names.filter((n) => n.startsWith('Xã '))).toHaveLength(36);
    expect(names.filter((n) => n.startsWith('Phường ')).sort()).toEqual([
      'Phường Tân Phong',
      'Phường Đoàn Kết',
    ]);
    const codes = active.map((u) => u.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        departmentCodes.agricultureEnvironment,
        departmentCodes.ethnicReligious,
        departmentCodes.finance,
      ]),
    );
    for (const gone of [
      'SO-KHDT',
      'SO-GTVT',
      'SO-TNMT',
      'SO-NNPTNT',
      'SO-TTTT',
      'SO-LDTBXH',
      'BAN-DT',
    ])
      expect(codes).not.toContain(gone);
  });

  it('ends merged-away departments on 2025-03-01 and districts on 2025-07-01', () => {
    expect(byCode(departmentCodes.planningInvestment).validTo).toBe('2025-03-01');
    expect(byCode(departmentCodes.planningInvestment).versions.at(-1)!.validTo).toBe('2025-03-01');
    expect(byCode(departmentCodes.finance).validTo).toBeNull();
    expect(byCode(districtCodes.namNhun).validTo).toBe('2025-07-01');
  });

  it('records the 2025 events with their parties and bases', () => {
    const nnmt = laiChauUnitEvents.find((e) =>
      e.parties.some((p) => p.unit === departmentCodes.agricultureEnvironment),
    )!;
    expect(
      nnmt.parties
        .filter((p) => p.role === 'predecessor')
        .map((p) => p.unit)
        .sort(),
    ).toEqual(['SO-NNPTNT', 'SO-TNMT']);
    const tc = laiChauUnitEvents.find((e) => e.key === 'merge-so-tc-2025')!;
    expect(
      tc.parties
        .filter((p) => p.unit === 'SO-TC')
        .map((p) => p.role)
        .sort(),
    ).toEqual(['predecessor', 'successor']);
    const khcn = laiChauUnitEvents.find((e) => e.key === 'merge-so-khcn-2025')!;
    expect(khcn.parties.find((p) => p.unit === departmentCodes.cultureSportsTourism)).toMatchObject(
      { role: 'successor', share: expect.any(String) },
    );
    const creates = laiChauUnitEvents.filter((e) => e.kind === 'create');
    expect(creates).toHaveLength(newCommunes.length);
    expect(
      creates.every(
        (e) =>
          e.basis.includes('1670/NQ-UBTVQH15') &&
          /thuộc địa bàn (huyện|thành phố)/.test(e.note ?? ''),
      ),
    ).toBe(true);
    expect(laiChauUnitEvents.filter((e) => e.kind === 'dissolve')).toHaveLength(8);
    expect(
      laiChauUnitEvents.filter((e) => e.kind === 'move').map((e) => e.parties[0]!.unit),
    ).toEqual(unmergedCommunes.map((u) => u.code));
    for (const e of laiChauUnitEvents) expect(e.basis.length, e.key).toBeGreaterThan(0);
  });
});

describe('the communes before and after 2025-07-01', () => {
  const communesOn = (date: string) => activeOn(date).filter((u) => u.kind === 'commune');
  const typeCounts = (date: string) => {
    const counts: Record<string, number> = {};
    for (const u of communesOn(date)) {
      const type = versionOn(u, date)!.communeType ?? 'none';
      counts[type] = (counts[type] ?? 0) + 1;
    }
    return counts;
  };

  it('holds 106 old units on 2024-12-31 (94 xã, 5 phường, 7 thị trấn) under the 8 districts', () => {
    expect(communesOn('2024-12-31')).toHaveLength(106);
    expect(typeCounts('2024-12-31')).toEqual({ rural_commune: 94, ward: 5, township: 7 });
    const parents = new Set(
      communesOn('2024-12-31').map((u) => versionOn(u, '2024-12-31')!.parentCode),
    );
    expect([...parents].sort()).toEqual(Object.values(districtCodes).sort());
    expect(typeCounts('2026-01-01')).toEqual({ rural_commune: 36, ward: 2 });
  });

  it('keeps names with their diacritics and the kind in the name', () => {
    const names = communesOn('2024-12-31').map((u) => versionOn(u, '2024-12-31')!.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Xã Sì Lở Lầu',
        'Xã Pa Vệ Sủ',
        'Thị trấn Mường Tè',
        'Xã Mường Tè',
        'Phường Đông Phong',
        'Xã Nậm Cha',
        'Xã Nậm Chà',
      ]),
    );
    for (const u of oldCommunes)
      expect(u.name).toMatch(
        u.communeType === 'ward'
          ? /^Phường /
          : u.communeType === 'township'
            ? /^Thị trấn /
            : /^Xã /,
      );
  });

  it('places the four doubtful units as decided: Sùng Phài in the city, the others where listed', () => {
    const parentOf = (name: string) =>
      versionOn(
        communesOn('2024-12-31').find((u) => versionOn(u, '2024-12-31')!.name === `Xã ${name}`)!,
        '2024-12-31',
      )!.parentCode;
    expect(parentOf('Sùng Phài')).toBe(districtCodes.laiChauCity);
    expect(parentOf('Nùng Nàng')).toBe(districtCodes.tamDuong);
    expect(parentOf('Bản Giang')).toBe(districtCodes.tamDuong);
    expect(parentOf('Lản Nhì Thàng')).toBe(districtCodes.phongTho);
  });

  it('gives old units codes of their own, never a 2025 one', () => {
    const newCodes = new Set(newCommunes.map((c) => c.code));
    expect(oldCommunes.filter((u) => newCodes.has(u.code))).toEqual([]);
    expect(byCode('XA-MUONG-KIM-THAN-UYEN').validTo).toBe('2025-07-01');
    expect(byCode('XA-MUONG-KIM').validFrom).toBe('2025-07-01');
    expect(oldCommunes.every((u) => u.code.length <= 50)).toBe(true);
  });

  it('merges every old unit into exactly one new one, unverified; Mù Cả and Tà Tổng move', () => {
    expect(communeMergers).toHaveLength(36);
    expect(communeMergers.every((e) => e.verified === false && e.basis.includes('1670'))).toBe(
      true,
    );
    const preds = communeMergers.flatMap((e) =>
      e.parties.filter((p) => p.role === 'predecessor').map((p) => p.unit),
    );
    expect(preds).toHaveLength(104);
    expect(new Set(preds)).toEqual(new Set(oldCommunes.map((u) => u.code)));
    const successors = communeMergers.map(
      (e) => e.parties.find((p) => p.role === 'successor')!.unit,
    );
    expect(new Set(successors)).toEqual(new Set(newCommunes.map((c) => c.code)));
    const moves = laiChauUnitEvents.filter((e) => e.kind === 'move');
    expect(moves.every((e) => e.verified !== false)).toBe(true);
    const doanKet = communeMergers.find((e) => e.key === 'merge-phuong-doan-ket-2025')!;
    expect(doanKet.parties.filter((p) => p.role === 'predecessor').map((p) => p.unit)).toEqual([
      'PHUONG-DOAN-KET-LAI-CHAU',
      'PHUONG-QUYET-TIEN-LAI-CHAU',
      'PHUONG-QUYET-THANG-LAI-CHAU',
      'XA-LAN-NHI-THANG-PHONG-THO',
      'XA-SUNG-PHAI-LAI-CHAU',
    ]);
  });

  it('maps each alias to a name the seed keeps', () => {
    const shortNames = new Set(oldCommunes.map((u) => u.shortName));
    for (const [alias, kept] of laiChauNameAliases) {
      expect(shortNames.has(kept) || newCommunes.some((c) => c.shortName === kept), kept).toBe(
        true,
      );
      expect(shortNames.has(alias), alias).toBe(false);
    }
  });
});

describe('resolveUnitHistory', () => {
  const unit = (code: string, parentCode: string | null = null): SeedUnit => ({
    code,
    kind: 'district',
    name: code,
    shortName: null,
    parentCode,
    validFrom: '2000-01-01',
  });
  const dissolve = (key: string, code: string, date: string): SeedUnitEvent => ({
    key,
    kind: 'dissolve',
    effectiveDate: date,
    basis: 'b',
    note: null,
    parties: [{ unit: code, role: 'subject' }],
  });

  it('rejects an unknown unit, a unit ended twice and an empty version', () => {
    expect(() => resolveUnitHistory([unit('A')], [dissolve('x', 'B', '2001-01-01')])).toThrow(
      /unknown unit B/,
    );
    expect(() =>
      resolveUnitHistory(
        [unit('A')],
        [dissolve('x', 'A', '2001-01-01'), dissolve('y', 'A', '2002-01-01')],
      ),
    ).toThrow(/already ended/);
    expect(() => resolveUnitHistory([unit('A')], [dissolve('x', 'A', '2000-01-01')])).toThrow(
      /empty version/,
    );
  });

  it('flags a child left under a dissolved parent', () => {
    const resolved = resolveUnitHistory(
      [unit('P'), unit('C', 'P')],
      [dissolve('x', 'P', '2001-01-01')],
    );
    expect(treeProblems(resolved)).toEqual(['C: parent P does not cover 2000-01-01..']);
  });
});
