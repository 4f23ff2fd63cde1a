import type { ConsolidatedReportData } from './consolidated-data.ts';
import {
  periodWords,
  targetStatusWords,
  unsentStatuses,
  wordsFor,
} from './consolidated-report-words.ts';
import { formatNumber, formatOptional, formatPercent } from './decree30/format.ts';
import {
  bodyNameLines,
  type Block,
  type OfficialDocument,
  type Signer,
  type TableRow,
} from './decree30/model.ts';

// The province's yearly report on the movement (plan VI.8) as a Decree 30 document: I. direction,
// II. results (participation, indicators, province targets), III. assessment, IV. proposals.

const none = 'Chưa có nội dung do các cơ quan, đơn vị báo cáo.';

const bulletsOr = (items: string[]): Block =>
  items.length ? { kind: 'bullets', items, punctuate: true } : { kind: 'paragraph', text: none };

/** Groups in the order they first appear, each with its rows in order. */
function grouped<T extends { group: string }>(rows: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups];
}

/** "TM. Ủy ban nhân dân / Chủ tịch", or for a deputy "TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ tịch". */
export function consolidatedSigner(signer: ConsolidatedReportData['signer']): Signer {
  const collective = signer.body.trim()
    ? [{ prefix: 'TM.' as const, text: signer.body.trim() }]
    : [];
  if (signer.authority === 'TM.')
    return { authority: collective, title: signer.title, name: signer.name };
  // why: a deputy signs for the head, whose title is the deputy's without "Phó"
  const head = signer.title.replace(/^phó\s+/iu, '');
  return {
    authority: [...collective, { prefix: 'KT.', text: head }],
    title: signer.title,
    name: signer.name,
  };
}

function direction(data: ConsolidatedReportData, when: string): Block[] {
  const { registered, expected, pledgesSigned } = data.registrations;
  return [
    { kind: 'heading', level: 1, text: 'Công tác chỉ đạo, triển khai' },
    { kind: 'heading', level: 2, text: 'Văn bản chỉ đạo, hướng dẫn' },
    ...(data.movement.legalBasis.length
      ? [
          {
            kind: 'paragraph',
            text: 'Phong trào thi đua được triển khai trên cơ sở các văn bản sau:',
          } as Block,
          { kind: 'bullets', items: data.movement.legalBasis, punctuate: true } as Block,
        ]
      : []),
    {
      kind: 'paragraph',
      text: `Các cơ quan, đơn vị, địa phương đã quán triệt, xây dựng kế hoạch và tổ chức thực hiện Phong trào thi đua ${when} theo Kế hoạch triển khai của Ủy ban nhân dân tỉnh.`,
    },
    { kind: 'heading', level: 2, text: 'Đăng ký thi đua và ký kết giao ước thi đua' },
    {
      kind: 'paragraph',
      text:
        `${when[0]!.toUpperCase()}${when.slice(1)}, có ${formatNumber(registered)}/${formatNumber(expected)} cơ quan, ` +
        `đơn vị, địa phương đăng ký thi đua (đạt ${formatPercent(registered, expected)}); ` +
        `${formatNumber(pledgesSigned)} bản giao ước thi đua đã được ký kết.`,
    },
  ];
}

function participation(data: ConsolidatedReportData): Block[] {
  const p = data.participation;
  const unsent = data.units.filter((u) => unsentStatuses.has(u.status)).map((u) => u.name);
  return [
    { kind: 'heading', level: 2, text: 'Tình hình báo cáo của các cơ quan, đơn vị, địa phương' },
    {
      kind: 'bullets',
      punctuate: true,
      items: [
        `Số cơ quan, đơn vị, địa phương phải báo cáo: ${formatNumber(p.expected)}`,
        `Đã gửi báo cáo: ${formatNumber(p.submitted)} (${formatPercent(p.submitted, p.expected)}), trong đó đã được thẩm định, chấp nhận: ${formatNumber(p.accepted)}`,
        `Bị trả lại để hoàn thiện, chưa gửi lại: ${formatNumber(p.returned)}`,
        `Đang soạn thảo, chưa gửi: ${formatNumber(p.draft)}`,
        `Quá hạn chưa gửi báo cáo: ${formatNumber(p.late)}`,
        `Chưa báo cáo: ${formatNumber(p.notStarted)}`,
      ],
    },
    ...(unsent.length
      ? [
          {
            kind: 'paragraph',
            text: `Các cơ quan, đơn vị, địa phương chưa gửi báo cáo: ${unsent.join(', ')} (chi tiết tại Phụ lục III).`,
          } as Block,
        ]
      : []),
  ];
}

