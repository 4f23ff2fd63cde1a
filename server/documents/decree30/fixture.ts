import type { OfficialDocument } from './model.ts';

// A department's report with a superior line, addressees and enough text for three pages: the
// renderer tests use it to see every part of the layout.

/** Every Vietnamese letter with every tone, lower and upper case. */
export const vietnameseLetters = [
  'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ',
  'AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ',
].join(' ');

const filler =
  'Các cơ quan, đơn vị, địa phương tiếp tục quán triệt, cụ thể hóa nội dung phong trào thi đua gắn ' +
  'với nhiệm vụ chính trị được giao; thực hành tiết kiệm, chống lãng phí trong sử dụng vốn, tài sản, ' +
  'lao động và tài nguyên.';

export const sampleDocument: OfficialDocument = {
  superior: ['UBND tỉnh Lai Châu'],
  issuer: ['Sở Nội vụ'],
  kind: { name: 'Báo cáo', code: 'BC' },
  issuerCode: 'SNV',
  number: 5,
  place: 'Lai Châu',
  date: '2026-02-03',
  abstract: 'Kết quả công tác thi đua, khen thưởng năm 2025',
  addressees: ['Ủy ban nhân dân tỉnh', 'Ban Thi đua - Khen thưởng Trung ương'],
  body: [
    {
      kind: 'paragraph',
      text: [
        { text: 'Căn cứ ', italic: true },
        { text: 'Luật Thi đua, khen thưởng năm 2022', italic: true },
      ],
    },
    { kind: 'heading', level: 1, text: 'Kết quả thực hiện' },
    { kind: 'heading', level: 2, text: 'Công tác tuyên truyền' },
    ...Array.from({ length: 8 }, () => ({ kind: 'paragraph' as const, text: filler })),
    { kind: 'heading', level: 3, text: 'Tuyên truyền trên báo chí' },
    { kind: 'bullets', items: ['Đăng 24 tin, bài', 'Phát 12 phóng sự'], punctuate: true },
    {
      kind: 'table',
      title: 'Bảng 1. Số liệu tổng hợp',
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Nội dung', width: 50 },
        { header: 'Số lượng', width: 15, align: 'right' },
      ],
      rows: [
        { group: 'Khen thưởng cấp tỉnh' },
        ...Array.from({ length: 48 }, (_, i) => ({
          cells: [String(i + 1), `Tập thể số ${i + 1}`, '1.234,5'],
        })),
      ],
    },
    { kind: 'heading', level: 2, text: 'Chữ tiếng Việt' },
    { kind: 'paragraph', text: vietnameseLetters },
    { kind: 'paragraph', text: vietnameseLetters, bold: true },
    { kind: 'paragraph', text: vietnameseLetters, italic: true },
    { kind: 'paragraph', text: 'Trên đây là báo cáo của Sở Nội vụ./.' },
  ],
  recipients: ['Như trên', 'Giám đốc, các PGĐ Sở'],
  archive: 'VT, TĐKT',
  signer: {
    authority: [{ prefix: 'KT.', text: 'Giám đốc' }],
    title: 'Phó Giám đốc',
    name: 'Trần Thị Bình',
  },
};
