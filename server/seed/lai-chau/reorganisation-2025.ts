import type { SeedUnit, SeedUnitEvent } from './types.ts';
import { departmentCodes as d, districts, provinceCode } from './units.ts';

/** Provincial specialised agencies were reorganised from this day (Decree 45/2025/NĐ-CP). */
export const departmentMergerDate = '2025-03-01';
/** Two-tier local government: no district level from this day. */
export const twoTierDate = '2025-07-01';

const decree45 =
  'Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương';

export const resolution1670 =
  'Nghị quyết số 1670/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu năm 2025';

const twoTierBasis = `Luật Tổ chức chính quyền địa phương ngày 16/6/2025 (chính quyền địa phương hai cấp, không tổ chức cấp huyện từ ngày 01/7/2025); ${resolution1670}`;

/** Departments that exist only from the 2025 mergers. */
export const newDepartments: SeedUnit[] = [
  {
    code: d.agricultureEnvironment,
    kind: 'provincial_department',
    name: 'Sở Nông nghiệp và Môi trường',
    shortName: 'Sở NN&MT',
    parentCode: provinceCode,
    validFrom: departmentMergerDate,
  },
  {
    code: d.ethnicReligious,
    kind: 'provincial_department',
    name: 'Sở Dân tộc và Tôn giáo',
    shortName: 'Sở DT&TG',
    parentCode: provinceCode,
    validFrom: departmentMergerDate,
  },
];

function merger(
  key: string,
  predecessors: string[],
  successor: string,
  note: string,
  shares: { unit: string; share: string }[] = [],
): SeedUnitEvent {
  return {
    key,
    kind: 'merge',
    effectiveDate: departmentMergerDate,
    basis: decree45,
    note,
    parties: [
      ...predecessors.map((unit) => ({ unit, role: 'predecessor' as const })),
      { unit: successor, role: 'successor' as const },
      ...shares.map(({ unit, share }) => ({ unit, role: 'successor' as const, share })),
    ],
  };
}

/**
 * The 2025-03-01 mergers. Where a department continues (Tài chính, Xây dựng, Khoa học và
 * Công nghệ, Nội vụ) it is both a predecessor and the successor; departments that took only
 * a share are successors with `share` set.
 */
export const departmentMergers: SeedUnitEvent[] = [
  merger(
    'merge-so-tc-2025',
    [d.planningInvestment, d.finance],
    d.finance,
    'Hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính thành Sở Tài chính.',
  ),
  merger(
    'merge-so-xd-2025',
    [d.transport, d.construction],
    d.construction,
    'Hợp nhất Sở Giao thông vận tải và Sở Xây dựng thành Sở Xây dựng.',
  ),
  merger(
    'merge-so-nnmt-2025',
    [d.naturalResourcesEnvironment, d.agricultureRuralDevelopment],
    d.agricultureEnvironment,
    'Hợp nhất Sở Tài nguyên và Môi trường và Sở Nông nghiệp và Phát triển nông thôn thành Sở Nông nghiệp và Môi trường.',
  ),
  merger(
    'merge-so-khcn-2025',
    [d.informationCommunications, d.scienceTechnology],
    d.scienceTechnology,
    'Hợp nhất Sở Thông tin và Truyền thông và Sở Khoa học và Công nghệ thành Sở Khoa học và Công nghệ; chức năng quản lý nhà nước về báo chí, xuất bản chuyển sang Sở Văn hóa, Thể thao và Du lịch.',
    [{ unit: d.cultureSportsTourism, share: 'Báo chí, xuất bản' }],
  ),
  merger(
    'merge-so-nv-2025',
    [d.labourInvalidsSocialAffairs, d.homeAffairs],
    d.homeAffairs,
    'Hợp nhất Sở Lao động - Thương binh và Xã hội và Sở Nội vụ thành Sở Nội vụ; bảo trợ xã hội chuyển sang Sở Y tế; giáo dục nghề nghiệp chuyển sang Sở Giáo dục và Đào tạo.',
    [
      { unit: d.health, share: 'Bảo trợ xã hội' },
      { unit: d.educationTraining, share: 'Giáo dục nghề nghiệp' },
    ],
  ),
  // why: one predecessor, one successor under a new name and code, so `merge` (succession)
  // rather than `rename` (same identity). The religious-affairs function Sở Nội vụ handed
  // over is only noted: as a predecessor, Sở Nội vụ would put all its records in this
  // department's scope.
  merger(
    'merge-so-dttg-2025',
    [d.ethnicMinorities],
    d.ethnicReligious,
    'Thành lập Sở Dân tộc và Tôn giáo trên cơ sở Ban Dân tộc tỉnh, tiếp nhận chức năng quản lý nhà nước về tín ngưỡng, tôn giáo từ Sở Nội vụ.',
  ),
];

/** The eight district-level units end on 2025-07-01. */
export const districtDissolutions: SeedUnitEvent[] = districts.map((district) => ({
  key: `dissolve-${district.code.toLowerCase()}-2025`,
  kind: 'dissolve',
  effectiveDate: twoTierDate,
  basis: twoTierBasis,
  note: 'Kết thúc hoạt động của đơn vị hành chính cấp huyện khi tổ chức chính quyền địa phương hai cấp.',
  parties: [{ unit: district.code, role: 'subject' }],
}));
