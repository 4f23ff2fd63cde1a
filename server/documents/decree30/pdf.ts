import pdfmake from 'pdfmake';
import type {
  Content,
  ContentText,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { numberLine, placeDateLine, upper } from './format.ts';
import {
  abstractRuleMm,
  firstLineIndentMm,
  headerColumnsMm,
  headerDistanceMm,
  issuerRuleMm,
  lineSpacing,
  mmToPt,
  motto,
  mottoRuleMm,
  nation,
  page,
  paragraphAfterPt,
  signatureColumnsMm,
  signatureGapLines,
  size,
  textWidth,
  textWidthMm,
} from './layout.ts';
import {
  bulletLines,
  headingLabels,
  headingText,
  recipientLines,
  signerLines,
  symbolOf,
  type Block,
  type Inline,
  type OfficialDocument,
  type TableColumn,
  type TableRow,
} from './model.ts';
import { pdfFontFamily, type PdfFontFamily } from './pdf-fonts.ts';

// The same Decree 30 layout as the DOCX, drawn by pdfmake: rules are canvas lines sized by the same
// text metrics, tables repeat their header row, the "Nơi nhận"/signer row never splits.

const font = 'Decree';
const lineHeightPt = (pt: number) => pt * 1.15 * lineSpacing;
const noLines: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};
const cellPad = 4;
const gridLine = 0.5;
const grid: CustomTableLayout = {
  hLineWidth: () => gridLine,
  vLineWidth: () => gridLine,
  paddingLeft: () => cellPad,
  paddingRight: () => cellPad,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

const line = (
  text: string,
  s: { size: number; bold?: boolean; italics?: boolean },
): ContentText => ({
  text,
  fontSize: s.size,
  bold: s.bold,
  italics: s.italics,
  alignment: 'center',
});

/** A rule of `ruleMm` centred in a column of `columnMm`, 2.5 pt under the text above. */
const rule = (ruleMm: number, columnMm: number, after = 0): Content => {
  const x1 = mmToPt((columnMm - ruleMm) / 2);
  return {
    canvas: [{ type: 'line', x1, y1: 0, x2: x1 + mmToPt(ruleMm), y2: 0, lineWidth: 0.6 }],
    margin: [0, 2.5, 0, after],
  };
};

const twoColumns = (columnsMm: readonly number[], cells: Content[][]): Content => ({
  table: { widths: columnsMm.map(mmToPt), body: [cells.map((stack) => ({ stack }))] },
  layout: noLines,
});

function heading(doc: OfficialDocument): Content {
  const [leftMm, rightMm] = headerColumnsMm;
  const issuer = doc.issuer.map(upper);
  return twoColumns(headerColumnsMm, [
    [
      ...doc.superior.map((l) => line(upper(l), { size: size.superior })),
      ...issuer.map((l) => line(l, { size: size.issuer, bold: true })),
      rule(issuerRuleMm(issuer), leftMm, 6),
      line(numberLine(doc.number, symbolOf(doc)), { size: size.number }),
    ],
    [
      line(nation, { size: size.nation, bold: true }),
      line(motto, { size: size.motto, bold: true }),
      rule(mottoRuleMm(), rightMm, 6),
      line(placeDateLine(doc.place, doc.date), { size: size.placeDate, italics: true }),
    ],
  ]);
}

function title(doc: OfficialDocument): Content[] {
  const out: Content[] = [
    { text: '', margin: [0, lineHeightPt(size.body), 0, 0] },
    line(upper(doc.kind.name), { size: size.kind, bold: true }),
    line(doc.abstract, { size: size.abstract, bold: true }),
    rule(abstractRuleMm(doc.abstract), textWidthMm, 12),
  ];
  const to = doc.addressees ?? [];
  if (to.length === 1)
    out.push({ ...line(`Kính gửi: ${to[0]}.`, { size: size.body }), margin: [0, 0, 0, 12] });
  else if (to.length > 1) {
    const start = mmToPt(35);
    const under = start + mmToPt(textWidth('Kính gửi', size.body, false));
    out.push({ text: 'Kính gửi:', margin: [start, 0, 0, 0] });
    to.forEach((a, i) =>
      out.push({
        text: `- ${a}${i === to.length - 1 ? '.' : ';'}`,
        margin: [under, 0, 0, i === to.length - 1 ? 12 : 0],
      }),
    );
  }
  return out;
}

const paragraph = (
  text: Inline,
  opts: { bold?: boolean; italics?: boolean; center?: boolean } = {},
): ContentText => ({
  text:
    typeof text === 'string'
      ? text
      : text.map((r) => ({ text: r.text, bold: r.bold, italics: r.italic })),
  bold: opts.bold,
  italics: opts.italics,
  alignment: opts.center ? 'center' : 'justify',
  leadingIndent: opts.center ? 0 : mmToPt(firstLineIndentMm),
  margin: [0, 0, 0, paragraphAfterPt],
});

function dataTable(columns: TableColumn[], rows: TableRow[]): Content {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const free = mmToPt(textWidthMm) - columns.length * 2 * cellPad - (columns.length + 1) * gridLine;
  const widths = columns.map((c) => (free * c.width) / total);
  const head: TableCell[] = columns.map((c) => ({
    text: c.header,
    bold: true,
    alignment: 'center',
  }));
  const body: TableCell[][] = rows.map((r) =>
    'group' in r
      ? [
          { text: r.group, bold: true, colSpan: columns.length },
          ...columns.slice(1).map(() => ({})),
        ]
      : columns.map((c, i) => ({ text: r.cells[i] ?? '', alignment: c.align ?? 'left' })),
  );
  return {
    table: {
      headerRows: 1,
      // why: the header (and a leading group title) never ends a page without a data row
      keepWithHeaderRows: rows[0] && 'group' in rows[0] ? 2 : 1,
      dontBreakRows: true,
      widths,
      body: [head, ...body],
    },
    layout: grid,
    fontSize: size.table,
    margin: [0, 0, 0, 2 * paragraphAfterPt],
  };
}

function block(b: Block, label: string | undefined): Content[] {
  switch (b.kind) {
    case 'heading':
      return [
        {
          ...paragraph(headingText(b.level, label ?? '', b.text), { bold: b.level < 3 }),
          headlineLevel: b.level,
        },
      ];
    case 'paragraph':
      return [paragraph(b.text, { bold: b.bold, italics: b.italic, center: b.align === 'center' })];
    case 'bullets':
      return bulletLines(b).map((l) => paragraph(l));
    case 'table':
      return [
        ...(b.title
          ? [{ ...paragraph(b.title, { bold: true, center: true }), headlineLevel: 4 }]
          : []),
        dataTable(b.columns, b.rows),
      ];
  }
}

function signature(doc: OfficialDocument, closing: Content[]): Content {
  const left: Content[] = [
    { text: 'Nơi nhận:', fontSize: size.recipientsLabel, bold: true, italics: true },
    ...recipientLines(doc).map((l): Content => ({ text: l, fontSize: size.recipients })),
  ];
  const right: Content[] = [
    ...signerLines(doc.signer).map((l) => line(l, { size: size.signer, bold: true })),
    {
      ...line(doc.signer.name, { size: size.signer, bold: true }),
      margin: [0, signatureGapLines * lineHeightPt(size.signer), 0, 0],
    },
  ];
  const [leftMm, rightMm] = signatureColumnsMm;
  // why: columns, not a table, so that pdfmake can keep the stack unbroken; the closing paragraph
  // goes with the signature rather than leave the signer alone on a page
  const row: Content = {
    columns: [
      { width: mmToPt(leftMm), stack: left },
      { width: mmToPt(rightMm), stack: right },
    ],
    columnGap: 0,
  };
  return { stack: [...closing, row], unbreakable: true };
}

/** Renders the document to PDF bytes; `fonts` picks the TTFs (Liberation Serif when installed). */
export async function renderPdf(
  doc: OfficialDocument,
  fonts: PdfFontFamily = pdfFontFamily(),
): Promise<Buffer> {
  const labels = headingLabels(doc.body);
  const blocks = doc.body.map((b, i) => block(b, labels.get(i)));
  const lastBlock = doc.body.at(-1);
  const closing = lastBlock?.kind === 'paragraph' ? (blocks.pop() ?? []) : [];
  const body = blocks.flat();
  const files = new Set([fonts.normal, fonts.bold, fonts.italics, fonts.bolditalics]);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(page.left), mmToPt(page.top), mmToPt(page.right), mmToPt(page.bottom)],
    info: { title: `${doc.kind.name} ${doc.abstract}`, author: doc.issuer.join(' ') },
    defaultStyle: { font, fontSize: size.body, lineHeight: lineSpacing },
    header: (currentPage) =>
      currentPage > 1
        ? {
            text: String(currentPage),
            alignment: 'center',
            fontSize: size.pageNumber,
            margin: [0, mmToPt(headerDistanceMm), 0, 0],
          }
        : null,
    // why: a heading alone at the foot of a page moves to the next page with its text
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0,
    content: [heading(doc), ...title(doc), ...body, signature(doc, closing)],
  };
  pdfmake.setFonts({
    [font]: {
      normal: fonts.normal,
      bold: fonts.bold,
      italics: fonts.italics,
      bolditalics: fonts.bolditalics,
    },
  });
  // why: the document may only read its own font files; never a URL or another local path
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => files.has(path));
  return pdfmake.createPdf(definition).getBuffer();
}
