import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.ts';
import { sampleDocument } from './fixture.ts';
import {
  docxParts,
  docxText,
  docxToPdf,
  hasProgram,
  pdfInfo,
  pdfPages,
  soffice,
} from '../../../test/support/documents.ts';

// The DOCX against Decree 30/2020 Appendix I, read from the zip's XML.

let parts: Record<string, string>;
let xml: string;
let docx: Buffer;

const attr = (tag: string, name: string): number =>
  Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1]);
/** The run properties of the paragraph holding `text`. */
function paragraphOf(text: string): string {
  const p = xml.split('</w:p>').find((chunk) => docxText(chunk + '</w:p>').includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

beforeAll(async () => {
  docx = await renderDocx(sampleDocument);
  parts = await docxParts(docx);
  xml = parts['word/document.xml']!;
});

describe('DOCX page', () => {
  it('is A4 portrait with the margins in the decree ranges', () => {
    const pgSz = /<w:pgSz [^>]*\/>/.exec(xml)![0];
    expect([attr(pgSz, 'w:w'), attr(pgSz, 'w:h')]).toEqual([11906, 16838]);
    const pgMar = /<w:pgMar [^>]*\/>/.exec(xml)![0];
    const mm = (name: string) => (attr(pgMar, name) * 25.4) / 1440;
    expect(mm('w:top')).toBeGreaterThanOrEqual(19.9);
    expect(mm('w:top')).toBeLessThanOrEqual(25.1);
    expect(mm('w:bottom')).toBeGreaterThanOrEqual(19.9);
    expect(mm('w:bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('w:left')).toBeGreaterThanOrEqual(29.9);
    expect(mm('w:left')).toBeLessThanOrEqual(35.1);
    expect(mm('w:right')).toBeGreaterThanOrEqual(14.9);
    expect(mm('w:right')).toBeLessThanOrEqual(20.1);
  });

  it('numbers pages top-centre from page 2: an empty first-page header, no odd/even split', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)![0];
    expect(sect).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const target = (type: string) => {
      const id = new RegExp(`w:type="${type}" r:id="(\\w+)"`).exec(sect)![1];
      const file =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return parts[`word/${file}`]!;
    };
    expect(target('default')).toContain('PAGE');
    expect(target('default')).toContain('<w:jc w:val="center"/>');
    expect(target('first')).not.toContain('PAGE');
    expect(parts['word/settings.xml']).not.toMatch(
      /<w:evenAndOddHeaders\s*\/>|evenAndOddHeaders w:val="(true|1)"/,
    );
  });

  it('sets Times New Roman on every run and as the document default, and no theme fonts', () => {
    for (const name of [
      'word/document.xml',
      'word/styles.xml',
      'word/header1.xml',
      'word/header2.xml',
    ]) {
      const fonts = [...(parts[name] ?? '').matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]!);
      if (name !== 'word/header2.xml') expect(fonts.length, name).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f, name).not.toMatch(/Theme=/);
        for (const a of f.matchAll(/w:\w+="([^"]*)"/g)) expect(a[1], name).toBe('Times New Roman');
      }
    }
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(parts['word/styles.xml']!)![0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="26"/>');
    const runs = xml.split('<w:r>').slice(1);
    expect(runs.every((r) => r.includes('Times New Roman') || !r.includes('<w:t'))).toBe(true);
  });
});

