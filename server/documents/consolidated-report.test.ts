import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildConsolidatedAnnexXlsx,
  buildConsolidatedDocx,
  buildConsolidatedPdf,
  consolidatedDocument,
  consolidatedFileName,
} from './consolidated-report.ts';
import { consolidatedSigner } from './consolidated-report-content.ts';
import { laiChauReport } from '../../test/support/consolidated-report-data.ts';
import { signerLines } from './decree30/model.ts';
import {
  docxParts,
  docxText,
  docxToPdf,
  hasProgram,
  pdfInfo,
  pdfPages,
  soffice,
} from '../../test/support/documents.ts';

// The province's consolidated report from Lai Châu-like data, in all three files.

const title =
  'Kết quả thực hiện Phong trào thi đua “Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí” năm 2025';

let docx: Buffer;
let text: string;
beforeAll(async () => {
  docx = await buildConsolidatedDocx(laiChauReport);
  text = docxText((await docxParts(docx))['word/document.xml']!);
});

describe('consolidated report content', () => {
  it('carries the issuer, the blank number, the place and date and the title', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU');
    expect(text).toMatch(/Số:\u00a0+\/BC-UBND/);
    expect(text).toContain('Lai Châu, ngày 05 tháng 01 năm 2026');
    expect(text).toContain(`BÁO CÁO\n${title}`);
  });

  it('has the four sections in order with their numbered parts', () => {
    const order = [
      'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
      '1. Văn bản chỉ đạo, hướng dẫn',
      '2. Đăng ký thi đua và ký kết giao ước thi đua',
      'II. KẾT QUẢ THỰC HIỆN',
      '1. Tình hình báo cáo',
      '2. Kết quả thực hiện các chỉ tiêu thi đua',
      '3. Kết quả thực hiện các mục tiêu của tỉnh',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Kết quả đạt được',
      '2. Tồn tại, hạn chế',
      'IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ',
      'Nơi nhận:',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('states legal bases, registrations and participation in Vietnamese number format', () => {
    expect(text).toContain('- Luật Thực hành, tiết kiệm chống lãng phí ngày 26 tháng 11 năm 2013;');
    expect(text).toContain(
      'Năm 2025, có 40/42 cơ quan, đơn vị, địa phương đăng ký thi đua (đạt 95,2%); 6 bản giao ước',
    );
    expect(text).toContain('- Số cơ quan, đơn vị, địa phương phải báo cáo: 42;');
    expect(text).toContain(
      '- Đã gửi báo cáo: 34 (81%), trong đó đã được thẩm định, chấp nhận: 28;',
    );
    expect(text).toContain(
      'Các cơ quan, đơn vị, địa phương chưa gửi báo cáo: Xã Mường Kim, Xã Khoen On',
    );
  });

  it('puts every unit that must report in one category, so the counts add up (a draft is not sent)', () => {
    const count = (label: string) =>
      Number(new RegExp(`- ${label}: (\\d+)`).exec(text)?.[1] ?? Number.NaN);
    const parts = [
      'Đã gửi báo cáo',
      'Bị trả lại để hoàn thiện, chưa gửi lại',
      'Đang soạn thảo, chưa gửi',
      'Quá hạn chưa gửi báo cáo',
      'Chưa báo cáo',
    ].map(count);
    expect(parts).toEqual([34, 1, 1, 3, 3]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(
      count('Số cơ quan, đơn vị, địa phương phải báo cáo'),
    );
  });

  it('tabulates indicators by group with targets and values, and targets with their status in words', () => {
    expect(text).toContain(
      'Phát triển kết cấu hạ tầng\n1\nĐường giao thông nông thôn được cứng hóa\nkm\n1.100\n1.234,5\n36',
    );
    expect(text).toContain('Công trình hiến đất, góp công của Nhân dân\ncông trình\n-\n-\n0');
    expect(text).toContain(
      'Kinh phí tiết kiệm chi thường xuyên\ntriệu đồng\n12.000\n15.750,25\n38',
    );
    expect(text).toContain('Có 1/4 mục tiêu đã đạt');
    expect(text).toContain('Tỷ lệ che phủ rừng\n%\n54\n54,2\nĐã đạt');
    expect(text).toContain('96,4\nCó nguy cơ không đạt');
    expect(text).toContain('Chậm so với lộ trình');
    expect(text).toContain('Chưa có số liệu');
  });

  it('lists results, shortcomings and proposals, then the recipients and the deputy signer', () => {
    expect(text).toContain('- Xã Bản Bo: Nhân dân hiến 3.200 m² đất làm đường liên bản.');
    expect(text).toContain('- Một số xã sau sắp xếp chưa kiện toàn');
    expect(text).toContain('- Đề nghị Ban Thi đua - Khen thưởng Trung ương');
    expect(text).toContain('- Sở Nội vụ;\n- Lưu: VT, TĐKT.');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(text).toContain('Nguyễn Văn An');
  });

  it('says so when units sent no narrative, and archives with "VT" when no "Lưu" line is given', () => {
    const doc = consolidatedDocument({
      ...laiChauReport,
      highlights: [],
      indicators: [],
      recipients: ['Sở Nội vụ'],
      number: '7',
    });
    expect(doc.archive).toBe('VT');
    expect(doc.recipients).toEqual(['Sở Nội vụ']);
    expect(doc.number).toBe('7');
    expect(doc.body).toContainEqual({
      kind: 'paragraph',
      text: 'Chưa có số liệu chỉ tiêu được tổng hợp.',
    });
    expect(
      doc.body.some((b) => b.kind === 'table' && b.columns[1]?.header === 'Nội dung chỉ tiêu'),
    ).toBe(false);
  });

  it('signs TM. for the chair and TM./KT. for a deputy', () => {
    const chair = consolidatedSigner({
      authority: 'TM.',
      body: 'Ủy ban nhân dân',
      title: 'Chủ tịch',
      name: 'A',
    });
    expect(signerLines(chair)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    const deputy = consolidatedSigner({
      authority: 'KT.',
      body: '',
      title: 'Phó Giám đốc',
      name: 'B',
    });
    expect(signerLines(deputy)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('names files in ASCII', () => {
    expect(consolidatedFileName(laiChauReport, 'docx')).toBe('bao-cao-phong-trao-nam-2025.docx');
    expect(consolidatedFileName(laiChauReport, 'pdf')).toBe('bao-cao-phong-trao-nam-2025.pdf');
    expect(consolidatedFileName(laiChauReport, 'xlsx')).toBe(
      'bao-cao-phong-trao-nam-2025-phu-luc.xlsx',
    );
    expect(
      consolidatedFileName({ period: { year: 2026, kind: 'half', half: 1, label: '' } }, 'docx'),
    ).toBe('bao-cao-phong-trao-6-thang-dau-nam-2026.docx');
  });
});

describe('consolidated annex workbook', () => {
  it('has three A4 annex sheets in Times New Roman with the Decree 30 annex heading and a frozen header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildConsolidatedAnnexXlsx(laiChauReport)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Phụ lục I - Chỉ tiêu',
      'Phụ lục II - Mục tiêu',
      'Phụ lục III - Báo cáo',
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
      expect(ws.getCell('A5').font).toMatchObject({ name: 'Times New Roman', bold: true });
      expect(String(ws.getCell('A3').value)).toMatch(
        /^\(Kèm theo Báo cáo số\s+\/BC-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lai Châu\)$/,
      );
    }
    const [indicators, targets, units] = wb.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    expect(indicators.getCell('A1').value).toBe('Phụ lục I');
    expect(indicators.getCell('A2').value).toBe('KẾT QUẢ TỔNG HỢP CÁC CHỈ TIÊU THI ĐUA NĂM 2025');
    expect(indicators.getCell('A6').value).toBe('Phát triển kết cấu hạ tầng');
    expect(indicators.getRow(7).values).toEqual([
      undefined,
      1,
      'HT-01',
      'Đường giao thông nông thôn được cứng hóa',
      'km',
      'Cộng',
      1100,
      1234.5,
      36,
    ]);
    expect(indicators.getCell('G7').numFmt).toBe('#,##0.0#');
    expect(indicators.getCell('H7').numFmt).toBe('#,##0');
    expect(indicators.getCell('G9').value).toBeNull();
    expect(targets.getCell('G6').value).toBe('Đã đạt');
    expect(units.rowCount).toBe(5 + laiChauReport.units.length);
    expect(units.getCell('D6').value).toBe('Đã chấp nhận');
    expect(units.getCell('E6').value).toMatch(/^\d{2}\/12\/2025$/);
  });
});

describe.skipIf(!hasProgram('pdftotext') || !hasProgram('pdfinfo'))(
  'consolidated report as PDF',
  () => {
    it('is A4 with the national heading, the title and the signer', async () => {
      const pdf = await buildConsolidatedPdf(laiChauReport);
      const info = pdfInfo(pdf);
      expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
      const all = pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
      for (const s of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        title,
        'KT. CHỦ TỊCH',
        'Nguyễn Văn An',
      ])
        expect(all).toContain(s);
    });
  },
);

const office = soffice();
describe.skipIf(!office || !hasProgram('pdftotext'))(
  'consolidated DOCX opened by LibreOffice',
  () => {
    it('converts to a few A4 pages with the heading and the title', () => {
      const pdf = docxToPdf(office!, docx);
      const info = pdfInfo(pdf);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      expect(info.pages).toBeLessThanOrEqual(6);
      expect(Math.round(info.width)).toBe(595);
      const all = pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
      expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(all).toContain(title);
      expect(all).toContain('IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ');
    }, 180_000);
  },
);
