import type { SeedSector } from './types.ts';
import { departmentCodes as d } from './units.ts';

// why: the plan gives Y tế, KH&CN, GD&ĐT and VHTTDL one shared bullet; each of the four is a
// sector of its own with that bullet, verbatim, as its duty.
const socialVi =
  'Sở Y tế; Sở Khoa học và Công nghệ; Sở Giáo dục và Đào tạo; Sở Văn hóa - Thể thao và Du lịch căn cứ các tiêu chí thi đua cụ thể do các Bộ ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể phát triển hạ tầng xã hội thuộc lĩnh vực được giao nhiệm vụ;';
const socialEn =
  'The Departments of Health, of Science and Technology, of Education and Training and of Culture, Sports and Tourism, on the basis of the specific emulation criteria issued by their ministries, lead, guide, urge and carry out the content of the emulation movement and draw up specific emulation criteria for developing social infrastructure in the fields assigned to them;';
const social = {
  criteriaFromVi: 'các Bộ',
  criteriaFromEn: 'the respective ministries',
  fieldVi: 'phát triển hạ tầng xã hội thuộc lĩnh vực được giao nhiệm vụ',
  fieldEn: 'social infrastructure in the fields assigned',
};

/** VI.1: the 13 sectors and the department the plan names to lead each. */
export const sectors: SeedSector[] = [
  {
    code: 'KHDT',
    nameVi: 'Kế hoạch và Đầu tư',
    nameEn: 'Planning and Investment',
    leadUnit: d.planningInvestment,
    dutyVi:
      'Sở Kế hoạch và Đầu tư căn cứ các tiêu chí thi đua cụ thể do Bộ Kế hoạch và Đầu tư ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực bối trí vốn đầu tư công, huy động nguồn lực tham gia đầu tư kết cấu hạ tầng và hỗ trợ doanh nghiệp;',
    dutyEn:
      'The Department of Planning and Investment, on the basis of the specific emulation criteria issued by the Ministry of Planning and Investment, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for allocating public investment capital, mobilising resources for investment in infrastructure and supporting enterprises;',
    extra: {
      leadAsWordedVi: 'Sở Kế hoạch và Đầu tư',
      criteriaFromVi: 'Bộ Kế hoạch và Đầu tư',
      criteriaFromEn: 'Ministry of Planning and Investment',
      fieldVi:
        'bố trí vốn đầu tư công, huy động nguồn lực tham gia đầu tư kết cấu hạ tầng và hỗ trợ doanh nghiệp',
      fieldEn:
        'public investment capital, mobilising resources for infrastructure, enterprise support',
    },
  },
  {
    code: 'GTVT',
    nameVi: 'Giao thông vận tải',
    nameEn: 'Transport',
    leadUnit: d.transport,
    dutyVi:
      'Sở Giao thông Vận tải căn cứ các tiêu chí thi đua cụ thể do Bộ Sở Giao thông vận tải ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực phát triển hạ tầng giao thông vận tải;',
    dutyEn:
      'The Department of Transport, on the basis of the specific emulation criteria issued by the Ministry of Transport, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for developing transport infrastructure;',
    extra: {
      leadAsWordedVi: 'Sở Giao thông Vận tải',
      // the plan writes "Bộ Sở Giao thông vận tải" (sic)
      criteriaFromVi: 'Bộ Giao thông vận tải',
      criteriaFromEn: 'Ministry of Transport',
      fieldVi: 'phát triển hạ tầng giao thông vận tải',
      fieldEn: 'transport infrastructure',
    },
  },
  {
    code: 'CT',
    nameVi: 'Công Thương',
    nameEn: 'Industry and Trade',
    leadUnit: d.industryTrade,
    dutyVi:
      'Sở Công Thương căn cứ các tiêu chí thi đua cụ thể do Bộ Công Thương ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực phát triển hạ tầng năng lượng, cung cấp điện, hạ tầng thương mại;',
    dutyEn:
      'The Department of Industry and Trade, on the basis of the specific emulation criteria issued by the Ministry of Industry and Trade, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for developing energy infrastructure, power supply and commercial infrastructure;',
    extra: {
      leadAsWordedVi: 'Sở Công Thương',
      criteriaFromVi: 'Bộ Công Thương',
      criteriaFromEn: 'Ministry of Industry and Trade',
      fieldVi: 'phát triển hạ tầng năng lượng, cung cấp điện, hạ tầng thương mại',
      fieldEn: 'energy infrastructure, power supply, commercial infrastructure',
    },
  },
  {
    code: 'TTTT',
    nameVi: 'Thông tin và Truyền thông',
    nameEn: 'Information and Communications',
    leadUnit: d.informationCommunications,
    dutyVi:
      'Sở Thông tin và Truyền thông căn cứ các tiêu chí thi đua cụ thể do Bộ Thông tin và Truyền thông ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực phát triển hạ tầng số, hạ tầng bưu chính, nền tảng số quốc gia;',
    dutyEn:
      'The Department of Information and Communications, on the basis of the specific emulation criteria issued by the Ministry of Information and Communications, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for developing digital infrastructure, postal infrastructure and national digital platforms;',
    extra: {
      leadAsWordedVi: 'Sở Thông tin và Truyền thông',
      criteriaFromVi: 'Bộ Thông tin và Truyền thông',
      criteriaFromEn: 'Ministry of Information and Communications',
      fieldVi: 'phát triển hạ tầng số, hạ tầng bưu chính, nền tảng số quốc gia',
      fieldEn: 'digital infrastructure, postal infrastructure, national digital platforms',
    },
  },
  {
    code: 'NNPTNT',
    nameVi: 'Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Agriculture and Rural Development',
    leadUnit: d.agricultureRuralDevelopment,
    dutyVi:
      'Sở Nông nghiệp và Phát triển nông thôn căn cứ các tiêu chí thi đua cụ thể do Bộ Nông nghiệp và Phát triển nông thôn ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực phát triển hạ tầng nông nghiệp, nông thôn;',
    dutyEn:
      'The Department of Agriculture and Rural Development, on the basis of the specific emulation criteria issued by the Ministry of Agriculture and Rural Development, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for developing agricultural and rural infrastructure;',
    extra: {
      leadAsWordedVi: 'Sở Nông nghiệp và Phát triển nông thôn',
      criteriaFromVi: 'Bộ Nông nghiệp và Phát triển nông thôn',
      criteriaFromEn: 'Ministry of Agriculture and Rural Development',
      fieldVi: 'phát triển hạ tầng nông nghiệp, nông thôn',
      fieldEn: 'agricultural and rural infrastructure',
    },
  },
  {
    code: 'XD',
    nameVi: 'Xây dựng',
    nameEn: 'Construction',
    leadUnit: d.construction,
    dutyVi:
      'Sở Xây dựng căn cứ các tiêu chí thi đua cụ thể do Bộ Xây dựng ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực phát triển hạ tầng kỹ thuật đô thị và nông thôn;',
    dutyEn:
      'The Department of Construction, on the basis of the specific emulation criteria issued by the Ministry of Construction, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for developing urban and rural technical infrastructure;',
    extra: {
      leadAsWordedVi: 'Sở Xây dựng',
      criteriaFromVi: 'Bộ Xây dựng',
      criteriaFromEn: 'Ministry of Construction',
      fieldVi: 'phát triển hạ tầng kỹ thuật đô thị và nông thôn',
      fieldEn: 'urban and rural technical infrastructure',
    },
  },
  {
    code: 'TNMT',
    nameVi: 'Tài nguyên và Môi trường',
    nameEn: 'Natural Resources and Environment',
    leadUnit: d.naturalResourcesEnvironment,
    dutyVi:
      'Sở Tài nguyên và Môi trường căn cứ các tiêu chí thi đua cụ thể do Bộ Tài nguyên và Môi trường ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua trong lĩnh vực hạ tầng thích ứng với biến đổi khí hậu;',
    dutyEn:
      'The Department of Natural Resources and Environment, on the basis of the specific emulation criteria issued by the Ministry of Natural Resources and Environment, leads, guides, urges and carries out the content of the emulation movement and draws up emulation criteria for infrastructure that adapts to climate change;',
    extra: {
      leadAsWordedVi: 'Sở Tài nguyên và Môi trường',
      criteriaFromVi: 'Bộ Tài nguyên và Môi trường',
      criteriaFromEn: 'Ministry of Natural Resources and Environment',
      fieldVi: 'hạ tầng thích ứng với biến đổi khí hậu',
      fieldEn: 'climate-adaptive infrastructure',
    },
  },
  {
    code: 'TC',
    nameVi: 'Tài chính',
    nameEn: 'Finance',
    leadUnit: d.finance,
    dutyVi:
      'Sở Tài chính căn cứ các tiêu chí thi đua cụ thể do Bộ Tài chính ban hành để chủ trì, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực kiểm soát giải ngân vốn đầu tư công tại Kho bạc Nhà nước tỉnh của các dự án xây dựng, phát triển kết cấu hạ tầng;',
    dutyEn:
      'The Department of Finance, on the basis of the specific emulation criteria issued by the Ministry of Finance, leads, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for the control, at the provincial State Treasury, of the disbursement of public investment capital for infrastructure construction and development projects;',
    extra: {
      leadAsWordedVi: 'Sở Tài chính',
      criteriaFromVi: 'Bộ Tài chính',
      criteriaFromEn: 'Ministry of Finance',
      fieldVi: 'kiểm soát giải ngân vốn đầu tư công tại Kho bạc Nhà nước tỉnh',
      fieldEn: 'control of public investment disbursement at the State Treasury',
    },
  },
  {
    code: 'YT',
    nameVi: 'Y tế',
    nameEn: 'Health',
    leadUnit: d.health,
    dutyVi: socialVi,
    dutyEn: socialEn,
    extra: { leadAsWordedVi: 'Sở Y tế', ...social },
  },
  {
    code: 'KHCN',
    nameVi: 'Khoa học và Công nghệ',
    nameEn: 'Science and Technology',
    leadUnit: d.scienceTechnology,
    dutyVi: socialVi,
    dutyEn: socialEn,
    extra: { leadAsWordedVi: 'Sở Khoa học và Công nghệ', ...social },
  },
  {
    code: 'GDDT',
    nameVi: 'Giáo dục và Đào tạo',
    nameEn: 'Education and Training',
    leadUnit: d.educationTraining,
    dutyVi: socialVi,
    dutyEn: socialEn,
    extra: { leadAsWordedVi: 'Sở Giáo dục và Đào tạo', ...social },
  },
  {
    code: 'VHTTDL',
    nameVi: 'Văn hóa, Thể thao và Du lịch',
    nameEn: 'Culture, Sports and Tourism',
    leadUnit: d.cultureSportsTourism,
    dutyVi: socialVi,
    dutyEn: socialEn,
    extra: { leadAsWordedVi: 'Sở Văn hóa - Thể thao và Du lịch', ...social },
  },
  {
    code: 'NV',
    nameVi: 'Nội vụ',
    nameEn: 'Home Affairs',
    leadUnit: d.homeAffairs,
    dutyVi:
      'Sở Nội vụ căn cứ hướng dẫn của Bộ Nội vụ; Ban Thi đua, khen thưởng Trung ương để chủ trì, tham mưu, hướng dẫn, đôn đốc, triển khai nội dung phong trào thi đua, xây dựng các tiêu chí thi đua cụ thể trong lĩnh vực cải cách hành chính;',
    dutyEn:
      'The Department of Home Affairs, on the basis of the guidance of the Ministry of Home Affairs and the Central Emulation and Commendation Committee, leads, advises, guides, urges and carries out the content of the emulation movement and draws up specific emulation criteria for administrative reform;',
    extra: {
      leadAsWordedVi: 'Sở Nội vụ',
      criteriaFromVi: 'Bộ Nội vụ; Ban Thi đua, khen thưởng Trung ương',
      criteriaFromEn: 'Ministry of Home Affairs; Central Emulation and Commendation Committee',
      fieldVi: 'cải cách hành chính',
      fieldEn: 'administrative reform',
    },
  },
];
