import { oldCode, type OldCommuneType } from './communes-before-2025.ts';
import { resolution1670, twoTierDate } from './reorganisation-2025.ts';
import type { SeedUnitEvent } from './types.ts';

/**
 * Which old units formed each of the 36 new communes and wards on 2025-07-01, from a
 * third-party compilation (DOMAIN.md §5): Resolution 1670/NQ-UBTVQH15's own text was not
 * available. Only Khổng Lào and Hồng Thu were confirmed by other pages. The events are seeded
 * as unverified; the office's successor import replaces them (ADR 0021).
 */
const t = (name: string): [OldCommuneType, string] => ['tt', name];
const p = (name: string): [OldCommuneType, string] => ['phuong', name];
const x = (...names: string[]): [OldCommuneType, string][] => names.map((n) => ['xa', n]);

export const mergerTable: readonly { successor: string; from: [OldCommuneType, string][] }[] = [
  { successor: 'XA-MUONG-KIM', from: x('Tà Mung', 'Tà Hừa', 'Pha Mu', 'Mường Kim') },
  { successor: 'XA-KHOEN-ON', from: x('Ta Gia', 'Khoen On') },
  { successor: 'XA-THAN-UYEN', from: [t('Than Uyên'), ...x('Mường Than', 'Hua Nà', 'Mường Cang')] },
  { successor: 'XA-MUONG-THAN', from: x('Phúc Than', 'Mường Mít') },
  { successor: 'XA-PAC-TA', from: x('Hố Mít', 'Pắc Ta') },
  { successor: 'XA-NAM-SO', from: x('Tà Mít', 'Nậm Sỏ') },
  { successor: 'XA-TAN-UYEN', from: [t('Tân Uyên'), ...x('Trung Đồng', 'Thân Thuộc', 'Nậm Cần')] },
  { successor: 'XA-MUONG-KHOA', from: x('Phúc Khoa', 'Mường Khoa') },
  { successor: 'XA-BAN-BO', from: x('Nà Tăm', 'Bản Bo') },
  { successor: 'XA-BINH-LU', from: [t('Tam Đường'), ...x('Sơn Bình', 'Bình Lư')] },
  { successor: 'XA-TA-LENG', from: x('Giang Ma', 'Hồ Thầu', 'Tả Lèng') },
  { successor: 'XA-KHUN-HA', from: x('Bản Hon', 'Khun Há') },
  { successor: 'XA-SIN-SUOI-HO', from: x('Nậm Xe', 'Thèn Sin', 'Sin Suối Hồ') },
  {
    successor: 'XA-PHONG-THO',
    from: [t('Phong Thổ'), ...x('Huổi Luông', 'Ma Li Pho', 'Mường So')],
  },
  { successor: 'XA-DAO-SAN', from: x('Tung Qua Lìn', 'Mù Sang', 'Dào San') },
  { successor: 'XA-SI-LO-LAU', from: x('Vàng Ma Chải', 'Mồ Sì San', 'Pa Vây Sử', 'Sì Lở Lầu') },
  { successor: 'XA-KHONG-LAO', from: x('Hoang Thèn', 'Bản Lang', 'Khổng Lào') },
  { successor: 'XA-TUA-SIN-CHAI', from: x('Làng Mô', 'Tả Ngảo', 'Tủa Sín Chải') },
  { successor: 'XA-SIN-HO', from: [t('Sìn Hồ'), ...x('Sà Dề Phìn', 'Phăng Sô Lin', 'Tả Phìn')] },
  { successor: 'XA-HONG-THU', from: x('Phìn Hồ', 'Ma Quai', 'Hồng Thu') },
  { successor: 'XA-NAM-TAM', from: x('Lùng Thàng', 'Nậm Cha', 'Nậm Tăm') },
  { successor: 'XA-PU-SAM-CAP', from: x('Pa Khóa', 'Noong Hẻo', 'Pu Sam Cáp') },
  { successor: 'XA-NAM-CUOI', from: x('Nậm Hăn', 'Nậm Cuổi') },
  { successor: 'XA-NAM-MA', from: x('Căn Co', 'Nậm Mạ') },
  { successor: 'XA-LE-LOI', from: x('Nậm Pì', 'Pú Đao', 'Chăn Nưa', 'Lê Lợi') },
  { successor: 'XA-NAM-HANG', from: [t('Nậm Nhùn'), ...x('Nậm Manh', 'Nậm Hàng')] },
  { successor: 'XA-MUONG-MO', from: x('Nậm Chà', 'Mường Mô') },
  { successor: 'XA-HUA-BUM', from: x('Vàng San', 'Hua Bum') },
  { successor: 'XA-PA-TAN', from: x('Nậm Ban', 'Trung Chải', 'Pa Tần') },
  { successor: 'XA-BUM-NUA', from: x('Pa Vệ Sủ', 'Bum Nưa') },
  { successor: 'XA-BUM-TO', from: [t('Mường Tè'), ...x('Can Hồ', 'Bum Tở')] },
  { successor: 'XA-MUONG-TE', from: x('Nậm Khao', 'Mường Tè') },
  { successor: 'XA-THU-LUM', from: x('Ka Lăng', 'Thu Lũm') },
  { successor: 'XA-PA-U', from: x('Tá Bạ', 'Pa Ủ') },
  {
    successor: 'PHUONG-TAN-PHONG',
    from: [p('Tân Phong'), p('Đông Phong'), ...x('San Thàng', 'Nùng Nàng', 'Bản Giang')],
  },
  {
    successor: 'PHUONG-DOAN-KET',
    from: [p('Đoàn Kết'), p('Quyết Tiến'), p('Quyết Thắng'), ...x('Lản Nhì Thàng', 'Sùng Phài')],
  },
];

/** Stored on each seeded merger event: where the mapping came from and how to correct it. */
export const unverifiedMergerNote =
  'Danh sách đơn vị hợp thành lấy từ bản tổng hợp của bên thứ ba, chưa đối chiếu với văn bản Nghị quyết; văn phòng sửa bằng nhập bảng kế thừa.';

/** One unverified merge event per new commune or ward. */
export const communeMergers: SeedUnitEvent[] = mergerTable.map(({ successor, from }) => ({
  key: `merge-${successor.toLowerCase()}-2025`,
  kind: 'merge',
  effectiveDate: twoTierDate,
  basis: resolution1670,
  note: unverifiedMergerNote,
  verified: false,
  parties: [
    ...from.map(([type, name]) => ({ unit: oldCode(type, name), role: 'predecessor' as const })),
    { unit: successor, role: 'successor' as const },
  ],
}));