function indicators(data: ConsolidatedReportData): Block[] {
  const head: Block = { kind: 'heading', level: 2, text: 'Kết quả thực hiện các chỉ tiêu thi đua' };
  if (!data.indicators.length)
    return [head, { kind: 'paragraph', text: 'Chưa có số liệu chỉ tiêu được tổng hợp.' }];
  const rows: TableRow[] = grouped(data.indicators).flatMap(([group, items]) => [
    { group },
    ...items.map((i, n) => ({
      cells: [
        String(n + 1),
        i.name,
        i.measure,
        formatOptional(i.target),
        formatOptional(i.value),
        formatNumber(i.reportingUnits),
      ],
    })),
  ]);
  return [
    head,
    {
      kind: 'paragraph',
      text: 'Kết quả tổng hợp từ báo cáo của các cơ quan, đơn vị, địa phương theo quy tắc tổng hợp của từng tiêu chí (chi tiết tại Phụ lục I):',
    },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Nội dung chỉ tiêu', width: 40 },
        { header: 'Đơn vị tính', width: 12, align: 'center' },
        { header: 'Kế hoạch', width: 12, align: 'right' },
        { header: 'Thực hiện', width: 12, align: 'right' },
        { header: 'Số đơn vị báo cáo', width: 12, align: 'right' },
      ],
      rows,
    },
  ];
}

function targets(data: ConsolidatedReportData): Block[] {
  const head: Block = {
    kind: 'heading',
    level: 2,
    text: 'Kết quả thực hiện các mục tiêu của tỉnh',
  };
  if (!data.targets.length)
    return [head, { kind: 'paragraph', text: 'Chưa có mục tiêu được theo dõi.' }];
  const achieved = data.targets.filter((t) => t.status === 'achieved').length;
  return [
    head,
    {
      kind: 'paragraph',
      text: `Có ${formatNumber(achieved)}/${formatNumber(data.targets.length)} mục tiêu đã đạt (chi tiết tại Phụ lục II):`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Mục tiêu', width: 40 },
        { header: 'Đơn vị tính', width: 11, align: 'center' },
        { header: 'Kế hoạch', width: 11, align: 'right' },
        { header: 'Thực hiện', width: 11, align: 'right' },
        { header: 'Đánh giá', width: 16, align: 'center' },
      ],
      rows: data.targets.map((t, n) => ({
        cells: [
          String(n + 1),
          t.name,
          t.unit,
          formatOptional(t.target),
          formatOptional(t.actual),
          wordsFor(targetStatusWords, t.status),
        ],
      })),
    },
  ];
}

/** The report as a Decree 30 document; every renderer (DOCX, PDF) takes this. */
export function consolidatedDocument(data: ConsolidatedReportData): OfficialDocument {
  const when = periodWords(data.period);
  const movement = `Phong trào thi đua “${data.movement.name}”`;
  const last = data.recipients.at(-1) ?? '';
  const archived = /^lưu\s*:/iu.test(last.trim());
  return {
    superior: [],
    issuer: bodyNameLines(data.tenantName),
    kind: { name: 'Báo cáo', code: 'BC' },
    issuerCode: data.issuerShort,
    number: data.number,
    place: data.place,
    date: data.date,
    abstract: `Kết quả thực hiện ${movement} ${when}`,
    body: [
      {
        kind: 'paragraph',
        text: `Thực hiện Kế hoạch triển khai ${movement}, ${data.tenantName} báo cáo kết quả thực hiện ${when} như sau:`,
      },
      ...direction(data, when),
      { kind: 'heading', level: 1, text: 'Kết quả thực hiện' },
      ...participation(data),
      ...indicators(data),
      ...targets(data),
      { kind: 'heading', level: 1, text: 'Đánh giá chung' },
      { kind: 'heading', level: 2, text: 'Kết quả đạt được' },
      bulletsOr(data.highlights),
      { kind: 'heading', level: 2, text: 'Tồn tại, hạn chế' },
      bulletsOr(data.shortcomings),
      { kind: 'heading', level: 1, text: 'Phương hướng, kiến nghị' },
      bulletsOr(data.proposals),
      {
        kind: 'paragraph',
        text: `Trên đây là báo cáo kết quả thực hiện ${movement} ${when} của ${data.tenantName}./.`,
      },
    ],
    recipients: archived ? data.recipients.slice(0, -1) : data.recipients,
    archive: archived
      ? last
          .trim()
          .replace(/^lưu\s*:\s*/iu, '')
          .replace(/[.;]\s*$/, '')
      : 'VT',
    signer: consolidatedSigner(data.signer),
  };
}
