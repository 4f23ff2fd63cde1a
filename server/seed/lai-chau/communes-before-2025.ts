import type { CommuneType } from '../../../shared/unit-kinds.ts';
import type { SeedUnit } from './types.ts';
import { districtCodes, districts, historyStart } from './units.ts';

/**
 * The 106 commune-level units of Lai Châu before 2025-07-01 (94 xã, 5 phường, 7 thị trấn),
 * under their districts, from an older administrative-code list (DOMAIN.md §5). Xã Mù Cả and
 * Xã Tà Tổng are among them but live in communes-2025.ts: they were not rearranged and keep
 * their codes.
 *
 * Each unit is recorded from its district's first day in the seed (2004-01-01, or the day
 * Tân Uyên, Nậm Nhùn and the town of Lai Châu were formed). Creations and boundary changes
 * between 2004 and 2024 — among them the 2020 rearrangement that took the province from 108
 * to 106 commune-level units — are not modelled; the tree is right as of 2024 and 2025-06-30.
 *
 * Sùng Phài, listed under Tam Đường in the older list, is placed under the city: the commune's
 * own site is a sub-site of thanhpho.laichau.gov.vn ("phía Tây của thành phố Lai Châu"), and
 * current lists give the city 5 phường and 2 xã (San Thàng, Sùng Phài). The day it moved is not
 * in our sources, so no move event is invented. Nùng Nàng and Bản Giang stay in Tam Đường and
 * Lản Nhì Thàng in Phong Thổ, as every list found places them until 2025.
 */
export type OldCommuneType = 'xa' | 'phuong' | 'tt';

const prefix: Record<OldCommuneType, string> = { xa: 'XA', phuong: 'PHUONG', tt: 'TT' };
const title: Record<OldCommuneType, string> = { xa: 'Xã', phuong: 'Phường', tt: 'Thị trấn' };
const communeType: Record<OldCommuneType, CommuneType> = {
  xa: 'rural_commune',
  phuong: 'ward',
  tt: 'township',
};

/** ASCII, upper case, words joined by "-": "Sì Lở Lầu" → "SI-LO-LAU". */
export function codeSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const k = districtCodes;
/** District code → the part old codes end with ("HUYEN-TAM-DUONG" → "TAM-DUONG"). */
const districtSlug = (code: string) => code.replace(/^(HUYEN|TP)-/, '');

/** An old unit's code: its kind, its name and its district, so it never meets a 2025 code. */
export const oldCommuneCode = (type: OldCommuneType, name: string, district: string): string =>
  `${prefix[type]}-${codeSlug(name)}-${districtSlug(district)}`;

const xa = (...names: string[]) => names.map((n) => ['xa', n] as const);
const phuong = (...names: string[]) => names.map((n) => ['phuong', n] as const);
const tt = (name: string) => [['tt', name] as const];

