import type { PlanContent, PlanSection } from '../../shared/contracts/plan-content.ts';
import { renderDocx } from './decree30/docx.ts';
import { formatDate } from './decree30/format.ts';
import {
  bodyNameLines,
  type Authority,
  type Block,
  type OfficialDocument,
  type Signer,
} from './decree30/model.ts';

// An issued version of the movement's plan as its official document (KẾ HOẠCH) laid out per
// Decree 30/2020: the plan's parts I–VI from the version's content, the decision it was issued
// by, recipients and signer. Fields the source does not state stay blank (ADR 0030).

export interface PlanDocumentData {
  content: PlanContent;
  number: number;
  /** The body issuing the plan, e.g. "Ủy ban nhân dân tỉnh Lai Châu". */
  issuerName: string;
  decision: {
    kind: 'plan' | 'decision';
    number: string | null;
    date: string | null;
    signerName: string | null;
    signerTitle: string | null;
  };
}

const prefixes: Authority[] = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'];

/** "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" → authority lines and the signer's own title. */
export function signerOf(title: string | null, name: string | null): Signer {
  const parts = (title ?? '')
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  const own = parts.pop() ?? '';
  return {
    authority: parts.map((p) => {
      const prefix = prefixes.find((x) => p.toUpperCase().startsWith(x));
      return prefix ? { prefix, text: p.slice(prefix.length).trim() } : { text: p };
    }),
    title: own,
    name: name ?? '',
  };
}

/** A passage's lines as paragraphs, with its point letter ("a)") where the clause ends in one. */
function passage(s: PlanSection, lettered = false): Block[] {
  const letter = /\.([a-zđ])$/u.exec(s.clause)?.[1];
  return s.text.vi
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => ({
      kind: 'paragraph' as const,
      text: lettered && letter && i === 0 ? `${letter}) ${line}` : line,
    }));
}

const ofKind = (c: PlanContent, kind: PlanSection['kind']) =>
  c.sections.filter((s) => s.kind === kind);
const value = (v: { comparator: string; value: number | null }) =>
  `${v.comparator} ${v.value === null ? '…' : String(v.value).replace('.', ',')}`;

