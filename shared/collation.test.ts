import { describe, expect, it } from 'vitest';
import { byName, compareNames, compareUnits } from './collation.ts';

describe('Vietnamese collation', () => {
  it('orders "Mù Cả, Mường Tè, Tà Tổng" whatever order they come in', () => {
    expect(['Tà Tổng', 'Mường Tè', 'Mù Cả'].sort(compareNames)).toEqual([
      'Mù Cả',
      'Mường Tè',
      'Tà Tổng',
    ]);
  });

  it('puts ă â after a, đ after d and ư after u, which neither byte order nor the root collation does', () => {
    const names = ['Dào San', 'Đà Bắc', 'Ăn Thượng', 'Ảo Sơn', 'An Bình', 'Ưu Điềm', 'Uyên'];
    expect([...names].sort(compareNames)).toEqual([
      'An Bình',
      'Ảo Sơn',
      'Ăn Thượng',
      'Dào San',
      'Đà Bắc',
      'Uyên',
      'Ưu Điềm',
    ]);
    expect([...names].sort()).not.toEqual([...names].sort(compareNames));
  });

  it('sorts records by a name and units by kind, then name', () => {
    const people = [{ fullName: 'Lò Văn Pọm' }, { fullName: 'Đỗ Thị Hà' }, { fullName: 'Bùi An' }];
    expect(people.sort(byName((p) => p.fullName)).map((p) => p.fullName)).toEqual([
      'Bùi An',
      'Đỗ Thị Hà',
      'Lò Văn Pọm',
    ]);
    const units = [
      { kind: 'commune', name: 'Xã Tà Tổng' },
      { kind: 'provincial_department', name: 'Sở Xây dựng' },
      { kind: 'commune', name: 'Xã Mù Cả' },
      { kind: 'provincial_department', name: 'Sở Nội vụ' },
    ];
    expect(units.sort(compareUnits).map((u) => u.name)).toEqual([
      'Sở Nội vụ',
      'Sở Xây dựng',
      'Xã Mù Cả',
      'Xã Tà Tổng',
    ]);
  });
});
