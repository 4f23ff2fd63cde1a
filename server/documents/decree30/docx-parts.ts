import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { numberLine, placeDateLine, upper } from './format.ts';
import {
  abstractRuleMm,
  fontName,
  headerColumnsMm,
  issuerRuleMm,
  mmToTwip,
  motto,
  mottoRuleMm,
  nation,
  signatureColumnsMm,
  signatureGapLines,
  size,
  textWidth,
  textWidthMm,
} from './layout.ts';
import { recipientLines, signerLines, symbolOf, type OfficialDocument } from './model.ts';

// The fixed parts of a Decree 30 document in DOCX: the two-column heading, the title, the
// "Nơi nhận" and signer row. Sizes in half-points and twips, as WordprocessingML wants them.

export const half = (pt: number) => pt * 2;

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export const run = (text: string, s: RunStyle) =>
  new TextRun({ text, font: fontName, size: half(s.size), bold: s.bold, italics: s.italic });

/** A paragraph of one run, single-spaced, no space after, for the fixed blocks. */
export function line(
  text: string,
  s: RunStyle,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
  after = 0,
): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { before: 0, after: after * 20, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(text, s)],
  });
}

/** A rule of `ruleMm` centred in a column of `columnMm`: an empty 1 pt paragraph, 2.5 pt below the
 * text, whose top border is the rule, narrowed by equal indents (paragraph borders follow them). */
export function rule(ruleMm: number, columnMm: number, after = 0): Paragraph {
  const side = Math.max(0, mmToTwip((columnMm - ruleMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 50, after: after * 20, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

function borderless(columnsMm: readonly number[], cells: Paragraph[][], cantSplit = false): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(textWidthMm), type: WidthType.DXA },
    columnWidths: columnsMm.map(mmToTwip),
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: mmToTwip(columnsMm[i] ?? 0), type: WidthType.DXA },
              margins: noMargins,
              verticalAlign: VerticalAlign.TOP,
              children,
            }),
        ),
      }),
    ],
  });
}

/** Boxes 1–4 of the decree: issuer and number on the left, national heading, motto and date right. */
export function headingTable(doc: OfficialDocument): Table {
  const [leftMm, rightMm] = headerColumnsMm;
  const issuer = doc.issuer.map(upper);
  const left = [
    ...doc.superior.map((l) => line(upper(l), { size: size.superior })),
    ...issuer.map((l) => line(l, { size: size.issuer, bold: true })),
    rule(issuerRuleMm(issuer), leftMm, 6),
    line(numberLine(doc.number, symbolOf(doc)), { size: size.number }),
  ];
  const right = [
    line(nation, { size: size.nation, bold: true }),
    line(motto, { size: size.motto, bold: true }),
    rule(mottoRuleMm(), rightMm, 6),
    line(placeDateLine(doc.place, doc.date), { size: size.placeDate, italic: true }),
  ];
  // why: with a superior line the issuer sits one line lower than the nation; the right column
  // follows the decree's box layout and needs no padding.
  return borderless(headerColumnsMm, [left, right]);
}

/** Box 5a: kind in caps, the abstract, a short rule; then "Kính gửi" when the document has addressees. */
export function titleBlock(doc: OfficialDocument): Paragraph[] {
  const out = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    line(upper(doc.kind.name), { size: size.kind, bold: true }),
    line(doc.abstract, { size: size.abstract, bold: true }),
    rule(abstractRuleMm(doc.abstract), textWidthMm, 12),
  ];
  const to = doc.addressees ?? [];
  if (to.length === 1) out.push(line(`Kính gửi: ${to[0]}.`, { size: size.body }, undefined, 12));
  else if (to.length > 1) {
    // why: the decree aligns the dashes under the colon of "Kính gửi:"
    const start = mmToTwip(35);
    const under = start + mmToTwip(textWidth('Kính gửi', size.body, false));
    out.push(
      new Paragraph({
        indent: { left: start },
        spacing: { before: 0, after: 0 },
        children: [run('Kính gửi:', { size: size.body })],
      }),
    );
    to.forEach((a, i) =>
      out.push(
        new Paragraph({
          indent: { left: under },
          spacing: { before: 0, after: i === to.length - 1 ? 240 : 0 },
          children: [run(`- ${a}${i === to.length - 1 ? '.' : ';'}`, { size: size.body })],
        }),
      ),
    );
  }
  return out;
}

/** Boxes 7 and 9b on one row that never splits: "Nơi nhận" left, the signer right. */
export function signatureTable(doc: OfficialDocument): Table {
  const left = [
    line('Nơi nhận:', { size: size.recipientsLabel, bold: true, italic: true }, AlignmentType.LEFT),
    ...recipientLines(doc).map((l) => line(l, { size: size.recipients }, AlignmentType.LEFT)),
  ];
  const right = [
    ...signerLines(doc.signer).map((l) => line(l, { size: size.signer, bold: true })),
    ...Array.from({ length: signatureGapLines }, () => line('', { size: size.signer })),
    line(doc.signer.name, { size: size.signer, bold: true }),
  ];
  return borderless(signatureColumnsMm, [left, right], true);
}
