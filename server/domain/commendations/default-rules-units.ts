import {
  decree98To,
  law2022From,
  subjectKinds,
  type SubjectKind,
} from '../../../shared/commendations/catalogue.ts';
import type { Condition } from '../../../shared/commendations/conditions.ts';
import type { Rule } from '../../../shared/commendations/rule-schema.ts';
import { all, any, bacNinhSlot, byDecree, cite, cited, recalled, rule } from './rule-helpers.ts';

/** Lai Châu's default rules for collectives and households, and the Giấy khen of each conferring level. */

/** Luật Đ.28 not read: it follows Đ.27 (read); TT 01/2024/TT-VPCP restates its standard. */
const ttldttNote =
  'Article follows Đ.27 (read), not read itself; standard as restated by TT 01/2024/TT-VPCP (lawnet.vn)';
const ttldtt = rule(
  'lc.ttldtt',
  'TTLDTT',
  'collective',
  cite.law('28', '1', undefined, ttldttNote),
  all(
    cited({ kind: 'rating_in_year', min: 'HTT' }, cite.law('28', '1', undefined, ttldttNote)),
    cited(
      { kind: 'members_share_with_title', award: 'LDTT', minShare: 0.7 },
      cite.law('28', '1', undefined, ttldttNote),
    ),
    cited(
      { kind: 'no_member_discipline', minSeverity: 'warning' },
      cite.law('28', '1', undefined, ttldttNote),
    ),
  ),
);

/** Luật Đ.27 k.1 read in a quotation of the text (sbft.hust.edu.vn): a) HTXS; c) 100% HT, ≥ 70% LĐTT; d) a CSTĐCS. */
const ttldxs = rule(
  'lc.ttldxs',
  'TTLDXS',
  'collective',
  cite.law('27', '1'),
  all(
    cited({ kind: 'rating_in_year', min: 'HTXS' }, cite.law('27', '1', 'a')),
    cited({ kind: 'members_share_with_rating', min: 'HT', minShare: 1 }, cite.law('27', '1', 'c')),
    cited(
      { kind: 'members_share_with_title', award: 'LDTT', minShare: 0.7 },
      cite.law('27', '1', 'c'),
    ),
    cited({ kind: 'members_count_with_title', award: 'CSTDCS', min: 1 }, cite.law('27', '1', 'd')),
  ),
);

const coTinh = rule(
  'lc.co_td_tinh',
  'CO_TD_TINH',
  'collective',
  cite.province('3', `${bacNinhSlot}, Đ.3 k.1; Law Đ.26 k.1 (read)`),
  all(
    { kind: 'attested', fact: 'block_leader' },
    { kind: 'attested', fact: 'targets_exceeded' },
    { kind: 'attested', fact: 'thrift_practised' },
    { kind: 'attested', fact: 'party_unions_excellent' },
  ),
);

const coChinhPhu = rule(
  'lc.co_td_cp',
  'CO_TD_CP',
  'collective',
  cite.law(
    '25',
    undefined,
    undefined,
    'Article read (lawnet.vn); this rule’s two conditions simplify it',
  ),
  all(
    { kind: 'holds_title_in_year', award: 'CO_TD_TINH' },
    { kind: 'attested', fact: 'national_leader' },
  ),
);

/**
 * The one verdict-changing difference confirmed across 2025-07-01: NĐ 152/2025 Đ.50 k.2 c names the
 * title "xã, phường, đặc khu tiêu biểu" (read, TVPL 593004a43ef54dba); before it the title was for
 * "xã, phường, thị trấn" (townships were abolished with the district level on 2025-07-01).
 * The NĐ 98 wording is recalled, not read.
 */
const modelCommune = (
  kinds: ('rural_commune' | 'ward' | 'township' | 'special_zone')[],
): Condition =>
  all({ kind: 'local_unit_kind_in', kinds }, { kind: 'attested', fact: 'model_commune_criteria' });
