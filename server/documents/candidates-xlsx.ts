import ExcelJS from 'exceljs';
import type { Citation } from '../../shared/commendations/catalogue.ts';
import type { Locale } from '../../shared/locale.ts';
import type { EligibilityResult } from '../domain/commendations/index.ts';

const words = {
  vi: {
    sheet: 'Danh sách xét khen thưởng',
    no: 'STT',
    name: 'Tên',
    verdict: 'Kết quả',
    missing: 'Điều kiện chưa đạt',
    holds: 'Vụ việc chưa kết luận',
    rule: 'Tiêu chuẩn áp dụng',
    verdicts: { eligible: 'Đủ điều kiện', not_eligible: 'Chưa đủ điều kiện', held: 'Tạm hoãn xét' },
    article: 'Điều',
    clause: 'khoản',
    point: 'điểm',
  },
  en: {
    sheet: 'Who may qualify',
    no: 'No.',
    name: 'Name',
    verdict: 'Verdict',
    missing: 'Conditions not met',
    holds: 'Open cases',
    rule: 'Rule applied',
    verdicts: { eligible: 'Eligible', not_eligible: 'Not eligible', held: 'Held' },
    article: 'Article',
    clause: 'clause',
    point: 'point',
  },
} as const;

function citationText(c: Citation, w: (typeof words)[Locale]): string {
  return [
    c.instrument,
    c.article && c.article !== '—' ? `${w.article} ${c.article}` : '',
    c.clause ? `${w.clause} ${c.clause}` : '',
    c.point ? `${w.point} ${c.point}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The "who may qualify" list as a workbook: one row per subject, with the verdict and its reasons. */
export async function candidatesWorkbook(
  candidates: readonly { name: string; result: EligibilityResult }[],
  locale: Locale,
): Promise<Buffer> {
  const w = words[locale];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(w.sheet);
  ws.columns = [
    { header: w.no, key: 'no', width: 6 },
    { header: w.name, key: 'name', width: 36 },
    { header: w.verdict, key: 'verdict', width: 18 },
    { header: w.missing, key: 'missing', width: 60 },
    { header: w.holds, key: 'holds', width: 30 },
    { header: w.rule, key: 'rule', width: 48 },
  ];
  ws.getRow(1).font = { bold: true };
  candidates.forEach((c, i) =>
    ws.addRow({
      no: i + 1,
      name: c.name,
      verdict: w.verdicts[c.result.verdict],
      missing: c.result.conditions
        .filter((x) => !x.met)
        .map((x) => x.description[locale])
        .join('; '),
      holds: c.result.holds
        .map((h) => [h.kind, h.openedOn, h.ref].filter(Boolean).join(' '))
        .join('; '),
      rule: c.result.rule
        ? `${c.result.rule.code} — ${citationText(c.result.rule.citation, w)}`
        : '',
    }),
  );
  ws.getColumn('missing').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
