import { decree152From, decree98To, law, law2022From, nd152, nd98, unverified } from './sources.ts';
import type {
  AwardDefinition,
  Citation,
  DatedMultiplier,
  DossierRequirement,
  SubjectKind,
} from './types.ts';

/**
 * Emulation titles (danh hiệu thi đua).
 * Cash multipliers: NĐ 98/2023 Đ.54 (read for individuals, TVPL 28a584966bb6fbc9) and
 * NĐ 152/2025 Đ.50 (read, TVPL 593004a43ef54dba); the values did not change on 2025-07-01,
 * only the clause that carries them. NĐ 98 Đ.54 k.2 (collectives) was not read: same values assumed.
 */

/**
 * Article numbers of the 2022 Law, as read in quotations of its text (2026 session):
 * Đ.21 k.1 CSTĐ toàn quốc (lawnet.vn), Đ.23 CSTĐCS (TVPL 593004a43ef54dba), Đ.24 k.1 LĐTT
 * (laocai.edu.vn), Đ.25 Cờ thi đua của Chính phủ (lawnet.vn), Đ.26 k.1 cờ thi đua of a ministry
 * or province (cited by TT 15/2025/TT-BXD Đ.10, TVPL ca0bca3c3ecb54be), Đ.27 k.1 TTLĐXS
 * (sbft.hust.edu.vn; TT 02/2024/TT-VKSTC Đ.18). Đ.22 and Đ.28 follow by position, not read.
 */
const byPosition = (between: string) =>
  unverified(`Article placed between ${between}, which were read; its own text was not read`);

function dated(
  subject: SubjectKind,
  value: number,
  clause: string,
  point: string,
  read98 = true,
): DatedMultiplier[] {
  const old: Citation = nd98('54', {
    clause,
    point,
    ...(read98
      ? {}
      : unverified('NĐ 98 Đ.54 k.2: only point a was read; value assumed equal to NĐ 152 Đ.50')),
  });
  return [
    { subject, value, effectiveFrom: law2022From, effectiveTo: decree98To, citation: old },
    { subject, value, effectiveFrom: decree152From, citation: nd152('50', { clause, point }) },
  ];
}

const submission: DossierRequirement = {
  document: 'submission',
  citation: law('84', { clause: '1', point: 'a', note: 'NĐ 152/2025 Mẫu số 01' }),
};
const report: DossierRequirement = {
  document: 'achievement_report',
  citation: law('84', { clause: '1', point: 'b', note: 'NĐ 152/2025 Mẫu số 05 (cá nhân)' }),
};
const minutes: DossierRequirement = {
  document: 'council_minutes',
  citation: law('84', { clause: '1', point: 'c' }),
};
const votes: DossierRequirement = {
  document: 'vote_result',
  citation: nd98('30', {
    clause: '7',
    note: 'QĐ 638/QĐ-BNV 2025 keeps the vote result under NĐ 152',
  }),
};
const initiativeProof: DossierRequirement = {
  document: 'initiative_certificate',
  citation: law('84', { clause: '1', point: 'd' }),
};
const excellenceProof: DossierRequirement = {
  document: 'excellence_confirmation',
  citation: nd98('34', {
    note: 'Proof of HTXS as an alternative to an initiative (QĐ 638/QĐ-BNV 2025, mục II.B)',
  }),
};
/** NĐ 152/2025 Đ.6 k.2 c lets the province set these dossiers; the Law's three documents are the default. */
const provinceSet: Citation = nd152('6', { clause: '2', point: 'c' });
const basic = (subjects?: readonly SubjectKind[]): DossierRequirement[] => [
  { document: 'submission', citation: provinceSet, subjects },
  { document: 'achievement_report', citation: provinceSet, subjects },
  { document: 'council_minutes', citation: provinceSet, subjects },
];

