import type { PredecessorMode } from '../../../shared/contracts/commendation-settings.ts';
import {
  decree152From,
  decree98To,
  instruments,
  law2022From,
  type AwardKind,
  type CaseKind,
  type Citation,
} from '../../../shared/commendations/catalogue.ts';

/**
 * The general principles every rule is checked under, dated like the rules.
 * NĐ 152/2025 Đ.4 was read (TVPL 0a2c9cdccc620fd0, 15ff7ade631e8e25). NĐ 98/2023's matching article
 * was not read: the same principles are assumed (they also stood in NĐ 91/2017), marked unverified.
 */
export interface PrincipleSet {
  code: string;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  /** Award kinds that do not count toward merit history. */
  nonMeritKinds: readonly AwardKind[];
  /** Open matters that hold an award until concluded. */
  holdCaseKinds: readonly CaseKind[];
  maternityCountsAsWorked: boolean;
  /** After a discipline, achievements count only from the end of its period. */
  countFromDisciplineEnd: boolean;
  citations: { nonMerit: Citation; hold: Citation; maternity: Citation; disciplineEnd: Citation };
  /**
   * How the records of units merged into a collective count for the years before the merger,
   * unless the office has chosen otherwise (tenant setting), and the text the default rests on.
   */
  predecessorRecords: { mode: PredecessorMode; citation: Citation };
}

/**
 * No clause on a collective formed by merger was found in the texts read (Luật 06/2022,
 * NĐ 152/2025 Đ.4, the guidance mirrored in DOMAIN.md's sources). The nearest is NĐ 152/2025
 * Đ.9 k.3 (read in a TVPL summary, b6d29d37f6fae3d5): an individual whose post changes "do sắp xếp
 * tổ chức" keeps "thời gian liên tục" for commendation. The default carries that continuity to
 * a collective formed by merger: a year before it existed counts when every unit merged into it
 * met the standard that year — the reading that never credits it with one part's achievement.
 * A collective that existed in the year (a department that continued) is judged on its own.
 */
const predecessorNote =
  'No clause on collectives formed by merger found; default follows Đ.9 k.3 (an individual keeps continuous time across "sắp xếp tổ chức", read in a TVPL summary): a year before the collective existed counts when every unit merged into it met the standard';
const predecessorRecords = (instrument: string, note: string) => ({
  mode: 'all_predecessors' as const,
  citation: { instrument, article: '9', clause: '3', verified: false, note },
});

const nd152 = (clause: string, note?: string): Citation => ({
  instrument: instruments.decree152,
  article: '4',
  clause,
  verified: true,
  note,
});
const nd98 = (clause: string): Citation => ({
  instrument: instruments.decree98,
  article: '4',
  clause,
  verified: false,
  note: 'Article not read; assumed to match NĐ 152/2025 Đ.4',
});

const common = {
  nonMeritKinds: ['thematic', 'sudden'],
  holdCaseKinds: [
    'discipline',
    'investigation',
    'inspection',
    'complaint',
    'denunciation',
    'press_report',
  ],
  maternityCountsAsWorked: true,
  countFromDisciplineEnd: true,
} as const;

export const principleSets: readonly PrincipleSet[] = [
  {
    code: 'nd98.principles',
    effectiveFrom: law2022From,
    effectiveTo: decree98To,
    ...common,
    citations: {
      nonMerit: nd98('3'),
      hold: nd98('4'),
      maternity: nd98('5'),
      disciplineEnd: nd98('4'),
    },
    predecessorRecords: predecessorRecords(
      instruments.decree152,
      `${predecessorNote}; NĐ 98/2023 not read, NĐ 152's reading assumed`,
    ),
  },
  {
    code: 'nd152.principles',
    effectiveFrom: decree152From,
    ...common,
    citations: {
      nonMerit: nd152('3'),
      hold: nd152('4'),
      maternity: nd152('5'),
      disciplineEnd: nd152('4', 'đoạn 2'),
    },
    predecessorRecords: predecessorRecords(instruments.decree152, predecessorNote),
  },
];

/** The set in force on `date`; before the first one, the first one (older rules are not encoded). */
export function principlesOn(
  date: string,
  sets: readonly PrincipleSet[] = principleSets,
): PrincipleSet {
  const found = sets.find(
    (s) => s.effectiveFrom <= date && (s.effectiveTo === undefined || date <= s.effectiveTo),
  );
  const first = sets[0];
  if (found) return found;
  if (!first) throw new Error('no principle set');
  return first;
}
