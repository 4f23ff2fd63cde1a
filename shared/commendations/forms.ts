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
 * Cash from 2025-07-01: NĐ 152/2025 Đ.54 k.1 for individuals, read in quotations of the clause
 * (giadinh.suckhoedoisong.vn, 2025-08-11; laodong.vn, 2025): a) Bằng khen of the Prime Minister
 * 3.5, b) bằng khen of a ministry or province 1.5, e) Giấy khen 0.3 × the base salary. The
 * collective and household amounts (k.2–3) were not read: a collective is assumed to get twice an
 * individual (as under NĐ 91/2017, plo.vn; NĐ 152 Đ.49 k.4 requires more) and a household the
 * individual amount. The NĐ 98/2023 clause (to 2025-06-30) was not read: its values are assumed
 * to be those of NĐ 91/2017 (BK TTg 3.5, bằng khen tỉnh 1.0, Giấy khen 0.3).
 */

type Amounts = Partial<Record<SubjectKind, number>>;

const assumed98 = unverified('NĐ 98/2023 clause not read; amount as under NĐ 91/2017 (plo.vn)');
const assumedOthers = unverified(
  'NĐ 152 Đ.54 k.1 read for individuals only; collective = 2 × and household = 1 × the individual amount, assumed',
);

/** The amounts to 2025-06-30 (NĐ 98) and from 2025-07-01 (NĐ 152 Đ.54 k.1, `point` for individuals). */
function dated(old: Amounts, now: Amounts, point: string): DatedMultiplier[] {
  return [
    ...Object.entries(old).map(([subject, value]) => ({
      subject: subject as SubjectKind,
      value: value as number,
      effectiveFrom: law2022From,
      effectiveTo: decree98To,
      citation: nd98('55', assumed98),
    })),
    ...Object.entries(now).map(([subject, value]) => ({
      subject: subject as SubjectKind,
      value: value as number,
      effectiveFrom: decree152From,
      citation: nd152('54', {
        clause: '1',
        point,
        ...(subject === 'individual' ? {} : assumedOthers),
      }),
    })),
  ];
}

/** Individual amount `x`: collective 2x, household x. */
const perSubject = (x: number): Amounts => ({ individual: x, collective: 2 * x, household: x });

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

const giayKhenCash = () => dated(perSubject(0.3), perSubject(0.3), 'e');
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
  multipliers: (extra.multipliers ?? giayKhenCash()).filter((m) =>
    (extra.subjects ?? subjectKinds).includes(m.subject),
  ),
});

const twoTier: Citation = {
  instrument: instruments.localGovernmentLaw2025,
  article: '—',
  verified: false,
  note: 'District level ends 2025-07-01 with two-tier local government; NĐ 152 Đ.50 k.2 c already names "xã, phường, đặc khu"',
};

const hcldCash = unverified(
  'Amounts of the Labour Order recalled; the article on the cash of orders was not read',
);

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
      multipliers: giayKhenCash().filter((m) => m.effectiveTo),
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
    // 1.0 → 1.5 on 2025-07-01 (NĐ 152 Đ.54 k.1 b, read; the NĐ 98 amount assumed)
    multipliers: dated(perSubject(1.0), perSubject(1.5), 'b'),
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
    multipliers: dated(perSubject(3.5), perSubject(3.5), 'a'),
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
    multipliers: [
      { subject: 'individual' as const, value },
      { subject: 'collective' as const, value: value * 2 },
    ].flatMap((m) => [
      { ...m, effectiveFrom: law2022From, effectiveTo: decree98To, citation: nd98('—', hcldCash) },
      { ...m, effectiveFrom: decree152From, citation: nd152('—', hcldCash) },
    ]),
    dossier: formDossier.filter((d) => d.document !== 'contribution_confirmation'),
  })),
];
