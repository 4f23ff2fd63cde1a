import type { SeedUnit, SeedUnitEvent } from './types.ts';

/**
 * The province of today was re-established on 2004-01-01 (Resolution 22/2003/QH11 split the
 * old Lai Châu into Lai Châu and Điện Biên; the provincial agencies were set up that day).
 * The seed's history starts there: units older than that are recorded from this date.
 */
export const historyStart = '2004-01-01';

export const provinceCode = 'UBND-TINH';

/** Codes of the provincial departments and bodies, as other modules import them. */
export const departmentCodes = {
  planningInvestment: 'SO-KHDT',
  transport: 'SO-GTVT',
  industryTrade: 'SO-CT',
  informationCommunications: 'SO-TTTT',
  agricultureRuralDevelopment: 'SO-NNPTNT',
  construction: 'SO-XD',
  naturalResourcesEnvironment: 'SO-TNMT',
  finance: 'SO-TC',
  health: 'SO-YT',
  scienceTechnology: 'SO-KHCN',
  educationTraining: 'SO-GDDT',
  cultureSportsTourism: 'SO-VHTTDL',
  homeAffairs: 'SO-NV',
  labourInvalidsSocialAffairs: 'SO-LDTBXH',
  ethnicMinorities: 'BAN-DT',
  stateTreasury: 'KBNN-TINH',
  emulationCouncil: 'HD-TDKT',
  /** Created 2025-03-01 from Natural Resources & Environment + Agriculture & Rural Development. */
  agricultureEnvironment: 'SO-NNMT',
  /** Created 2025-03-01 from the Ethnic Minorities Board. */
  ethnicReligious: 'SO-DTTG',
} as const;

/** Codes of the provincial organisations that are not state agencies. */
export const organisationCodes = {
  fatherlandFront: 'MTTQ-TINH',
  propagandaBoard: 'BTG-TINH-UY',
  newspaper: 'BAO-LAI-CHAU',
  radioTelevision: 'DAI-PTTH',
} as const;

/** The eight district-level units of 2023; all dissolved on 2025-07-01. */
export const districtCodes = {
  laiChauCity: 'TP-LAI-CHAU',
  tamDuong: 'HUYEN-TAM-DUONG',
  phongTho: 'HUYEN-PHONG-THO',
  sinHo: 'HUYEN-SIN-HO',
  muongTe: 'HUYEN-MUONG-TE',
  thanUyen: 'HUYEN-THAN-UYEN',
  tanUyen: 'HUYEN-TAN-UYEN',
  namNhun: 'HUYEN-NAM-NHUN',
} as const;

export type DepartmentCode = (typeof departmentCodes)[keyof typeof departmentCodes];
export type DistrictCode = (typeof districtCodes)[keyof typeof districtCodes];

const d = departmentCodes;
const o = organisationCodes;

function underProvince(
  code: string,
  kind: SeedUnit['kind'],
  name: string,
  shortName: string | null,
  validFrom = historyStart,
): SeedUnit {
  return { code, kind, name, shortName, parentCode: provinceCode, validFrom };
}

export const provinceUnit: SeedUnit = {
  code: provinceCode,
  kind: 'province',
  name: 'Ủy ban nhân dân tỉnh Lai Châu',
  shortName: 'UBND tỉnh',
  parentCode: null,
  validFrom: historyStart,
};