/** Old units by district, in the order of the source list. */
export const oldCommunesByDistrict: readonly {
  district: string;
  units: readonly (readonly [OldCommuneType, string])[];
}[] = [
  {
    district: k.laiChauCity,
    units: [
      ...phuong('Đoàn Kết', 'Quyết Thắng', 'Quyết Tiến', 'Tân Phong', 'Đông Phong'),
      ...xa('San Thàng', 'Sùng Phài'),
    ],
  },
  {
    district: k.tamDuong,
    units: [
      ...tt('Tam Đường'),
      ...xa('Bình Lư', 'Sơn Bình', 'Giang Ma', 'Hồ Thầu', 'Tả Lèng', 'Bản Hon', 'Khun Há'),
      ...xa('Bản Bo', 'Nà Tăm', 'Thèn Sin', 'Nùng Nàng', 'Bản Giang'),
    ],
  },
  {
    district: k.phongTho,
    units: [
      ...tt('Phong Thổ'),
      ...xa('Huổi Luông', 'Ma Li Pho', 'Mường So', 'Tung Qua Lìn', 'Mù Sang', 'Dào San'),
      ...xa('Vàng Ma Chải', 'Mồ Sì San', 'Pa Vây Sử', 'Sì Lở Lầu', 'Hoang Thèn', 'Bản Lang'),
      ...xa('Khổng Lào', 'Nậm Xe', 'Sin Suối Hồ', 'Lản Nhì Thàng'),
    ],
  },
  {
    district: k.sinHo,
    units: [
      ...tt('Sìn Hồ'),
      ...xa('Sà Dề Phìn', 'Phăng Sô Lin', 'Tả Phìn', 'Phìn Hồ', 'Ma Quai', 'Hồng Thu'),
      ...xa('Lùng Thàng', 'Nậm Cha', 'Nậm Tăm', 'Pa Khóa', 'Noong Hẻo', 'Pu Sam Cáp'),
      ...xa('Nậm Hăn', 'Nậm Cuổi', 'Căn Co', 'Nậm Mạ', 'Làng Mô', 'Tả Ngảo', 'Tủa Sín Chải'),
      ...xa('Chăn Nưa', 'Pa Tần'),
    ],
  },
  {
    district: k.muongTe,
    units: [
      ...tt('Mường Tè'),
      ...xa('Can Hồ', 'Bum Tở', 'Nậm Khao', 'Mường Tè', 'Ka Lăng', 'Thu Lũm', 'Tá Bạ'),
      ...xa('Pa Ủ', 'Pa Vệ Sủ', 'Bum Nưa', 'Vàng San'),
    ],
  },
  {
    district: k.thanUyen,
    units: [
      ...tt('Than Uyên'),
      ...xa('Mường Kim', 'Tà Mung', 'Tà Hừa', 'Pha Mu', 'Ta Gia', 'Khoen On', 'Mường Than'),
      ...xa('Hua Nà', 'Mường Cang', 'Phúc Than', 'Mường Mít'),
    ],
  },
  {
    district: k.tanUyen,
    units: [
      ...tt('Tân Uyên'),
      ...xa('Trung Đồng', 'Thân Thuộc', 'Nậm Cần', 'Phúc Khoa', 'Mường Khoa', 'Hố Mít'),
      ...xa('Pắc Ta', 'Tà Mít', 'Nậm Sỏ'),
    ],
  },
  {
    district: k.namNhun,
    units: [
      ...tt('Nậm Nhùn'),
      ...xa('Nậm Manh', 'Nậm Hàng', 'Nậm Chà', 'Mường Mô', 'Hua Bum', 'Lê Lợi', 'Pú Đao'),
      ...xa('Nậm Pì', 'Nậm Ban', 'Trung Chải'),
    ],
  },
];

const districtStart = new Map(districts.map((d) => [d.code, d.validFrom]));

/** The 104 old units that the 2025 merger ended (Mù Cả and Tà Tổng continue). */
export const oldCommunes: SeedUnit[] = oldCommunesByDistrict.flatMap(({ district, units }) =>
  units.map(([type, name]) => ({
    code: oldCommuneCode(type, name, district),
    kind: 'commune' as const,
    name: `${title[type]} ${name}`,
    shortName: type === 'tt' ? `TT ${name}` : name,
    parentCode: district,
    validFrom: districtStart.get(district) ?? historyStart,
    communeType: communeType[type],
  })),
);

const byTypeAndName = new Map(
  oldCommunesByDistrict.flatMap(({ district, units }) =>
    units.map(([type, name]) => [`${type}|${name}`, oldCommuneCode(type, name, district)] as const),
  ),
);

/** The code of the old unit of that kind and name; throws on a name the list does not have. */
export function oldCode(type: OldCommuneType, name: string): string {
  const code = byTypeAndName.get(`${type}|${name}`);
  if (!code) throw new Error(`no old ${type} named ${name}`);
  return code;
}

/** Codes of every old unit the seed adds, for the data step that adds them to older databases. */
export const oldCommuneCodes: readonly string[] = oldCommunes.map((u) => u.code);