const xaTieuBieu = byDecree(
  'lc.xa_tieu_bieu',
  'XA_TIEU_BIEU',
  'collective',
  [
    cite.nd98('54', '2', 'c', '"xã, phường, thị trấn tiêu biểu": wording recalled'),
    modelCommune(['rural_commune', 'ward', 'township']),
  ],
  [cite.nd152('50', '2', 'c'), modelCommune(['rural_commune', 'ward', 'special_zone'])],
);

const culturalVillage: Condition = all(
  { kind: 'local_unit_kind_in', kinds: ['village', 'residential_group'] },
  { kind: 'attested', fact: 'cultural_village_criteria' },
);
const thonVanHoa = byDecree(
  'lc.thon_van_hoa',
  'THON_VAN_HOA',
  'collective',
  [cite.nd98('54', '2', 'd', 'Collective clause of NĐ 98 Đ.54 not read'), culturalVillage],
  [cite.nd152('50', '2', 'd'), culturalVillage],
);

const giaDinhVanHoa = byDecree(
  'lc.gia_dinh_van_hoa',
  'GIA_DINH_VAN_HOA',
  'household',
  [
    cite.nd98('—', undefined, undefined, 'Criteria set by the province; NĐ 98 article not read'),
    { kind: 'attested', fact: 'cultural_family_criteria' },
  ],
  [cite.nd152('6', '2', 'c'), { kind: 'attested', fact: 'cultural_family_criteria' }],
);

const bkTinhCollective = rule(
  'lc.bk_tinh.collective',
  'BK_CT_UBND_TINH',
  'collective',
  cite.province('3', `${bacNinhSlot}, Đ.3 k.3; Law Đ.74 k.2 ${recalled}`),
  any(
    { kind: 'consecutive_years_rating', min: 'HTXS', years: 2 },
    { kind: 'title_held_consecutive', award: 'TTLDXS', years: 2 },
    { kind: 'attested', fact: 'outstanding_in_movement' },
    { kind: 'attested', fact: 'sudden_achievement' },
  ),
);

/** Households that gave land, labour or assets to a public project (fits hiến đất), per DOMAIN.md. */
const bkTinhHousehold = rule(
  'lc.bk_tinh.household',
  'BK_CT_UBND_TINH',
  'household',
  cite.province('3', `${bacNinhSlot}, Đ.3 k.3; Law Đ.74 k.3 ${recalled}`),
  cited(
    { kind: 'household_contributed', kinds: ['land', 'labour', 'assets'], windowYears: 2 },
    cite.province('3', `${bacNinhSlot}, Đ.3 k.3`),
  ),
);

/** Luật Đ.75: achievements recognised in a movement, or sudden ones (DOMAIN.md; Bắc Ninh Đ.4 k.3). */
function giayKhen(awardCode: string, subjects: readonly SubjectKind[], to?: string): Rule[] {
  return subjects.map((subject) => {
    const options: Condition[] = [
      cited({ kind: 'attested', fact: 'outstanding_in_movement' }, cite.law('75')),
      cited({ kind: 'attested', fact: 'sudden_achievement' }, cite.law('75')),
    ];
    if (subject === 'household')
      options.push({
        kind: 'household_contributed',
        kinds: ['land', 'labour', 'assets', 'money', 'materials'],
        windowYears: 1,
      });
    return rule(
      `lc.${awardCode.toLowerCase()}.${subject}`,
      awardCode,
      subject,
      cite.law('75'),
      any(...options),
      law2022From,
      to,
    );
  });
}

export const collectiveRules: readonly Rule[] = [
  ttldtt,
  ttldxs,
  coTinh,
  coChinhPhu,
  ...xaTieuBieu,
  ...thonVanHoa,
  ...giaDinhVanHoa,
  bkTinhCollective,
  bkTinhHousehold,
  ...giayKhen('GK_THU_TRUONG', ['individual', 'collective']),
  ...giayKhen('GK_CT_UBND_XA', subjectKinds),
  // the district level, and with it its chair's Giấy khen, ends on 2025-06-30
  ...giayKhen('GK_CT_UBND_HUYEN', subjectKinds, decree98To),
];
