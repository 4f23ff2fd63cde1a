/**
 * Other spellings of Lai Châu unit names, as sources and offices write them, mapped to the
 * spelling the seed keeps. The successor import matches names through this table, so a
 * workbook may use either. The first four are noted in DOMAIN.md §5; the others appear in the
 * older administrative-code list (Lả Nhì Thàng, Tà Gia, Sì Lờ Lầu, Bun for Bum).
 * Old and new tone-mark placement (Pa Khoá / Pa Khóa) is handled by the matcher itself.
 */
export const laiChauNameAliases: readonly (readonly [alias: string, kept: string])[] = [
  ['Ma Ly Pho', 'Ma Li Pho'],
  ['Tông Qua Lìn', 'Tung Qua Lìn'],
  ['Kan Hồ', 'Can Hồ'],
  ['Pa Vệ Sử', 'Pa Vệ Sủ'],
  ['Lả Nhì Thàng', 'Lản Nhì Thàng'],
  ['Tà Gia', 'Ta Gia'],
  ['Sì Lờ Lầu', 'Sì Lở Lầu'],
  ['Bun Tở', 'Bum Tở'],
  ['Bun Nưa', 'Bum Nưa'],
  ['Hua Bun', 'Hua Bum'],
];
