/**
 * Civil servants' days off by year, as the Government's yearly notice fixes them (Bộ luật
 * Lao động 2019 Điều 112 k.3; the Ministry of Home Affairs' notice implements the Prime
 * Minister's decision). `workingWeekends` are Saturdays worked to make up a moved day.
 * Years not listed are computed from the law alone (shared/working-days.ts) and flagged.
 */
import type { Citation } from './contracts/commendations.ts';

export interface HolidayYear {
  year: number;
  /** Weekdays (and any other days) offices are closed. */
  daysOff: string[];
  /** Weekend days offices work, making up a day moved next to a holiday. */
  workingWeekends: string[];
  source: Citation;
}

export const holidayYears: readonly HolidayYear[] = [
  {
    year: 2026,
    daysOff: [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ],
    workingWeekends: ['2026-08-22'],
    source: {
      instrument: 'Thông báo 9441/TB-BNV (Bộ Nội vụ) về lịch nghỉ Tết Âm lịch, Quốc khánh năm 2026',
      article: '—',
      verified: false,
      note: 'Notice not read here; days from third-party summaries (Tết 14–22/02/2026, 9 days) checked against the 2026 stock-exchange closures. The make-up Saturday for 02/01 is not known',
    },
  },
];
