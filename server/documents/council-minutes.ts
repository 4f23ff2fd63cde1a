import type { CouncilSession } from '../../shared/contracts/council.ts';
import { renderDocx } from './decree30/docx.ts';
import { formatNumber } from './decree30/format.ts';
import type { OfficialDocument } from './decree30/model.ts';

const reasonText: Record<string, string> = {
  filer: 'người lập hồ sơ',
  subject: 'là đối tượng được đề nghị',
  unit_head: 'thủ trưởng đơn vị đề nghị',
};

/**
 * The Council's minutes (biên bản) as a Decree-30 document: attendance, written votes, per
 * nominee the count and its share of ALL members, the threshold's clause and the outcome.
 * Only who voted in writing is named, never how anyone voted.
 */
export function councilMinutes(s: CouncilSession): OfficialDocument {
  const present = s.attendance.filter((a) => a.present);
  const absent = s.attendance.filter((a) => !a.present);
  const total = s.totalMembers ?? s.attendance.length;
  return {
    superior: ['UBND tỉnh Lai Châu'],
    issuer: ['Hội đồng Thi đua - Khen thưởng'],
    kind: { name: 'Biên bản', code: 'BB' },
    issuerCode: 'HĐTĐKT',
    number: null,
    place: 'Lai Châu',
    date: s.heldOn,
    abstract: s.title,
    body: [
      { kind: 'heading', level: 1, text: 'Thành phần' },
      {
        kind: 'paragraph',
        text: `Tổng số thành viên Hội đồng: ${total}; có mặt: ${present.length}; vắng mặt: ${absent.length}.`,
      },
      { kind: 'bullets', items: present.map((a) => `${a.name}, ${a.position}`) },
      ...(s.writtenVoters.length
        ? [
            {
              kind: 'paragraph' as const,
              text: `Thành viên vắng mặt đã gửi phiếu bằng văn bản: ${s.writtenVoters.join(', ')}.`,
            },
          ]
        : []),
      { kind: 'heading', level: 1, text: 'Kết quả bỏ phiếu kín' },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 8, align: 'center' },
          { header: 'Đối tượng, đơn vị', width: 42 },
          { header: 'Đồng ý', width: 12, align: 'right' },
          { header: 'Tỷ lệ / tổng số TV', width: 16, align: 'right' },
          { header: 'Kết quả', width: 22 },
        ],
        rows: s.agenda.map((a, i) => ({
          cells: [
            String(i + 1),
            `${a.name} (${a.unitName}) — ${a.awardCode}`,
            String(a.result?.inFavour ?? 0),
            `${formatNumber(a.result?.share ?? 0)}%`,
            a.result?.passed
              ? `Đạt (từ ${a.result.threshold?.percent ?? 51}%)`
              : `Không đạt (từ ${a.result?.threshold?.percent ?? 51}%)`,
          ],
        })),
      },
      ...s.agenda.flatMap((a) =>
        a.recusals.length
          ? [
              {
                kind: 'paragraph' as const,
                text: `Không tham gia biểu quyết đối với ${a.name}: ${a.recusals
                  .map((r) => `${r.name} (${reasonText[r.reason] ?? r.reason})`)
                  .join(', ')}.`,
              },
            ]
          : [],
      ),
      {
        kind: 'paragraph',
        text: 'Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng (Nghị định số 98/2023/NĐ-CP Điều 30 khoản 7; Nghị định số 152/2025/NĐ-CP).',
        italic: true,
      },
    ],
    recipients: ['Thành viên Hội đồng', 'Lưu hồ sơ'],
    archive: 'VT, TĐKT',
    signer: { authority: [{ prefix: 'TM.', text: 'Hội đồng' }], title: 'Thư ký', name: '' },
  };
}

export const councilMinutesDocx = (s: CouncilSession) => renderDocx(councilMinutes(s));
