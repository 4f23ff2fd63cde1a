import type { Rule } from '../../../shared/commendations/rule-schema.ts';
import { all, any, bacNinhSlot, cite, cited, recalled, rule } from './rule-helpers.ts';

/**
 * Lai Châu's default rule set, individual standards. Where the 2022 Law itself sets the standard
 * the rule runs from 2024-01-01 with no end (the decree change does not touch it); rules the decree
 * details come in two versions, NĐ 98/2023 to 2025-06-30 and NĐ 152/2025 from 2025-07-01.
 * Article numbers not read in a primary text carry `verified: false` and a note.
 */

const ldttOfficial = rule(
  'lc.ldtt.official',
  'LDTT',
  'individual',
  // Luật Đ.24 k.1 a–b read in a quotation of the text (laocai.edu.vn)
  cite.law('24', '1'),
  all(
    cited({ kind: 'rating_in_year', min: 'HTT' }, cite.law('24', '1', 'a')),
    cited({ kind: 'attested', fact: 'exemplary_conduct' }, cite.law('24', '1', 'b')),
    cited(
      { kind: 'months_worked_in_year', min: 10 },
      cite.province(
        '—',
        'Ten-month minimum as in NĐ 91/2017 and provincial regulations, not found in NĐ 98/152 text read; maternity counts per NĐ 152 Đ.4 k.5',
      ),
    ),
    cited(
      { kind: 'no_discipline', minSeverity: 'reprimand', windowYears: 1 },
      cite.province('—', 'No LĐTT in a year of discipline from reprimand up; recalled, verify'),
    ),
  ),
);

const ldttWorker = rule(
  'lc.ldtt.worker_farmer',
  'LDTT',
  'individual',
  cite.law('24', '2', undefined, recalled),
  all(
    cited(
      { kind: 'subject_category_in', categories: ['worker', 'farmer'] },
      cite.law('24', '2', undefined, recalled),
    ),
    cited({ kind: 'attested', fact: 'productive_labour' }, cite.law('24', '2', 'a', recalled)),
    cited({ kind: 'attested', fact: 'exemplary_conduct' }, cite.law('24', '2', 'b', recalled)),
  ),
);

/** Luật TĐKT 2022 Đ.23, read in full (TVPL 593004a43ef54dba, 9f0e230b52c8edc9). */
const cstdcs = rule(
  'lc.cstdcs',
  'CSTDCS',
  'individual',
  cite.law('23'),
  all(
    cited({ kind: 'award_standard_met', award: 'LDTT' }, cite.law('23', '1')),
    any(
      cited({ kind: 'rating_in_year', min: 'HTXS' }, cite.law('23', '2')),
      cited(
        {
          kind: 'initiatives_recognised',
          count: 1,
          minLevel: 'base',
          windowYears: 1,
          types: ['initiative'],
        },
        cite.law('23', '2'),
      ),
      cited(
        {
          kind: 'initiatives_recognised',
          count: 1,
          minLevel: 'base',
          windowYears: 1,
          types: ['research'],
        },
        cite.law('23', '2'),
      ),
    ),
  ),
);

const cstdTinh = rule(
  'lc.cstd_tinh',
  'CSTD_TINH',
  'individual',
  cite.law('22', undefined, undefined, recalled),
  all(
    cited(
      { kind: 'title_held_consecutive', award: 'CSTDCS', years: 3 },
      cite.law(
        '22',
        '1',
        undefined,
        'Three consecutive CSTĐCS: old Law Đ.22 and DOMAIN.md; 2022 wording [verify]',
      ),
    ),
    cited(
      { kind: 'initiatives_recognised', count: 1, minLevel: 'province', windowYears: 3 },
      cite.law(
        '22',
        '2',
        undefined,
        'Initiative or research with province-wide effect (NĐ 98 Đ.34 k.2 d per DOMAIN.md) [verify]',
      ),
    ),
  ),
);

