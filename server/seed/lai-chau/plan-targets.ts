import type { Comparator, SeedTarget, SeedTargetValue } from './types.ts';

const movementYears = Array.from({ length: 2030 - 2022 + 1 }, (_, i) => 2022 + i);

function everyYear(
  value: number,
  comparator: Comparator,
  note?: { vi: string; en: string },
): SeedTargetValue[] {
  return movementYears.map((year) => ({
    year,
    value,
    comparator,
    ...(note ? { noteVi: note.vi, noteEn: note.en } : {}),
  }));
}

// The plan's sentences, verbatim (III.1.a).
const disbursementSentence =
  'Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao gắn với bảo đảm chất lượng công trình và hiệu quả sử dụng vốn.';
const recurrentSentence =
  'Giảm dần tỷ trọng chi thường xuyên trong tổng chi ngân sách nhà nước, đảm bảo tỷ trọng chi thường xuyên bình quân khoảng 80 - 82% tổng chi ngân sách nhà nước, trong tổ chức thực hiện phấn đấu giảm tỷ trọng chi thường xuyên xuống khoảng 80%;';
const publicServiceSentence =
  'Phấn đấu đạt mục tiêu đến năm 2025, tiếp tục giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2021; có 17% đơn vị sự nghiệp công lập đảm bảo và đảm bảo từ 10% chi thường xuyên trở lên.';
const housingSentence =
  'Đến năm 2025 hoàn thành việc sáp xếp lại, xử lý nhà đất thuộc sở hữu nhà nước trên phạm vi toàn tỉnh;';
const goals2025Sentence =
  'Mục tiêu đến năm 2025, tỷ lệ che phủ rừng đạt 54%, phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 56%; có 60 công trình thủy điện nhỏ (công suất từ 30MW trở xuống) hoàn thành xây dựng, đưa vào vận hành phát điện; giảm mức tổn thất điện năng xuống thấp hơn 5%; về thương mại có 29 chợ, 04 siêu thị.';
const productivitySentence =
  'Đẩy mạnh cải cách hành chính, trong đó cải cách thủ tục hành chính nhằm bảo đảm thông thoáng, thuận lợi, khắc phục phiền hà và giảm chi phí cho các nhà đầu tư, tăng năng suất lao động xã hội bình quân 6,5%/năm.';

