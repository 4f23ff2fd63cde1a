import type { LocalisedText } from './catalogue.ts';
import type { LeafKind } from './conditions.ts';

/** Wording of conditions in Vietnamese and English: label tables and templates (data only). */

export type Labels = Record<string, LocalisedText>;

export const ratingLabels: Labels = {
  HTXS: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'excellent' },
  HTT: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'good' },
  HT: { vi: 'Hoàn thành nhiệm vụ', en: 'completed' },
  KHT: { vi: 'Không hoàn thành nhiệm vụ', en: 'not completed' },
};
export const levelLabels: Labels = {
  base: { vi: 'cơ sở', en: 'grassroots' },
  province: { vi: 'cấp tỉnh', en: 'provincial' },
  national: { vi: 'toàn quốc', en: 'national' },
};
export const severityLabels: Labels = {
  reprimand: { vi: 'khiển trách', en: 'reprimand' },
  warning: { vi: 'cảnh cáo', en: 'warning' },
  salary_downgrade: { vi: 'hạ bậc lương', en: 'salary downgrade' },
  demotion: { vi: 'giáng chức', en: 'demotion' },
  removal: { vi: 'cách chức', en: 'removal from office' },
  dismissal: { vi: 'buộc thôi việc', en: 'dismissal' },
};
export const contributionLabels: Labels = {
  land: { vi: 'đất', en: 'land' },
  labour: { vi: 'ngày công', en: 'labour' },
  assets: { vi: 'tài sản', en: 'assets' },
  money: { vi: 'tiền', en: 'money' },
  materials: { vi: 'vật liệu', en: 'materials' },
};
export const categoryLabels: Labels = {
  official: { vi: 'cán bộ, công chức, viên chức, người lao động', en: 'official or employee' },
  worker: { vi: 'công nhân', en: 'worker' },
  farmer: { vi: 'nông dân', en: 'farmer' },
  citizen: { vi: 'người dân', en: 'citizen' },
  other: { vi: 'đối tượng khác', en: 'other' },
};
export const localKindLabels: Labels = {
  rural_commune: { vi: 'xã', en: 'commune' },
  ward: { vi: 'phường', en: 'ward' },
  township: { vi: 'thị trấn', en: 'township' },
  special_zone: { vi: 'đặc khu', en: 'special zone' },
  village: { vi: 'thôn, bản', en: 'village' },
  residential_group: { vi: 'tổ dân phố', en: 'residential group' },
};
/** Facts the default rules ask to be attested; a province's own facts should carry a `label`. */
export const factLabels: Labels = {
  exemplary_conduct: {
    vi: 'Chấp hành tốt chủ trương, pháp luật; tự lực, đoàn kết, tích cực thi đua',
    en: 'law-abiding, self-reliant, united, active in emulation',
  },
  productive_labour: {
    vi: 'Lao động sản xuất có hiệu quả, tích cực tham gia phong trào thi đua',
    en: 'productive labour and active in emulation',
  },
  exemplary_collective: {
    vi: 'Tập thể tiêu biểu, sáng tạo, nội bộ đoàn kết',
    en: 'exemplary, creative and united collective',
  },
  block_leader: {
    vi: 'Dẫn đầu cụm, khối thi đua của tỉnh',
    en: 'leads its provincial emulation block',
  },
  targets_exceeded: {
    vi: 'Hoàn thành vượt mức các chỉ tiêu được giao',
    en: 'exceeded its assigned targets',
  },
  thrift_practised: {
    vi: 'Thực hành tiết kiệm, chống lãng phí',
    en: 'practises thrift and fights waste',
  },
  party_unions_excellent: {
    vi: 'Tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ',
    en: 'party and mass organisations rated excellent',
  },
  national_leader: {
    vi: 'Tiêu biểu xuất sắc, dẫn đầu phong trào thi đua toàn quốc',
    en: 'leads emulation nationally',
  },
  outstanding_in_movement: {
    vi: 'Thành tích tiêu biểu được bình xét trong phong trào thi đua',
    en: 'outstanding in an emulation movement',
  },
  sudden_achievement: { vi: 'Lập được thành tích đột xuất', en: 'sudden (unforeseen) achievement' },
  socio_economic_contribution: {
    vi: 'Đóng góp cho phát triển kinh tế - xã hội, từ thiện nhân đạo',
    en: 'contribution to socio-economic development or charity',
  },
  commune_level_impact: {
    vi: 'Thành tích có phạm vi ảnh hưởng cấp xã',
    en: 'achievement with commune-wide impact',
  },
  model_commune_criteria: {
    vi: 'Đạt tiêu chí xã, phường tiêu biểu của tỉnh',
    en: 'meets the province’s model-commune criteria',
  },
  cultural_village_criteria: {
    vi: 'Đạt tiêu chuẩn thôn, tổ dân phố văn hóa',
    en: 'meets the cultural-village criteria',
  },
  cultural_family_criteria: {
    vi: 'Đạt tiêu chuẩn gia đình văn hóa',
    en: 'meets the cultural-family criteria',
  },
  outstanding_5y_movement: {
    vi: 'Tiêu biểu khi sơ kết, tổng kết phong trào thi đua từ 05 năm',
    en: 'outstanding at the review of a movement of 5+ years',
  },
  applied_invention: {
    vi: 'Có phát minh, sáng chế, sáng kiến được ứng dụng',
    en: 'invention or initiative applied in practice',
  },
  major_contribution: {
    vi: 'Đóng góp lớn về kinh tế - xã hội, từ thiện nhân đạo',
    en: 'major socio-economic or charitable contribution',
  },
  exceptional_sudden: {
    vi: 'Thành tích đột xuất đặc biệt xuất sắc',
    en: 'exceptional sudden achievement',
  },
};

