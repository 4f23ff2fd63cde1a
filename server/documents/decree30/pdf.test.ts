import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDocument, vietnameseLetters } from './fixture.ts';
import { pdfFontFamily } from './pdf-fonts.ts';
import { renderPdf } from './pdf.ts';
import { hasProgram, pdfInfo, pdfPages } from '../../../test/support/documents.ts';

// The PDF read back with poppler: page size, the fixed texts, page numbers from page 2, and every
// Vietnamese letter present (a missing glyph drops out of the extracted text).

const poppler = hasProgram('pdftotext') && hasProgram('pdfinfo');
const liberation = pdfFontFamily();
const roboto = pdfFontFamily('/nonexistent');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF fonts', () => {
  it('uses Liberation Serif when installed and falls back to the bundled Roboto', () => {
    expect(roboto.family).toBe('Roboto');
    expect(existsSync(roboto.normal) && existsSync(roboto.bolditalics)).toBe(true);
    const installed = existsSync(
      '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
    );
    expect(liberation.family).toBe(installed ? 'Liberation Serif' : 'Roboto');
  });

  it('starts with the PDF signature without any external program', async () => {
    const pdf = await renderPdf(sampleDocument, roboto);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe.skipIf(!poppler)('PDF read back', () => {
  it('is A4 with the heading, the title, the recipients and the signer', async () => {
    const pdf = await renderPdf(sampleDocument);
    const info = pdfInfo(pdf);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    const pages = pdfPages(pdf);
    const first = pages[0]!;
    for (const text of [
      'UBND TỈNH LAI CHÂU',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/BC-SNV',
      'Lai Châu, ngày 03 tháng 02 năm 2026',
      'BÁO CÁO',
      'Kết quả công tác thi đua, khen thưởng năm 2025',
      'I. KẾT QUẢ THỰC HIỆN',
    ])
      expect(first).toContain(text);
    const all = pages.join('\n');
    for (const text of [
      'Nơi nhận:',
      '- Lưu: VT, TĐKT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Trần Thị Bình',
    ])
      expect(all).toContain(text);
    expect(info.fonts).toContain(liberation.family === 'Roboto' ? 'Roboto' : 'LiberationSerif');
  });

  it('numbers pages at the top from page 2 and repeats the table header', async () => {
    const pages = pdfPages(await renderPdf(sampleDocument));
    expect(pages[0]!.trimStart().startsWith('UBND')).toBe(true);
    pages
      .slice(1)
      .forEach((page, i) => expect(page.trimStart().startsWith(String(i + 2))).toBe(true));
    const withTable = pages.filter((p) => p.includes('Tập thể số'));
    expect(withTable.length).toBeGreaterThan(1);
    for (const page of withTable) expect(page).toMatch(/STT\s+Nội dung\s+Số lượng/);
  });

  it.each([
    ['Liberation Serif (or what is installed)', liberation],
    ['the bundled Roboto', roboto],
  ])('renders every Vietnamese letter in regular, bold and italic with %s', async (_, fonts) => {
    const text = squash(pdfPages(await renderPdf(sampleDocument, fonts)).join(' '));
    const occurrences = text.split(squash(vietnameseLetters)).length - 1;
    expect(occurrences).toBe(3);
  });
});
