import { listItems, pointLetters, roman, upper } from './format.ts';

// An administrative document as Decree 30/2020 (Appendix I) lays it out, independent of the file
// format: the DOCX and PDF renderers read only this.

/** Signing on behalf of (TM.), for (KT.), by order (TL.), by delegation (TUQ.), acting (Q.). */
export type Authority = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
/** Plain text or runs with their own emphasis ("Điều 1." bold, then the clause). */
export type Inline = string | Run[];

export type Block =
  /** Level 1 "I. TITLE" (caps, bold), level 2 "1. Title" (bold), level 3 "a) Title"; numbered by the renderer. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | {
      kind: 'paragraph';
      text: Inline;
      /** Justified with a first-line indent unless centred. */
      align?: 'justify' | 'center';
      bold?: boolean;
      italic?: boolean;
    }
  /** Dash items, each on its own indented line; `punctuate` adds the decree's ";" and final ".". */
  | { kind: 'bullets'; items: string[]; punctuate?: boolean }
  | { kind: 'table'; title?: string; columns: TableColumn[]; rows: TableRow[] };

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}
/** A data row, or a bold group row spanning every column. */
export type TableRow = { cells: string[] } | { group: string };

export interface Signer {
  /** "TM. Ủy ban nhân dân", "KT. Chủ tịch"; printed in capitals. */
  authority: { prefix?: Authority; text: string }[];
  /** The signer's own title, e.g. "Phó Chủ tịch"; printed in capitals. */
  title: string;
  name: string;
}

export interface OfficialDocument {
  /** Lines of the superior body's name (regular caps), may be empty. */
  superior: string[];
  /** Lines of the issuing body's name (bold caps). */
  issuer: string[];
  /** Kind name and its abbreviation: { name: 'Báo cáo', code: 'BC' }. */
  kind: { name: string; code: string };
  /** Abbreviation of the issuer in the symbol: "UBND" gives "BC-UBND". */
  issuerCode: string;
  /** Null leaves the number blank for the registry clerk. */
  number: number | string | null;
  place: string;
  /** ISO date. */
  date: string;
  /** Trích yếu: the one-line summary under the kind name. */
  abstract: string;
  /** "Kính gửi" addressees (submissions, letters); omitted when empty. */
  addressees?: string[];
  body: Block[];
  /** "Nơi nhận" items without punctuation. */
  recipients: string[];
  /** What follows "Lưu:", e.g. "VT, TĐKT". */
  archive: string;
  signer: Signer;
}

/** Symbol after the number: "BC-UBND". */
export const symbolOf = (doc: OfficialDocument): string => `${doc.kind.code}-${doc.issuerCode}`;

/** The signer block's capitalised lines above the name. */
export const signerLines = (signer: Signer): string[] => [
  ...signer.authority.map((a) => upper(a.prefix ? `${a.prefix} ${a.text}` : a.text)),
  ...(signer.title ? [upper(signer.title)] : []),
];

/** "Nơi nhận" lines: each recipient with ";" and the archive line last with ".". */
export const recipientLines = (doc: OfficialDocument): string[] =>
  listItems([...doc.recipients, `Lưu: ${doc.archive}`]);

/** Heading labels numbered as the decree does: I., II. / 1., 2. / a), b); lower levels restart. */
export function headingLabels(blocks: readonly Block[]): Map<number, string> {
  const labels = new Map<number, string>();
  const counters = [0, 0, 0];
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const level = block.level - 1;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let lower = level + 1; lower < counters.length; lower++) counters[lower] = 0;
    const n = counters[level] ?? 1;
    const label =
      block.level === 1
        ? `${roman(n)}.`
        : block.level === 2
          ? `${n}.`
          : `${pointLetters[(n - 1) % pointLetters.length]})`;
    labels.set(index, label);
  });
  return labels;
}

/** The text a heading shows: level 1 in capitals. */
export const headingText = (level: 1 | 2 | 3, label: string, text: string): string =>
  `${label} ${level === 1 ? upper(text) : text}`;

/** Dash items of a bullets block as printed. */
export const bulletLines = (block: { items: string[]; punctuate?: boolean }): string[] =>
  block.punctuate
    ? listItems(block.items)
    : block.items.map((i) => `- ${i.replace(/^[-–•]\s*/, '')}`);

/** Splits an issuing body's name the usual way: "ỦY BAN NHÂN DÂN" over "TỈNH LAI CHÂU". */
export function bodyNameLines(name: string): string[] {
  const m = /^(Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(.+)$/iu.exec(name.trim());
  return m ? [m[1]!, m[2]!] : [name.trim()];
}