// why: every body below is recorded from 2004-01-01. Sở Công Thương, Sở Thông tin và Truyền
// thông and Sở Văn hóa, Thể thao và Du lịch took their present form in the 2008 reorganisation
// (Decree 13/2008/NĐ-CP); Lai Châu's own dates for that are not in our sources, so the seed
// does not model it rather than invent a date.
export const provincialBodies: SeedUnit[] = [
  underProvince(d.planningInvestment, 'provincial_department', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT'),
  underProvince(d.transport, 'provincial_department', 'Sở Giao thông vận tải', 'Sở GTVT'),
  underProvince(d.industryTrade, 'provincial_department', 'Sở Công Thương', 'Sở Công Thương'),
  underProvince(
    d.informationCommunications,
    'provincial_department',
    'Sở Thông tin và Truyền thông',
    'Sở TT&TT',
  ),
  underProvince(
    d.agricultureRuralDevelopment,
    'provincial_department',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở NN&PTNT',
  ),
  underProvince(d.construction, 'provincial_department', 'Sở Xây dựng', 'Sở Xây dựng'),
  underProvince(
    d.naturalResourcesEnvironment,
    'provincial_department',
    'Sở Tài nguyên và Môi trường',
    'Sở TN&MT',
  ),
  underProvince(d.finance, 'provincial_department', 'Sở Tài chính', 'Sở Tài chính'),
  underProvince(d.health, 'provincial_department', 'Sở Y tế', 'Sở Y tế'),
  underProvince(
    d.scienceTechnology,
    'provincial_department',
    'Sở Khoa học và Công nghệ',
    'Sở KH&CN',
  ),
  underProvince(d.educationTraining, 'provincial_department', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
  underProvince(
    d.cultureSportsTourism,
    'provincial_department',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Sở VHTTDL',
  ),
  underProvince(d.homeAffairs, 'provincial_department', 'Sở Nội vụ', 'Sở Nội vụ'),
  underProvince(
    d.labourInvalidsSocialAffairs,
    'provincial_department',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở LĐ-TB&XH',
  ),
  underProvince(d.ethnicMinorities, 'provincial_department', 'Ban Dân tộc tỉnh', 'Ban Dân tộc'),
  underProvince(d.stateTreasury, 'provincial_department', 'Kho bạc Nhà nước tỉnh', 'KBNN tỉnh'),
  underProvince(
    d.emulationCouncil,
    'provincial_department',
    'Hội đồng Thi đua - Khen thưởng tỉnh',
    'HĐ TĐ-KT tỉnh',
  ),
  underProvince(
    o.fatherlandFront,
    'mass_organisation',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'UBMTTQ tỉnh',
  ),
  underProvince(o.propagandaBoard, 'other_organisation', 'Ban Tuyên giáo Tỉnh ủy', 'BTG Tỉnh ủy'),
  underProvince(o.newspaper, 'other_organisation', 'Báo Lai Châu', 'Báo Lai Châu'),
  underProvince(
    o.radioTelevision,
    'other_organisation',
    'Đài Phát thanh và Truyền hình tỉnh',
    'Đài PT-TH tỉnh',
  ),
];

const k = districtCodes;

export const districts: SeedUnit[] = [
  // why: thị xã Lai Châu was established on 2004-10-10 and became Thành phố Lai Châu on
  // 2013-12-27; the rename is an event (reorganisation-2025.ts keeps all unit events).
  underProvince(k.laiChauCity, 'district', 'Thị xã Lai Châu', 'Lai Châu', '2004-10-10'),
  underProvince(k.tamDuong, 'district', 'Huyện Tam Đường', 'Tam Đường'),
  underProvince(k.phongTho, 'district', 'Huyện Phong Thổ', 'Phong Thổ'),
  underProvince(k.sinHo, 'district', 'Huyện Sìn Hồ', 'Sìn Hồ'),
  underProvince(k.muongTe, 'district', 'Huyện Mường Tè', 'Mường Tè'),
  // why: Than Uyên came to Lai Châu from Lào Cai with the 2004 re-establishment.
  underProvince(k.thanUyen, 'district', 'Huyện Than Uyên', 'Than Uyên'),
  // why: Tân Uyên was split from Than Uyên by Decree 04/NĐ-CP of 30/10/2008. No split event
  // is seeded: a successor's grant reaches its predecessors' records, and Tân Uyên must not
  // see Than Uyên's.
  underProvince(k.tanUyen, 'district', 'Huyện Tân Uyên', 'Tân Uyên', '2008-10-30'),
  // why: established by Government Resolution 71/NQ-CP of 02/11/2012 (from parts of Mường Tè
  // and Sìn Hồ); no split event for the same reason as Tân Uyên.
  underProvince(k.namNhun, 'district', 'Huyện Nậm Nhùn', 'Nậm Nhùn', '2012-11-02'),
];

/** The tree as it stood before the 2025 reorganisation (events then reshape it). */
export const baseUnits: SeedUnit[] = [provinceUnit, ...provincialBodies, ...districts];

/** Changes before 2025 that the seed records. */
export const earlierEvents: SeedUnitEvent[] = [
  {
    key: 'rename-tp-lai-chau-2013',
    kind: 'rename',
    effectiveDate: '2013-12-27',
    basis:
      'Nghị quyết của Chính phủ ngày 27/12/2013 về việc thành lập thành phố Lai Châu thuộc tỉnh Lai Châu',
    note: 'Thành lập thành phố Lai Châu trên cơ sở toàn bộ diện tích tự nhiên, dân số và các đơn vị hành chính cấp xã của thị xã Lai Châu.',
    parties: [{ unit: districtCodes.laiChauCity, role: 'subject' }],
    renameTo: { name: 'Thành phố Lai Châu', shortName: 'TP Lai Châu' },
  },
];
