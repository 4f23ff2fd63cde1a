import type { ConsolidatedReportData } from '../../server/documents/consolidated-data.ts';

// A Lai Châu-like consolidated report for the document tests: 38 communes and wards after the 2025
// reorganisation plus a few provincial departments, indicators in two groups, the plan's targets.

const communes = [
  'Mường Kim',
  'Khoen On',
  'Than Uyên',
  'Mường Than',
  'Pắc Ta',
  'Nậm Sỏ',
  'Tân Uyên',
  'Mường Khoa',
  'Bản Bo',
  'Bình Lư',
  'Tả Lèng',
  'Khun Há',
  'Sin Suối Hồ',
  'Phong Thổ',
  'Dào San',
  'Sì Lở Lầu',
  'Khổng Lào',
  'Tủa Sín Chải',
  'Sìn Hồ',
  'Hồng Thu',
  'Nậm Tăm',
  'Pu Sam Cáp',
  'Nậm Cuổi',
  'Nậm Mạ',
  'Lê Lợi',
  'Nậm Hàng',
  'Mường Mô',
  'Hua Bum',
  'Pa Tần',
  'Bum Nưa',
  'Bum Tở',
  'Mường Tè',
  'Thu Lũm',
  'Pa Ủ',
  'Tà Tổng',
  'Mù Cả',
];
const departments = ['Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Nội vụ'];

const statusAt = (i: number): string =>
  ['draft', 'returned'][i] ??
  (i % 11 === 3 ? 'not_started' : i % 13 === 5 ? 'late' : i % 7 === 2 ? 'submitted' : 'accepted');

const units: ConsolidatedReportData['units'] = [
  ...departments.map((name, i) => ({ code: `SO-${i + 1}`, name, status: 'accepted' })),
  { code: 'PHUONG-TAN-PHONG', name: 'Phường Tân Phong', status: 'accepted' },
  { code: 'PHUONG-DOAN-KET', name: 'Phường Đoàn Kết', status: 'submitted' },
  ...communes.map((name, i) => ({ code: `XA-${i + 1}`, name: `Xã ${name}`, status: statusAt(i) })),
].map((u, i) => ({
  ...u,
  submittedAt: ['accepted', 'submitted'].includes(u.status)
    ? `2025-12-${String(10 + (i % 18)).padStart(2, '0')}T03:15:00.000Z`
    : null,
}));

const count = (s: string) => units.filter((u) => u.status === s).length;

export const laiChauReport: ConsolidatedReportData = {
  tenantName: 'Ủy ban nhân dân tỉnh Lai Châu',
  issuerShort: 'UBND',
  place: 'Lai Châu',
  date: '2026-01-05',
  number: null,
  movement: {
    code: 'HTCS-THTK-2022-2030',
    name: 'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    legalBasis: [
      'Luật Thực hành, tiết kiệm chống lãng phí ngày 26 tháng 11 năm 2013',
      'Nghị định số 84/2014/NĐ-CP ngày 08 tháng 9 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thực hành, tiết kiệm chống lãng phí',
      'Quyết định số 1478/QĐ-TTg ngày 28 tháng 11 năm 2022 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai Phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”',
    ],
  },
  period: { year: 2025, kind: 'year', half: 0, label: 'Năm 2025' },
  participation: {
    expected: units.length,
    submitted: count('submitted') + count('accepted'),
    accepted: count('accepted'),
    returned: count('returned'),
    draft: count('draft'),
    late: count('late'),
    notStarted: count('not_started'),
  },
  registrations: { registered: 40, expected: units.length, pledgesSigned: 6 },
  indicators: [
    {
      group: 'Phát triển kết cấu hạ tầng',
      code: 'HT-01',
      name: 'Đường giao thông nông thôn được cứng hóa',
      measure: 'km',
      aggregation: 'sum',
      value: 1234.5,
      target: 1100,
      reportingUnits: 36,
    },
    {
      group: 'Phát triển kết cấu hạ tầng',
      code: 'HT-02',
      name: 'Tỷ lệ giải ngân vốn đầu tư công',
      measure: '%',
      aggregation: 'weighted_average',
      value: 96.42,
      target: 100,
      reportingUnits: 40,
    },
    {
      group: 'Phát triển kết cấu hạ tầng',
      code: 'HT-03',
      name: 'Công trình hiến đất, góp công của Nhân dân',
      measure: 'công trình',
      aggregation: 'sum',
      value: null,
      target: null,
      reportingUnits: 0,
    },
    {
      group: 'Thực hành tiết kiệm, chống lãng phí',
      code: 'TK-01',
      name: 'Kinh phí tiết kiệm chi thường xuyên',
      measure: 'triệu đồng',
      aggregation: 'sum',
      value: 15750.25,
      target: 12000,
      reportingUnits: 38,
    },
    {
      group: 'Thực hành tiết kiệm, chống lãng phí',
      code: 'TK-02',
      name: 'Tỷ lệ thất thoát, lãng phí trong đầu tư xây dựng',
      measure: '%',
      aggregation: 'average',
      value: 3.8,
      target: 5,
      reportingUnits: 31,
    },
  ],
  targets: [
    {
      code: 'MT-01',
      name: 'Tỷ lệ che phủ rừng',
      unit: '%',
      target: 54,
      actual: 54.2,
      status: 'achieved',
    },
    {
      code: 'MT-02',
      name: 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công',
      unit: '%',
      target: 100,
      actual: 96.4,
      status: 'at_risk',
    },
    {
      code: 'MT-03',
      name: 'Tỷ lệ xã đạt chuẩn nông thôn mới',
      unit: '%',
      target: 60,
      actual: 48,
      status: 'off_track',
    },
    {
      code: 'MT-04',
      name: 'Tỷ lệ hộ dân dùng nước sạch',
      unit: '%',
      target: 95,
      actual: null,
      status: 'no_data',
    },
  ],
  units,
  highlights: [
    'Sở Xây dựng: hoàn thành 12 công trình giao thông trọng điểm trước tiến độ',
    'Xã Bản Bo: Nhân dân hiến 3.200 m² đất làm đường liên bản',
  ],
  shortcomings: [
    'Một số xã sau sắp xếp chưa kiện toàn bộ phận theo dõi phong trào, báo cáo còn chậm',
  ],
  proposals: [
    'Đề nghị Ban Thi đua - Khen thưởng Trung ương tiếp tục hướng dẫn tiêu chí đánh giá phong trào sau sắp xếp đơn vị hành chính',
  ],
  recipients: [
    'Ban Thi đua - Khen thưởng Trung ương (b/c)',
    'Thường trực Tỉnh ủy (b/c)',
    'Thường trực HĐND tỉnh',
    'Chủ tịch, các PCT UBND tỉnh',
    'Sở Nội vụ',
    'Lưu: VT, TĐKT',
  ],
  signer: {
    authority: 'KT.',
    body: 'Ủy ban nhân dân',
    title: 'Phó Chủ tịch',
    name: 'Nguyễn Văn An',
  },
};
