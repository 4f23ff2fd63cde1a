import type { CommuneType } from '../../../shared/unit-kinds.ts';
import type { SeedUnit, SeedUnitEvent } from './types.ts';
import { resolution1670, twoTierDate } from './reorganisation-2025.ts';
import { districtCodes, historyStart, provinceCode } from './units.ts';

/**
 * The 38 commune-level units directly under the province from 2025-07-01 (36 xã, 2 phường),
 * by Resolution 1670/NQ-UBTVQH15, grouped by the former district as published. Which old
 * units formed each one comes from a third-party table (merger-2025.ts), seeded as unverified.
 */
interface CommuneGroup {
  /** The former district(s) as the published lists name them. */
  formerVi: string;
  communes: { code: string; name: string; shortName: string; communeType: CommuneType }[];
}

const xa = (code: string, shortName: string) => ({
  code,
  name: `Xã ${shortName}`,
  shortName,
  communeType: 'rural_commune' as const,
});
const phuong = (code: string, shortName: string) => ({
  code,
  name: `Phường ${shortName}`,
  shortName,
  communeType: 'ward' as const,
});

export const communeGroups: CommuneGroup[] = [
  {
    formerVi: 'huyện Than Uyên',
    communes: [
      xa('XA-MUONG-KIM', 'Mường Kim'),
      xa('XA-KHOEN-ON', 'Khoen On'),
      xa('XA-THAN-UYEN', 'Than Uyên'),
      xa('XA-MUONG-THAN', 'Mường Than'),
    ],
  },
  {
    formerVi: 'huyện Tân Uyên',
    communes: [
      xa('XA-PAC-TA', 'Pắc Ta'),
      xa('XA-NAM-SO', 'Nậm Sỏ'),
      xa('XA-TAN-UYEN', 'Tân Uyên'),
      xa('XA-MUONG-KHOA', 'Mường Khoa'),
    ],
  },
  {
    formerVi: 'huyện Tam Đường',
    communes: [
      xa('XA-BAN-BO', 'Bản Bo'),
      xa('XA-BINH-LU', 'Bình Lư'),
      xa('XA-TA-LENG', 'Tả Lèng'),
      xa('XA-KHUN-HA', 'Khun Há'),
    ],
  },
  {
    formerVi: 'thành phố Lai Châu',
    communes: [phuong('PHUONG-TAN-PHONG', 'Tân Phong'), phuong('PHUONG-DOAN-KET', 'Đoàn Kết')],
  },
  {
    formerVi: 'huyện Phong Thổ',
    communes: [
      xa('XA-SIN-SUOI-HO', 'Sin Suối Hồ'),
      xa('XA-PHONG-THO', 'Phong Thổ'),
      xa('XA-DAO-SAN', 'Dào San'),
      xa('XA-SI-LO-LAU', 'Sì Lở Lầu'),
      xa('XA-KHONG-LAO', 'Khổng Lào'),
    ],
  },
  {
    // why: the published lists group these twelve under both districts without saying which
    // commune lies in which; the note keeps that as published.
    formerVi: 'huyện Sìn Hồ và huyện Nậm Nhùn',
    communes: [
      xa('XA-TUA-SIN-CHAI', 'Tủa Sín Chải'),
      xa('XA-SIN-HO', 'Sìn Hồ'),
      xa('XA-HONG-THU', 'Hồng Thu'),
      xa('XA-NAM-TAM', 'Nậm Tăm'),
      xa('XA-PU-SAM-CAP', 'Pu Sam Cáp'),
      xa('XA-NAM-CUOI', 'Nậm Cuổi'),
      xa('XA-NAM-MA', 'Nậm Mạ'),
      xa('XA-LE-LOI', 'Lê Lợi'),
      xa('XA-NAM-HANG', 'Nậm Hàng'),
      xa('XA-MUONG-MO', 'Mường Mô'),
      xa('XA-HUA-BUM', 'Hua Bum'),
      xa('XA-PA-TAN', 'Pa Tần'),
    ],
  },
  {
    formerVi: 'huyện Mường Tè',
    communes: [
      xa('XA-BUM-NUA', 'Bum Nưa'),
      xa('XA-BUM-TO', 'Bum Tở'),
      xa('XA-MUONG-TE', 'Mường Tè'),
      xa('XA-THU-LUM', 'Thu Lũm'),
      xa('XA-PA-U', 'Pa Ủ'),
    ],
  },
];

/**
 * Mù Cả and Tà Tổng were not merged: the same communes existed under Mường Tè before and
 * moved directly under the province, so they are old units that move, not new ones.
 */
export const unmergedCommunes: SeedUnit[] = [
  {
    code: 'XA-TA-TONG',
    kind: 'commune',
    name: 'Xã Tà Tổng',
    shortName: 'Tà Tổng',
    parentCode: districtCodes.muongTe,
    validFrom: historyStart,
    communeType: 'rural_commune',
  },
  {
    code: 'XA-MU-CA',
    kind: 'commune',
    name: 'Xã Mù Cả',
    shortName: 'Mù Cả',
    parentCode: districtCodes.muongTe,
    validFrom: historyStart,
    communeType: 'rural_commune',
  },
];

/** The 36 communes and wards formed on 2025-07-01. */
export const newCommunes: SeedUnit[] = communeGroups.flatMap((group) =>
  group.communes.map((c) => ({
    ...c,
    kind: 'commune' as const,
    parentCode: provinceCode,
    validFrom: twoTierDate,
  })),
);

const formerOf = new Map(
  communeGroups.flatMap((g) => g.communes.map((c) => [c.code, g.formerVi] as const)),
);

export const communeCreations: SeedUnitEvent[] = newCommunes.map((c) => ({
  key: `create-${c.code.toLowerCase()}-2025`,
  kind: 'create',
  effectiveDate: twoTierDate,
  basis: resolution1670,
  note: `Hình thành sau sắp xếp; trước ngày 01/7/2025 thuộc địa bàn ${formerOf.get(c.code)}.`,
  parties: [{ unit: c.code, role: 'subject' }],
}));

export const communeMoves: SeedUnitEvent[] = unmergedCommunes.map((c) => ({
  key: `move-${c.code.toLowerCase()}-2025`,
  kind: 'move',
  effectiveDate: twoTierDate,
  basis: resolution1670,
  note: 'Không thực hiện sắp xếp; trước ngày 01/7/2025 thuộc huyện Mường Tè, nay trực thuộc tỉnh.',
  parties: [{ unit: c.code, role: 'subject' }],
  moveTo: provinceCode,
}));
