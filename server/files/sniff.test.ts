import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/support/file-samples.ts';
import { checkEvidenceFile, sniffEvidence, zipEntryNames } from './sniff.ts';

async function xlsx() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A').addRow(['x']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const docx = async () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Minh chứng')] }] }));

describe('sniffing evidence files from their bytes', () => {
  it('recognises PDF, PNG, JPEG and ODT by their signatures', () => {
    expect(sniffEvidence(samples.pdf)).toBe('pdf');
    expect(sniffEvidence(samples.png)).toBe('png');
    expect(sniffEvidence(samples.jpeg)).toBe('jpeg');
    expect(sniffEvidence(samples.odt)).toBe('odt');
    expect(sniffEvidence(samples.exe)).toBeNull();
    expect(sniffEvidence(Buffer.alloc(0))).toBeNull();
  });

  it('tells DOCX from XLSX by the archive entries', async () => {
    const [book, text] = [await xlsx(), await docx()];
    expect(zipEntryNames(book)).toContain('xl/workbook.xml');
    expect(sniffEvidence(book)).toBe('xlsx');
    expect(sniffEvidence(text)).toBe('docx');
    // A ZIP that is neither (or cut short) is refused.
    expect(sniffEvidence(book.subarray(0, book.length - 30))).toBeNull();
  });

  it.each([
    ['bao-cao.pdf', 'pdf', true],
    ['ANH.JPG', 'jpeg', true],
    ['anh', 'png', true],
    ['virus.pdf', 'exe', 'not_allowed'],
    ['anh.pdf', 'png', 'name_mismatch'],
  ] as const)('%s holding %s', (name, sample, expected) => {
    const out = checkEvidenceFile(samples[sample], name);
    expect(out.ok ? true : out.problem).toBe(expected);
  });

  it('refuses a workbook renamed to .docx, naming what it really is', async () => {
    expect(checkEvidenceFile(await xlsx(), 'bien-ban.docx')).toEqual({
      ok: false,
      problem: 'name_mismatch',
      actual: 'Excel (.xlsx)',
      extension: 'docx',
    });
    expect(checkEvidenceFile(await docx(), 'bien-ban.docx')).toMatchObject({
      ok: true,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });
});