describe('DOCX heading, title, recipients and signer', () => {
  it('writes the national heading in bold caps 12 and the motto bold 13', () => {
    const nation = paragraphOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nation).toContain('<w:b/>');
    expect(nation).toContain('<w:sz w:val="24"/>');
    const motto = paragraphOf('Độc lập - Tự do - Hạnh phúc');
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain('<w:sz w:val="26"/>');
  });

  it('puts the issuer under its superior, the number line and the place and date in italics', () => {
    expect(paragraphOf('UBND TỈNH LAI CHÂU')).not.toContain('<w:b/>');
    expect(paragraphOf('SỞ NỘI VỤ')).toContain('<w:b/>');
    expect(docxText(xml)).toContain('Số: 05/BC-SNV');
    const date = paragraphOf('Lai Châu, ngày 03 tháng 02 năm 2026');
    expect(date).toContain('<w:i/>');
    // the header table has no borders
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tblPr>/.exec(xml)![0];
    expect(firstTable).toMatch(/<w:top w:val="none"/);
    expect(firstTable).toMatch(/<w:insideV w:val="none"/);
  });

  it('centres the kind in bold caps and the abstract in bold', () => {
    const kind = paragraphOf('BÁO CÁO');
    expect(kind).toContain('<w:jc w:val="center"/>');
    expect(kind).toContain('<w:b/>');
    expect(paragraphOf('Kết quả công tác thi đua, khen thưởng năm 2025')).toContain('<w:b/>');
  });

  it('justifies the body with a 1.27 cm first-line indent, 6 pt after and single spacing', () => {
    const p = paragraphOf('Các cơ quan, đơn vị, địa phương tiếp tục');
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(attr(/<w:ind [^>]*\/>/.exec(p)![0], 'w:firstLine')).toBe(720);
    const spacing = /<w:spacing [^>]*\/>/.exec(p)![0];
    expect(attr(spacing, 'w:after')).toBeGreaterThanOrEqual(120);
    expect(attr(spacing, 'w:line')).toBeGreaterThanOrEqual(240);
    expect(p).toContain('<w:sz w:val="26"/>');
  });

  it('numbers headings I. / 1. / a) and repeats the table header row', () => {
    const text = docxText(xml);
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(text).toContain('1. Công tác tuyên truyền');
    expect(text).toContain('a) Tuyên truyền trên báo chí');
    expect(text).toContain('2. Chữ tiếng Việt');
    expect(xml).toContain('<w:tblHeader/>');
    expect(text).toContain('- Đăng 24 tin, bài;\n- Phát 12 phóng sự.');
  });

  it('lists "Nơi nhận" bold italic 12 with 11 pt items and the archive line last', () => {
    const label = paragraphOf('Nơi nhận:');
    expect(label).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(paragraphOf('- Như trên;')).toContain('<w:sz w:val="22"/>');
    expect(docxText(xml)).toContain('- Giám đốc, các PGĐ Sở;\n- Lưu: VT, TĐKT.');
  });

  it('writes the signer with the KT. prefix in bold caps and the name in bold', () => {
    const text = docxText(xml);
    expect(text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    expect(paragraphOf('KT. GIÁM ĐỐC')).toContain('<w:b/>');
    expect(paragraphOf('Trần Thị Bình')).toContain('<w:b/>');
    expect(text.indexOf('Trần Thị Bình')).toBeGreaterThan(text.indexOf('Nơi nhận:'));
  });

  it('addresses "Kính gửi" to each addressee on its own line', () => {
    expect(docxText(xml)).toContain(
      'Kính gửi:\n- Ủy ban nhân dân tỉnh;\n- Ban Thi đua - Khen thưởng Trung ương.',
    );
  });
});

const office = soffice();
describe.skipIf(!office || !hasProgram('pdftotext') || !hasProgram('pdfinfo'))(
  'DOCX opened by LibreOffice',
  () => {
    it('converts to an A4 PDF of a few pages with the heading, the title and page numbers', () => {
      const pdf = docxToPdf(office!, docx);
      const info = pdfInfo(pdf);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      expect(info.pages).toBeLessThanOrEqual(5);
      expect(Math.round(info.width)).toBe(595);
      expect(Math.round(info.height)).toBe(842);
      const pages = pdfPages(pdf);
      const first = pages[0]!;
      for (const text of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO',
        'SỞ NỘI VỤ',
      ])
        expect(first).toContain(text);
      // no number on page 1; page 2 starts with its number
      expect(first.trimStart().startsWith('UBND')).toBe(true);
      expect(pages[1]!.trimStart().startsWith('2')).toBe(true);
      expect(info.fonts).toMatch(/LiberationSerif|TimesNewRoman|Times/);
    }, 180_000);
  },
);