/** The plan document's model (format-free; the DOCX renderer reads only this). */
export function planDocument(data: PlanDocumentData): OfficialDocument {
  const c = data.content;
  const d = data.decision;
  const place =
    data.issuerName.replace(/^(Ủy|Uỷ) ban nhân dân (tỉnh|thành phố)\s+/iu, '') || data.issuerName;
  const legal = ofKind(c, 'legal_basis').map((s) => s.text.vi);
  const findings = ofKind(c, 'finding');
  const body: Block[] = [
    ...(d.kind === 'decision' && d.number
      ? [
          {
            kind: 'paragraph' as const,
            align: 'center' as const,
            italic: true,
            text: `(Ban hành kèm theo Quyết định số ${d.number}${d.date ? ` ngày ${formatDate(d.date)}` : ''} của ${data.issuerName})`,
          },
        ]
      : []),
    ...(legal.length ? [{ kind: 'paragraph' as const, text: `Căn cứ ${legal.join('; ')};` }] : []),
    ...(findings.length
      ? [
          {
            kind: 'paragraph' as const,
            text: 'Căn cứ kết quả sơ kết thực hiện Phong trào thi đua:',
          },
          { kind: 'bullets' as const, items: findings.map((f) => f.text.vi), punctuate: true },
        ]
      : []),
    {
      kind: 'paragraph',
      text: `${data.issuerName} ban hành Kế hoạch triển khai Phong trào thi đua “${c.title.vi}” như sau:`,
    },
    { kind: 'heading', level: 1, text: 'Mục đích, yêu cầu' },
    { kind: 'heading', level: 2, text: 'Mục đích' },
    ...ofKind(c, 'purpose').flatMap((s) => passage(s, true)),
    { kind: 'heading', level: 2, text: 'Yêu cầu' },
    ...ofKind(c, 'requirement').flatMap((s) => passage(s, true)),
    { kind: 'heading', level: 1, text: 'Đối tượng, nội dung phong trào thi đua' },
    { kind: 'heading', level: 2, text: 'Đối tượng thi đua' },
    ...ofKind(c, 'participants').flatMap((s) => passage(s, true)),
    { kind: 'heading', level: 2, text: 'Nội dung thi đua' },
    ...ofKind(c, 'content_intro').flatMap((s) => passage(s)),
    { kind: 'heading', level: 3, text: 'Thi đua đẩy mạnh phát triển kết cấu hạ tầng' },
    {
      kind: 'bullets',
      items: ofKind(c, 'content_line')
        .filter((s) => s.area !== 'thrift')
        .map((s) => s.text.vi),
    },
    { kind: 'heading', level: 3, text: 'Thi đua thực hành tiết kiệm, chống lãng phí' },
    {
      kind: 'bullets',
      items: ofKind(c, 'content_line')
        .filter((s) => s.area === 'thrift')
        .map((s) => s.text.vi),
    },
    { kind: 'heading', level: 1, text: 'Tiêu chí thi đua, chỉ tiêu và hình thức khen thưởng' },
    { kind: 'heading', level: 2, text: 'Tiêu chí thi đua' },
    ...c.categories.flatMap((cat): Block[] => [
      { kind: 'heading', level: 3, text: cat.name.vi },
      ...cat.groups.flatMap((g): Block[] => [
        ...(cat.groups.length > 1
          ? [{ kind: 'paragraph' as const, text: g.name.vi, italic: true }]
          : []),
        { kind: 'bullets', items: g.criteria.map((cr) => cr.text.vi) },
      ]),
    ]),
    { kind: 'heading', level: 2, text: 'Chỉ tiêu của tỉnh' },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Chỉ tiêu', width: 6 },
        { header: 'Giá trị theo năm', width: 5 },
      ],
      rows: c.targets.map((t, i) => ({
        cells: [String(i + 1), t.name.vi, t.values.map((v) => `${v.year}: ${value(v)}`).join('; ')],
      })),
    },
    { kind: 'heading', level: 2, text: 'Hình thức khen thưởng' },
    ...ofKind(c, 'commendation_form').flatMap((s) => passage(s)),
    ...ofKind(c, 'commendation_standard').flatMap((s) => passage(s)),
    { kind: 'heading', level: 1, text: 'Giải pháp thực hiện' },
    ...ofKind(c, 'solution').flatMap((s) => passage(s)),
    { kind: 'heading', level: 1, text: 'Tiến độ thực hiện' },
    ...c.phases.flatMap((p): Block[] => [
      { kind: 'heading', level: 2, text: `${p.name.vi} (${p.startYear}–${p.endYear})` },
      ...passage({
        kind: 'solution',
        area: null,
        clause: p.code,
        text: p.description,
        unitId: null,
      }),
      ...(p.milestones.length
        ? [
            {
              kind: 'bullets' as const,
              items: p.milestones.map(
                (m) =>
                  `${m.name.vi}: ${m.dueQuarter ? `quý ${m.dueQuarter} ` : ''}năm ${m.dueYear}`,
              ),
              punctuate: true,
            },
          ]
        : []),
    ]),
    { kind: 'heading', level: 1, text: 'Tổ chức thực hiện' },
    ...(c.sectors.length
      ? [
          {
            kind: 'bullets' as const,
            items: c.sectors.map((s) => `${s.name.vi}: ${s.duty.vi}`),
            punctuate: true,
          },
        ]
      : []),
    ...ofKind(c, 'duty').flatMap((s) => passage(s)),
    ...ofKind(c, 'closing').flatMap((s) => passage(s)),
  ];
  return {
    superior: [],
    issuer: bodyNameLines(data.issuerName),
    kind: { name: 'Kế hoạch', code: 'KH' },
    issuerCode: 'UBND',
    // The plan's own number is the registry's; the seed states none, so it stays blank.
    number: null,
    place,
    date: d.date ?? '',
    abstract: `Triển khai Phong trào thi đua “${c.title.vi}”`,
    body: body.filter((b) => b.kind !== 'bullets' || b.items.length > 0),
    recipients: c.recipients,
    archive: c.archive || 'VT',
    signer: signerOf(d.signerTitle, d.signerName),
  };
}

/** The issued version as a Word document. */
export const buildPlanDocx = (data: PlanDocumentData): Promise<Buffer> =>
  renderDocx(planDocument(data));

/** "ke-hoach-phien-ban-2.docx". */
export const planFileName = (number: number) => `ke-hoach-phien-ban-${number}.docx`;