export const emulationTitles: readonly AwardDefinition[] = [
  {
    code: 'LDTT',
    category: 'title',
    name: { vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
    conferredBy: {
      vi: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
      en: 'Head of the agency or unit; Chair of the commune People’s Committee',
    },
    subjects: ['individual'],
    kinds: ['merit'],
    rank: 10,
    citation: law('24', { clause: '1' }),
    multipliers: dated('individual', 0.3, '1', 'd'),
    dossier: basic(),
  },
  {
    code: 'CSTDCS',
    category: 'title',
    name: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
    conferredBy: {
      vi: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
      en: 'Head of the agency or unit; Chair of the commune People’s Committee',
    },
    subjects: ['individual'],
    kinds: ['merit'],
    rank: 20,
    citation: law('23'),
    multipliers: dated('individual', 1.0, '1', 'c'),
    dossier: [...basic(), votes, initiativeProof, excellenceProof],
  },
  {
    code: 'CSTD_TINH',
    category: 'title',
    name: { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'Provincial Emulation Fighter' },
    conferredBy: { vi: 'Chủ tịch UBND tỉnh', en: 'Chair of the Provincial People’s Committee' },
    subjects: ['individual'],
    kinds: ['merit'],
    rank: 30,
    citation: law('22', byPosition('Đ.21 (CSTĐ toàn quốc) and Đ.23 (CSTĐCS)')),
    multipliers: dated('individual', 3.0, '1', 'b'),
    dossier: [submission, report, minutes, votes, initiativeProof],
  },
  {
    code: 'CSTD_TQ',
    category: 'title',
    name: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
    conferredBy: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    subjects: ['individual'],
    kinds: ['merit'],
    rank: 40,
    citation: law('21', { clause: '1' }),
    multipliers: dated('individual', 4.5, '1', 'a'),
    dossier: [submission, report, minutes, votes, initiativeProof],
  },
  {
    code: 'TTLDTT',
    category: 'title',
    name: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Labour Collective' },
    conferredBy: {
      vi: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
      en: 'Head of the agency or unit; Chair of the commune People’s Committee',
    },
    subjects: ['collective'],
    kinds: ['merit'],
    rank: 15,
    citation: law(
      '28',
      unverified(
        'Follows Đ.27 (TTLĐXS, read) as in the 2003 Law; not read. TT 01/2024/TT-VPCP restates the standard: ≥ 70% LĐTT, nobody disciplined from a warning up',
      ),
    ),
    multipliers: dated('collective', 0.8, '2', 'b', false),
    dossier: basic(),
  },
  {
    code: 'TTLDXS',
    category: 'title',
    name: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Labour Collective' },
    conferredBy: { vi: 'Chủ tịch UBND tỉnh', en: 'Chair of the Provincial People’s Committee' },
    subjects: ['collective'],
    kinds: ['merit'],
    rank: 25,
    citation: law('27', { clause: '1' }),
    // NĐ 98/2023 Đ.54 k.2 a (1.5) read in the vietjack.me mirror of the decree's chapter VI
    multipliers: dated('collective', 1.5, '2', 'a'),
    dossier: [submission, report, minutes],
  },
  {
    code: 'CO_TD_TINH',
    category: 'title',
    name: {
      vi: 'Cờ thi đua của UBND tỉnh',
      en: 'Emulation Flag of the Provincial People’s Committee',
    },
    conferredBy: { vi: 'Chủ tịch UBND tỉnh', en: 'Chair of the Provincial People’s Committee' },
    subjects: ['collective'],
    kinds: ['merit', 'thematic'],
    rank: 35,
    citation: law('26', { clause: '1' }),
    multipliers: dated('collective', 8.0, '2', 'e', false),
    dossier: [submission, report, minutes, votes],
  },
  {
    code: 'CO_TD_CP',
    category: 'title',
    name: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
    conferredBy: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    subjects: ['collective'],
    kinds: ['merit', 'thematic'],
    rank: 45,
    citation: law('25'),
    multipliers: dated('collective', 12.0, '2', 'đ', false),
    dossier: [submission, report, minutes, votes],
  },
  {
    code: 'XA_TIEU_BIEU',
    category: 'title',
    name: { vi: 'Xã, phường, đặc khu tiêu biểu', en: 'Model Commune, Ward or Special Zone' },
    conferredBy: { vi: 'Chủ tịch UBND tỉnh', en: 'Chair of the Provincial People’s Committee' },
    subjects: ['collective'],
    kinds: ['merit'],
    rank: 30,
    // until 2025-06-30 "xã, phường, thị trấn tiêu biểu"; NĐ 152 Đ.50 k.2 c names "xã, phường, đặc khu"
    citation: nd152('50', { clause: '2', point: 'c' }),
    multipliers: dated('collective', 2.0, '2', 'c', false),
    dossier: basic(),
  },
  {
    code: 'THON_VAN_HOA',
    category: 'title',
    name: { vi: 'Thôn, tổ dân phố văn hóa', en: 'Cultural Village or Residential Group' },
    conferredBy: { vi: 'Chủ tịch UBND cấp xã', en: 'Chair of the commune People’s Committee' },
    subjects: ['collective'],
    kinds: ['merit'],
    rank: 12,
    citation: nd152('50', { clause: '2', point: 'd' }),
    multipliers: dated('collective', 1.5, '2', 'd', false),
    dossier: basic(),
  },
  {
    code: 'GIA_DINH_VAN_HOA',
    category: 'title',
    name: { vi: 'Gia đình văn hóa', en: 'Cultural Family' },
    conferredBy: { vi: 'Chủ tịch UBND cấp xã', en: 'Chair of the commune People’s Committee' },
    subjects: ['household'],
    kinds: ['merit'],
    rank: 5,
    citation: nd152('6', {
      clause: '2',
      point: 'c',
      note: 'Listed among titles whose dossier the province sets; no cash multiplier found in Đ.50 k.1–2',
    }),
    multipliers: [],
    dossier: basic(),
  },
];