const cstdToanQuoc = rule(
  'lc.cstd_tq',
  'CSTD_TQ',
  'individual',
  // Luật Đ.21 k.1 a–b read in a quotation of the text (lawnet.vn)
  cite.law('21', '1'),
  all(
    cited(
      { kind: 'title_held_consecutive', award: 'CSTD_TINH', years: 2 },
      cite.law('21', '1', 'a'),
    ),
    cited(
      { kind: 'initiatives_recognised', count: 1, minLevel: 'national', windowYears: 6 },
      cite.law(
        '21',
        '1',
        'b',
        'Point read; "recognised at national level within 6 years" is how this rule measures nation-wide effect (k.2: the head of the ministry or province recognises it)',
      ),
    ),
  ),
);

const bkTinhIndividual = rule(
  'lc.bk_tinh.individual',
  'BK_CT_UBND_TINH',
  'individual',
  cite.law('74', '1', undefined, `${recalled}; ${bacNinhSlot}, Đ.3 k.3`),
  any(
    { kind: 'attested', fact: 'outstanding_in_movement' },
    { kind: 'attested', fact: 'sudden_achievement' },
    { kind: 'attested', fact: 'socio_economic_contribution' },
    cited(
      { kind: 'title_held_consecutive', award: 'CSTDCS', years: 2 },
      cite.province('3', `${bacNinhSlot}, Đ.3 k.3`),
    ),
    all(
      cited(
        { kind: 'consecutive_years_rating', min: 'HTXS', years: 2 },
        cite.law('74', '1', undefined, recalled),
      ),
      cited(
        {
          kind: 'initiatives_recognised',
          count: 2,
          minLevel: 'base',
          windowYears: 2,
          types: ['initiative'],
        },
        cite.law('74', '1', undefined, recalled),
      ),
    ),
    all(
      cited(
        { kind: 'consecutive_years_rating', min: 'HTXS', years: 2 },
        cite.law('74', '1', undefined, recalled),
      ),
      cited(
        {
          kind: 'initiatives_recognised',
          count: 2,
          minLevel: 'base',
          windowYears: 2,
          types: ['research'],
        },
        cite.law('74', '1', undefined, recalled),
      ),
    ),
    all(
      { kind: 'subject_category_in', categories: ['worker', 'farmer'] },
      { kind: 'attested', fact: 'commune_level_impact' },
    ),
  ),
);

const bkTtgIndividual = rule(
  'lc.bk_ttg.individual',
  'BK_TTG',
  'individual',
  cite.law(
    '72',
    '1',
    undefined,
    'Old rule of NĐ 65/2014; 2022 text not retrieved (DOMAIN.md [verify])',
  ),
  any(
    all(
      { kind: 'award_held', award: 'BK_CT_UBND_TINH' },
      { kind: 'consecutive_years_rating', min: 'HTXS', years: 5 },
      { kind: 'initiatives_recognised', count: 5, minLevel: 'base', windowYears: 5 },
    ),
    { kind: 'attested', fact: 'exceptional_sudden' },
  ),
);

/** Luật Đ.44 k.2 (workers, farmers) per DOMAIN.md; k.1 (officials) recalled and unverified. */
const hcld3Worker = rule(
  'lc.hcld3.worker_farmer',
  'HCLD_3',
  'individual',
  cite.law('44', '2'),
  all(
    { kind: 'subject_category_in', categories: ['worker', 'farmer'] },
    any(
      { kind: 'attested', fact: 'outstanding_5y_movement' },
      { kind: 'attested', fact: 'applied_invention' },
      { kind: 'attested', fact: 'major_contribution' },
      { kind: 'attested', fact: 'exceptional_sudden' },
    ),
  ),
);
const hcld3Official = rule(
  'lc.hcld3.official',
  'HCLD_3',
  'individual',
  cite.law(
    '44',
    '1',
    undefined,
    'Recalled: BK TTg, then 5 years HTXS with initiatives of provincial effect [verify]',
  ),
  all(
    { kind: 'award_held', award: 'BK_TTG' },
    { kind: 'consecutive_years_rating', min: 'HTXS', years: 5 },
    { kind: 'initiatives_recognised', count: 2, minLevel: 'province', windowYears: 5 },
  ),
);

export const individualRules: readonly Rule[] = [
  ldttOfficial,
  ldttWorker,
  cstdcs,
  cstdTinh,
  cstdToanQuoc,
  bkTinhIndividual,
  bkTtgIndividual,
  hcld3Worker,
  hcld3Official,
];
