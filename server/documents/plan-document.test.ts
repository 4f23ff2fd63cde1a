import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../../shared/contracts/plan-content.ts';
import {
  docxParts,
  docxText,
  docxToPdf,
  hasProgram,
  pdfPages,
  soffice,
} from '../../test/support/documents.ts';
import { buildPlanDocx, planDocument, signerOf } from './plan-document.ts';

const t = (vi: string) => ({ vi, en: '' });
const content: PlanContent = {
  title: t(
    'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
  ),
  startYear: 2022,
  endYear: 2030,
  sections: [
    {
      kind: 'legal_basis',
      area: null,
      clause: 'preamble.1',
      text: t('Luật Thực hành, tiết kiệm chống lãng phí ngày 26 tháng 11 năm 2013'),
      unitId: null,
    },
    {
      kind: 'purpose',
      area: null,
      clause: 'I.1.a',
      text: t('Cụ thể hóa việc triển khai phong trào.'),
      unitId: null,
    },
    {
      kind: 'requirement',
      area: null,
      clause: 'I.2.a',
      text: t('Phong trào thi đua trọng tâm.'),
      unitId: null,
    },
    {
      kind: 'content_line',
      area: 'thrift',
      clause: 'II.2.2.1',
      text: t('Thi đua thực hành tiết kiệm trong chi ngân sách'),
      unitId: null,
    },
    {
      kind: 'finding',
      area: null,
      clause: 'P2.1',
      text: t('Tỷ lệ che phủ rừng năm 2025 đạt 54%'),
      unitId: null,
    },
    {
      kind: 'solution',
      area: null,
      clause: 'IV.1',
      text: t('Đẩy mạnh tuyên truyền.'),
      unitId: null,
    },
  ],
  phases: [
    {
      code: 'P2',
      name: t('Giai đoạn 2'),
      startYear: 2026,
      endYear: 2030,
      description: t('Tổng kết năm 2030.'),
      milestones: [{ kind: 'final_review', dueYear: 2030, dueQuarter: 4, name: t('Tổng kết') }],
    },
  ],
  categories: [],
  targets: [
    {
      code: 'FOREST_COVER',
      area: 'thrift',
      name: t('Tỷ lệ che phủ rừng'),
      measure: 'percent',
      direction: 'higher',
      clause: 'III.1.a',
      source: '',
      baselineYear: null,
      baselineValue: null,
      values: [
        { year: 2026, value: 54.4, comparator: '≥', note: null },
        { year: 2030, value: 56, comparator: '≥', note: null },
      ],
    },
  ],
  sectors: [],
  recipients: ['Ban Thi đua, khen thưởng Trung ương; (B/c)', 'Các sở, ban, ngành, đoàn thể'],
  archive: 'VT, Th3',
};

const issued = {
  content,
  number: 2,
  issuerName: 'Ủy ban nhân dân tỉnh Lai Châu',
  decision: {
    kind: 'decision' as const,
    number: '125/QĐ-UBND',
    date: '2026-03-01',
    signerName: 'Lê Văn Lương',
    signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
  },
};

describe('the plan as a Decree-30 document', () => {
  it('reads the signer block from "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"', () => {
    expect(signerOf('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', 'Trần Tiến Dũng')).toEqual({
      authority: [{ prefix: 'TM.', text: 'ỦY BAN NHÂN DÂN' }],
      title: 'CHỦ TỊCH',
      name: 'Trần Tiến Dũng',
    });
  });

  it('is a KẾ HOẠCH of the province, with the decision, findings, targets, recipients and signer', async () => {
    const doc = planDocument(issued);
    expect(doc).toMatchObject({
      kind: { name: 'Kế hoạch', code: 'KH' },
      place: 'Lai Châu',
      date: '2026-03-01',
      number: null,
    });
    const text = docxText((await docxParts(await buildPlanDocx(issued)))['word/document.xml']!);
    for (const line of [
      'KẾ HOẠCH',
      'ỦY BAN NHÂN DÂN',
      'TỈNH LAI CHÂU',
      'Lai Châu, ngày 01 tháng 3 năm 2026',
      '(Ban hành kèm theo Quyết định số 125/QĐ-UBND ngày 01/03/2026 của Ủy ban nhân dân tỉnh Lai Châu)',
      'Tỷ lệ che phủ rừng năm 2025 đạt 54%',
      '2026: ≥ 54,4; 2030: ≥ 56',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'a) Cụ thể hóa việc triển khai phong trào.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Văn Lương',
      'Lưu: VT, Th3.',
    ])
      expect(text).toContain(line);
  });

  it('leaves the date blank when the source states none (version 1)', async () => {
    const v1 = {
      ...issued,
      number: 1,
      decision: {
        kind: 'plan' as const,
        number: null,
        date: null,
        signerName: 'Trần Tiến Dũng',
        signerTitle: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
      },
    };
    const text = docxText((await docxParts(await buildPlanDocx(v1)))['word/document.xml']!);
    expect(text).toMatch(/Lai Châu, ngày\s+tháng\s+năm/);
    expect(text).not.toContain('Ban hành kèm theo');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  const office = soffice();
  it.skipIf(!office || !hasProgram('pdftotext'))(
    'opens in LibreOffice',
    async () => {
      const pages = pdfPages(docxToPdf(office!, await buildPlanDocx(issued)));
      expect(pages[0]).toContain('KẾ HOẠCH');
      expect(pages.join('\n')).toContain('Lê Văn Lương');
    },
    120_000,
  );
});
