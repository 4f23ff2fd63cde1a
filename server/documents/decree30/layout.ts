// The page and type of Decree 30/2020 Appendix I, chosen once for every renderer (DOCX, PDF, XLSX).
// Where the decree gives a range we pick one value inside it.

export const fontName = 'Times New Roman';

/** Millimetres. A4 portrait; margins top/bottom 20–25, left 30–35, right 15–20. */
export const page = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Distance of the page-number header from the top edge, inside the top margin. */
export const headerDistanceMm = 10;
export const textWidthMm = page.width - page.left - page.right;

/** Widths of the two header columns (issuer | national heading) and of the signature row. */
export const headerColumnsMm = [65, 100] as const;
export const signatureColumnsMm = [75, 90] as const;

/** Point sizes of each element (the decree's ranges in comments). */
export const size = {
  superior: 13, // 12–13, regular caps
  issuer: 13, // 12–13, bold caps
  number: 13, // 13
  nation: 12, // 12–13, bold caps
  motto: 13, // 13–14, bold
  placeDate: 13, // 13–14, italic
  kind: 14, // 13–14, bold caps
  abstract: 14, // 13–14, bold
  body: 13, // 13–14
  table: 12, // tables are not sized by the decree; 12 keeps six columns on A4
  recipientsLabel: 12, // 12, bold italic
  recipients: 11, // 11
  signer: 13, // 13–14, bold caps; the name bold
  pageNumber: 13, // 13–14
} as const;

/** First-line indent 1–1.27 cm; ≥ 6 pt between paragraphs; single line spacing (1–1.5). */
export const firstLineIndentMm = 12.7;
export const paragraphAfterPt = 6;
export const lineSpacing = 1;
/** Blank lines left for the signature and the seal. */
export const signatureGapLines = 4;

export const nation = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const motto = 'Độc lập - Tự do - Hạnh phúc';

export const mmToPt = (mm: number) => (mm * 72) / 25.4;
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);
export const ptToMm = (pt: number) => (pt * 25.4) / 72;

// Advance widths (1/1000 em) of ASCII 32–126 in Liberation Serif, metric-compatible with Times New
// Roman; used to size the rules under the issuer and the motto identically in every format.
const regular = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const bold = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** Width in millimetres of a line of text: Vietnamese letters measure as their base letter (the
 * horned ơ/ư a little wider). */
export function textWidth(text: string, pointSize: number, isBold: boolean): number {
  const table = isBold ? bold : regular;
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const horn = /[ơưƠƯ]/.test(ch) ? 60 : 0;
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace('đ', 'd')
      .replace('Đ', 'D');
    const code = base.charCodeAt(0);
    units += (code >= 32 && code <= 126 ? (table[code - 32] ?? 500) : 500) + horn;
  }
  return ptToMm((units / 1000) * pointSize);
}

/** The rule under the issuer's name: 1/3–1/2 of its longest line; we take 40%. */
export const issuerRuleMm = (lines: readonly string[]): number =>
  Math.max(...lines.map((l) => textWidth(l, size.issuer, true)), 20) * 0.4;
/** The rule under the motto spans the motto. */
export const mottoRuleMm = (): number => textWidth(motto, size.motto, true);
/** The rule under the abstract: 1/3–1/2 of the line; we take 1/3 of the longer title line, capped. */
export const abstractRuleMm = (abstract: string): number =>
  Math.min(textWidth(abstract, size.abstract, true), textWidthMm) / 3;
