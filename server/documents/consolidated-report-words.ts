import { asciiSlug } from './decree30/format.ts';
import type { ConsolidatedReportData } from './consolidated-data.ts';

// Vietnamese words of the consolidated report: the period, statuses, aggregation rules, file name.

/** "năm 2025", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025". */
export function periodWords(period: ConsolidatedReportData['period']): string {
  if (period.kind === 'half')
    return `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
  return `năm ${period.year}`;
}

/** Status of a province target (server/domain/targets/status.ts) in the words of the public pages. */
export const targetStatusWords: Record<string, string> = {
  achieved: 'Đã đạt',
  on_track: 'Đúng lộ trình',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Chậm so với lộ trình',
  no_data: 'Chưa có số liệu',
};

/** Board status of a unit's report. */
export const unitStatusWords: Record<string, string> = {
  not_started: 'Chưa báo cáo',
  draft: 'Đang soạn thảo',
  submitted: 'Đã gửi, chờ thẩm định',
  returned: 'Trả lại để hoàn thiện',
  accepted: 'Đã chấp nhận',
  late: 'Quá hạn, chưa gửi',
};

/** How a criterion's values roll up (shared/contracts/criteria-content.ts aggregations). */
export const aggregationWords: Record<string, string> = {
  sum: 'Cộng',
  average: 'Trung bình',
  weighted_average: 'Trung bình có trọng số',
  none: 'Không tổng hợp',
};

/** A known code in words, or the code itself when a newer status reaches an older build. */
export const wordsFor = (table: Record<string, string>, code: string): string =>
  table[code] ?? code;

/** Reports that have not reached the reviewer yet (a returned one is back with its unit). */
export const unsentStatuses = new Set(['not_started', 'draft', 'returned', 'late']);

/** "bao-cao-phong-trao-nam-2025.docx": ASCII, no diacritics, safe in any Content-Disposition. */
export function consolidatedFileName(
  data: Pick<ConsolidatedReportData, 'period'>,
  extension: 'docx' | 'pdf' | 'xlsx',
): string {
  const base = asciiSlug(`Báo cáo phong trào ${periodWords(data.period)}`);
  return `${extension === 'xlsx' ? `${base}-phu-luc` : base}.${extension}`;
}