// why: the hydropower, power-loss, market and supermarket goals share the sentence that opens
// "Mục tiêu đến năm 2025"; only forest cover names a second year (2030), so the others are
// 2025 targets.
// why: area follows the plan's grouping: everything but disbursement sits among the thrift
// criteria of III.1.a, even where the subject is infrastructure (hydropower, markets).
/** III.1.a: the province's numeric targets. */
export const targets: SeedTarget[] = [
  {
    code: 'PUBLIC_INVESTMENT_DISBURSEMENT',
    area: 'infrastructure',
    nameVi: 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao',
    nameEn: 'Disbursement of the assigned public investment capital plan',
    measure: 'percent',
    direction: 'higher',
    sourceVi: disbursementSentence,
    clause: 'III.1.a (A-INF-6)',
    baselineYear: null,
    baselineValue: null,
    // why: the plan sets no year; disbursement is judged against each year's assigned plan.
    values: everyYear(100, '≥'),
  },
  {
    code: 'RECURRENT_SPENDING_SHARE',
    area: 'thrift',
    nameVi: 'Tỷ trọng chi thường xuyên trong tổng chi ngân sách nhà nước',
    nameEn: 'Share of recurrent spending in total State budget spending',
    measure: 'percent',
    direction: 'lower',
    sourceVi: recurrentSentence,
    clause: 'III.1.a (A-THR-3)',
    baselineYear: null,
    baselineValue: null,
    // why: the plan gives an average band (80–82%) and an aim (≈80%) but no year; the aim is
    // recorded for every year of the movement, the band kept in the note.
    values: everyYear(80, '≈', {
      vi: 'Bình quân khoảng 80 - 82%; phấn đấu giảm xuống khoảng 80%',
      en: 'Average of about 80–82%; aim to bring it down to about 80%',
    }),
  },
  {
    code: 'PUBLIC_SERVICE_UNITS_CHANGE',
    area: 'thrift',
    nameVi: 'Số đơn vị sự nghiệp công lập so với năm 2021',
    nameEn: 'Number of public service units compared with 2021',
    measure: 'percent_change',
    direction: 'lower',
    sourceVi: publicServiceSentence,
    clause: 'III.1.a (A-THR-5)',
    // why: the plan names 2021 as the baseline but not its count; the office enters it.
    baselineYear: 2021,
    baselineValue: null,
    values: [
      {
        year: 2025,
        value: -10,
        comparator: '≤',
        noteVi: 'Giảm tối thiểu 10%',
        noteEn: 'A cut of at least 10%',
      },
    ],
  },
  {
    code: 'SELF_FINANCING_PUBLIC_SERVICE_UNITS',
    area: 'thrift',
    nameVi: 'Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm từ 10% chi thường xuyên trở lên',
    nameEn: 'Share of public service units covering 10% or more of their recurrent spending',
    measure: 'percent',
    direction: 'higher',
    sourceVi: publicServiceSentence,
    clause: 'III.1.a (A-THR-5)',
    baselineYear: null,
    baselineValue: null,
    values: [{ year: 2025, value: 17, comparator: '≥' }],
  },
  {
    code: 'STATE_HOUSING_LAND_REARRANGED',
    area: 'thrift',
    nameVi: 'Hoàn thành sắp xếp lại, xử lý nhà đất thuộc sở hữu nhà nước trên phạm vi toàn tỉnh',
    nameEn:
      'Rearrangement and handling of State-owned houses and land across the province completed',
    measure: 'done',
    direction: 'higher',
    sourceVi: housingSentence,
    clause: 'III.1.a (A-THR-6)',
    baselineYear: null,
    baselineValue: null,
    // why: a yes/no target; 1 means done.
    values: [{ year: 2025, value: 1, comparator: '=' }],
  },
  {
    code: 'FOREST_COVER',
    area: 'thrift',
    nameVi: 'Tỷ lệ che phủ rừng',
    nameEn: 'Forest cover',
    measure: 'percent',
    direction: 'higher',
    sourceVi: goals2025Sentence,
    clause: 'III.1.a (A-THR-8)',
    baselineYear: null,
    baselineValue: null,
    values: [
      { year: 2025, value: 54, comparator: '≥' },
      {
        year: 2030,
        value: 56,
        comparator: '≥',
        noteVi: 'Phấn đấu',
        noteEn: 'Aspirational ("strive for")',
      },
    ],
  },
  {
    code: 'SMALL_HYDROPOWER_PLANTS',
    area: 'thrift',
    nameVi:
      'Số công trình thủy điện nhỏ (công suất từ 30MW trở xuống) hoàn thành, đưa vào vận hành phát điện',
    nameEn: 'Small hydropower plants (30 MW or less) completed and generating power',
    measure: 'count',
    direction: 'higher',
    sourceVi: goals2025Sentence,
    clause: 'III.1.a (A-THR-8)',
    baselineYear: null,
    baselineValue: null,
    values: [{ year: 2025, value: 60, comparator: '≥' }],
  },
  {
    code: 'POWER_LOSSES',
    area: 'thrift',
    nameVi: 'Tỷ lệ tổn thất điện năng',
    nameEn: 'Power losses',
    measure: 'percent',
    direction: 'lower',
    sourceVi: goals2025Sentence,
    clause: 'III.1.a (A-THR-8)',
    baselineYear: null,
    baselineValue: null,
    values: [{ year: 2025, value: 5, comparator: '<' }],
  },
  {
    code: 'MARKETS',
    area: 'thrift',
    nameVi: 'Số chợ',
    nameEn: 'Markets',
    measure: 'count',
    direction: 'higher',
    sourceVi: goals2025Sentence,
    clause: 'III.1.a (A-THR-8)',
    baselineYear: null,
    baselineValue: null,
    values: [{ year: 2025, value: 29, comparator: '≥' }],
  },
  {
    code: 'SUPERMARKETS',
    area: 'thrift',
    nameVi: 'Số siêu thị',
    nameEn: 'Supermarkets',
    measure: 'count',
    direction: 'higher',
    sourceVi: goals2025Sentence,
    clause: 'III.1.a (A-THR-8)',
    baselineYear: null,
    baselineValue: null,
    values: [{ year: 2025, value: 4, comparator: '≥' }],
  },
  {
    code: 'SOCIAL_LABOUR_PRODUCTIVITY_GROWTH',
    area: 'thrift',
    nameVi: 'Tốc độ tăng năng suất lao động xã hội',
    nameEn: 'Growth of social labour productivity',
    measure: 'percent_change',
    direction: 'higher',
    sourceVi: productivitySentence,
    clause: 'III.1.a (A-THR-9)',
    baselineYear: null,
    baselineValue: null,
    // why: "bình quân 6,5%/năm" is a yearly average; recorded as a yearly target with the
    // average kept in the note.
    values: everyYear(6.5, '≥', { vi: 'Bình quân 6,5%/năm', en: 'Average of 6.5% a year' }),
  },
];
