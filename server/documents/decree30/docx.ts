import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { half, headingTable, signatureTable, titleBlock } from './docx-parts.ts';
import {
  firstLineIndentMm,
  fontName,
  headerDistanceMm,
  lineSpacing,
  mmToTwip,
  page,
  paragraphAfterPt,
  size,
  textWidthMm,
} from './layout.ts';
import {
  bulletLines,
  headingLabels,
  headingText,
  type Block,
  type Inline,
  type OfficialDocument,
  type TableColumn,
  type TableRow as RowModel,
} from './model.ts';

// A Decree 30 document as DOCX: A4, the decree's margins, Times New Roman throughout, page numbers
// top-centre from page 2 (a different, empty first-page header).

const bodyLine = Math.round(240 * lineSpacing);

function runs(text: Inline, base: { bold?: boolean; italic?: boolean; size: number }): TextRun[] {
  const parts = typeof text === 'string' ? [{ text }] : text;
  return parts.map(
    (p) =>
      new TextRun({
        text: p.text,
        font: fontName,
        size: half(base.size),
        bold: ('bold' in p && p.bold) || base.bold,
        italics: ('italic' in p && p.italic) || base.italic,
      }),
  );
}

function bodyParagraph(
  text: Inline,
  opts: { bold?: boolean; italic?: boolean; center?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.center ? undefined : { firstLine: mmToTwip(firstLineIndentMm) },
    spacing: {
      before: 0,
      after: paragraphAfterPt * 20,
      line: bodyLine,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: opts.keepNext,
    children: runs(text, { size: size.body, bold: opts.bold, italic: opts.italic }),
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cellBorders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
const alignOf = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function cell(
  text: string,
  widthTwip: number,
  opts: { bold?: boolean; align?: TableColumn['align']; span?: number },
) {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    borders: cellBorders,
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 20, bottom: 20, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: alignOf[opts.align ?? 'left'],
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text, font: fontName, size: half(size.table), bold: opts.bold })],
      }),
    ],
  });
}

/** A bordered table across the text width; the header row repeats on every page, rows never split. */
function dataTable(columns: TableColumn[], rows: RowModel[]): Table {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.floor((mmToTwip(textWidthMm) * c.width) / total));
  const all = widths.reduce((s, w) => s + w, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: all, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: columns.map((c, i) =>
          cell(c.header, widths[i] ?? 0, { bold: true, align: 'center' }),
        ),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            // why: a group's title row never ends a page without the group's first row
            keepNext: 'group' in r,
            children:
              'group' in r
                ? [cell(r.group, all, { bold: true, span: columns.length })]
                : columns.map((c, i) => cell(r.cells[i] ?? '', widths[i] ?? 0, { align: c.align })),
          }),
      ),
    ],
  });
}

function blockToDocx(
  block: Block,
  label: string | undefined,
  last: boolean,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        bodyParagraph(headingText(block.level, label ?? '', block.text), {
          bold: block.level < 3,
          keepNext: true,
        }),
      ];
    case 'paragraph':
      return [
        bodyParagraph(block.text, {
          bold: block.bold,
          italic: block.italic,
          center: block.align === 'center',
          // why: the closing paragraph goes to the next page with the signature rather than
          // leave the signer alone there
          keepNext: last,
        }),
      ];
    case 'bullets':
      return bulletLines(block).map((l) => bodyParagraph(l));
    case 'table':
      return [
        ...(block.title
          ? [bodyParagraph(block.title, { bold: true, center: true, keepNext: true })]
          : []),
        dataTable(block.columns, block.rows),
        // why: Word glues consecutive tables together without a paragraph between them
        new Paragraph({ spacing: { before: 0, after: paragraphAfterPt * 20 }, children: [] }),
      ];
  }
}

/** Renders the document to DOCX bytes. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const labels = headingLabels(doc.body);
  const body = doc.body.flatMap((b, i) => blockToDocx(b, labels.get(i), i === doc.body.length - 1));
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: fontName,
            size: half(size.pageNumber),
          }),
        ],
      }),
    ],
  });
  const document = new Document({
    creator: doc.issuer.join(' '),
    title: `${doc.kind.name} ${doc.abstract}`,
    styles: {
      default: {
        document: {
          run: { font: fontName, size: half(size.body) },
          paragraph: { spacing: { line: bodyLine, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mmToTwip(page.width),
              height: mmToTwip(page.height),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(page.top),
              bottom: mmToTwip(page.bottom),
              left: mmToTwip(page.left),
              right: mmToTwip(page.right),
              header: mmToTwip(headerDistanceMm),
              footer: mmToTwip(headerDistanceMm),
            },
          },
        },
        headers: {
          default: pageNumber,
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [headingTable(doc), ...titleBlock(doc), ...body, signatureTable(doc)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