/** One template per leaf kind; `{name}` placeholders are filled per language by leaf-text.ts. */
export const leafTemplates: Record<LeafKind, LocalisedText> = {
  rating_in_year: {
    vi: 'Năm xét: xếp loại từ “{rating}” trở lên',
    en: 'Assessment year rated {rating} or better',
  },
  consecutive_years_rating: {
    vi: '{years} năm liên tục xếp loại từ “{rating}” trở lên',
    en: '{years} consecutive years rated {rating} or better',
  },
  holds_title_in_year: {
    vi: 'Đạt “{award}” năm xét',
    en: 'Holds “{award}” for the assessment year',
  },
  title_held_consecutive: {
    vi: '{years} lần liên tục đạt “{award}”',
    en: '“{award}” {years} years running',
  },
  award_held: { vi: 'Đã được tặng “{award}”{within}', en: 'Has received “{award}”{within}' },
  award_standard_met: { vi: 'Đạt tiêu chuẩn “{award}”', en: 'Meets the standard of “{award}”' },
  initiatives_recognised: {
    vi: 'Có {count} {what} từ {level} trở lên trong {years} năm',
    en: '{count} {what} at {level} level or above within {years} year(s)',
  },
  no_discipline: {
    vi: 'Không bị kỷ luật từ {severity} trở lên trong {years} năm',
    en: 'No discipline of {severity} or worse within {years} year(s)',
  },
  members_share_with_title: {
    vi: 'Từ {share} cá nhân đạt “{award}”',
    en: 'At least {share} of members hold “{award}”',
  },
  members_share_with_rating: {
    vi: 'Từ {share} cá nhân xếp loại từ “{rating}” trở lên',
    en: 'At least {share} of members rated {rating} or better',
  },
  members_count_with_title: {
    vi: 'Có ít nhất {count} cá nhân đạt “{award}”',
    en: 'At least {count} member(s) hold “{award}”',
  },
  no_member_discipline: {
    vi: 'Không có cá nhân bị kỷ luật từ {severity} trở lên',
    en: 'No member disciplined with {severity} or worse',
  },
  household_contributed: {
    vi: 'Hộ gia đình đóng góp {kinds} cho công trình chung',
    en: 'Household contributed {kinds} to a public project',
  },
  months_worked_in_year: {
    vi: 'Thời gian công tác trong năm từ {months} tháng (tính cả nghỉ thai sản)',
    en: 'At least {months} months worked in the year (maternity leave counts)',
  },
  subject_category_in: { vi: 'Là {categories}', en: 'Is a {categories}' },
  local_unit_kind_in: { vi: 'Đơn vị là {kinds}', en: 'Unit is a {kinds}' },
  attested: { vi: '{fact}', en: '{fact}' },
};

/** Phrases some templates insert. */
export const phrases = {
  within: { vi: ' trong {years} năm gần nhất', en: ' in the last {years} years' },
  initiative: { vi: 'sáng kiến được công nhận', en: 'recognised initiative(s)' },
  research: { vi: 'đề tài khoa học được nghiệm thu', en: 'accepted research project(s)' },
  either: {
    vi: 'sáng kiến hoặc đề tài được công nhận',
    en: 'recognised initiative(s) or research',
  },
} satisfies Labels;
