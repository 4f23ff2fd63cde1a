import {
  decree152From,
  decree98To,
  instruments,
  law,
  law2022From,
  nd152,
  nd98,
  unverified,
} from './sources.ts';
import {
  subjectKinds,
  type AwardDefinition,
  type Citation,
  type DatedMultiplier,
  type DossierRequirement,
  type SubjectKind,
} from './types.ts';

/**
 * Forms of commendation (hình thức khen thưởng).
 * Their cash clauses (NĐ 98/2023 Đ.55, NĐ 152/2025 Đ.51) were NOT read: the multipliers below
 * are recalled values, collective = 2 × individual as NĐ 152 Đ.49 k.4 requires a collective to
 * receive more than an individual. All are `verified: false` until checked against the text.
 */

const cashNote = 'Multiplier recalled, clause not read; check against the decree text';

function dated(values: Partial<Record<SubjectKind, number>>): DatedMultiplier[] {
  return Object.entries(values).flatMap(([subject, value]) => [
    {
      subject: subject as SubjectKind,
      value: value as number,
      effectiveFrom: law2022From,
      effectiveTo: decree98To,
      citation: nd98('55', unverified(cashNote)),
    },
    {
      subject: subject as SubjectKind,
      value: value as number,
      effectiveFrom: decree152From,
      citation: nd152('51', unverified(cashNote)),
    },
  ]);
}

const formDossierNote = 'Law Đ.84 k.2 (dossier of forms) not read; mirrors k.1';
const formDossier: DossierRequirement[] = [
  { document: 'submission', citation: law('84', { clause: '2', ...unverified(formDossierNote) }) },
  {
    document: 'achievement_report',
    citation: law('84', { clause: '2', ...unverified(formDossierNote) }),
  },
  {
    document: 'council_minutes',
    citation: law('84', { clause: '2', ...unverified(formDossierNote) }),
    subjects: ['individual', 'collective'],
  },
  {
    document: 'sudden_achievement_report',
    forKinds: ['sudden'],
    citation: nd152('Phụ lục', {
      note: 'Mẫu báo cáo thành tích đề nghị khen thưởng đột xuất (one of the 11 templates)',
    }),
  },
  {
    document: 'contribution_confirmation',
    subjects: ['household'],
    citation: law('84', {
      clause: '2',
      ...unverified('Households: confirmation of the contribution by the commune; assumed'),
    }),
  },
];

const giayKhenCash = { individual: 0.3, collective: 0.6, household: 0.3 } as const;
const giayKhen = (
  code: string,
  by: { vi: string; en: string },
  extra: Partial<AwardDefinition> = {},
): AwardDefinition => ({
  code,
  category: 'form',
  name: { vi: `Giấy khen của ${by.vi}`, en: `Certificate of Merit of the ${by.en}` },
  conferredBy: by,
  subjects: ['individual', 'collective', 'household'],
  kinds: ['merit', 'thematic', 'sudden'],
  rank: 10,
  citation: law('75', { note: 'Per DOMAIN.md §2' }),
  dossier: formDossier,
  ...extra,
  multipliers: (extra.multipliers ?? dated(giayKhenCash)).filter((m) =>
    (extra.subjects ?? subjectKinds).includes(m.subject),
  ),
});

const twoTier: Citation = {
  instrument: instruments.localGovernmentLaw2025,
  article: '—',
  verified: false,
  note: 'District level ends 2025-07-01 with two-tier local government; NĐ 152 Đ.50 k.2 c already names "xã, phường, đặc khu"',
};

export const commendationForms: readonly AwardDefinition[] = [
  giayKhen(
    'GK_THU_TRUONG',
    { vi: 'Thủ trưởng cơ quan, đơn vị', en: 'head of the agency or unit' },
    { subjects: ['individual', 'collective'] },
  ),
  giayKhen('GK_CT_UBND_XA', {
    vi: 'Chủ tịch UBND cấp xã',
    en: 'chair of the commune People’s Committee',
  }),
  giayKhen(
    'GK_CT_UBND_HUYEN',
    { vi: 'Chủ tịch UBND cấp huyện', en: 'chair of the district People’s Committee' },
    {
      conferrableTo: decree98To,
      multipliers: dated(giayKhenCash).filter((m) => m.effectiveTo),
      citation: { ...law('75'), note: twoTier.note },
    },
  ),
  {
    code: 'BK_CT_UBND_TINH',
    category: 'form',
    name: {
      vi: 'Bằng khen của Chủ tịch UBND tỉnh',
      en: 'Certificate of Merit of the Provincial People’s Committee Chair',
    },
    conferredBy: { vi: 'Chủ tịch UBND tỉnh', en: 'Chair of the Provincial People’s Committee' },
    subjects: ['individual', 'collective', 'household'],
    kinds: ['merit', 'thematic', 'sudden', 'foreign'],
    rank: 20,
    citation: law(
      '74',
      unverified('Article recalled; standards per Bắc Ninh QĐ 86/2025 Đ.3 k.3 (DOMAIN.md)'),
    ),
    multipliers: dated({ individual: 1.0, collective: 2.0, household: 1.0 }),
    dossier: formDossier,
  },
  {
    code: 'BK_TTG',
    category: 'form',
    name: { vi: 'Bằng khen của Thủ tướng Chính phủ', en: 'Prime Minister’s Certificate of Merit' },
    conferredBy: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    subjects: ['individual', 'collective', 'household'],
    kinds: ['merit', 'thematic', 'sudden', 'foreign'],
    rank: 30,
    citation: law('72', unverified('2022 text not retrieved; DOMAIN.md [verify]')),
    multipliers: dated({ individual: 1.5, collective: 3.0, household: 1.5 }),
    dossier: formDossier,
  },
  ...(
    [
      ['HCLD_3', 'hạng Ba', 'Third Class', 50, 4.5],
      ['HCLD_2', 'hạng Nhì', 'Second Class', 60, 7.5],
      ['HCLD_1', 'hạng Nhất', 'First Class', 70, 9.0],
    ] as const
  ).map(([code, vi, en, rank, value]): AwardDefinition => ({
    code,
    category: 'form',
    name: { vi: `Huân chương Lao động ${vi}`, en: `Labour Order, ${en}` },
    conferredBy: { vi: 'Chủ tịch nước', en: 'State President' },
    subjects: ['individual', 'collective'],
    kinds: ['merit', 'sudden', 'dedication', 'foreign'],
    rank,
    citation:
      code === 'HCLD_3'
        ? law('44', { note: 'Khoản 2 (workers, farmers) per DOMAIN.md; khoản 1 [verify]' })
        : law('44', unverified('Neighbouring articles for higher classes; not read')),
    multipliers: dated({ individual: value, collective: value * 2 }),
    dossier: formDossier.filter((d) => d.document !== 'contribution_confirmation'),
  })),
];
