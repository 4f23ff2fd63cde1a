// How the seed plan was issued, as its last page prints it. why: the text we hold carries no
// document number and no date, so version 1 records them as unknown rather than guessing.

/** The signer block: "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH". */
export const planSignerTitle = 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH';

/** "Nơi nhận" of the plan, verbatim without each line's closing ";" (the layout adds it). */
export const planRecipients = [
  'Ban Thi đua, khen thưởng Trung ương; (B/c)',
  'TT Tỉnh ủy, HĐND tỉnh; (B/c)',
  'UBND tỉnh: U',
  'Các đ/c thành viên HD TĐKT tỉnh',
  'Các sở, ban, ngành, đoàn thể',
  'Các doanh nghiệp thuộc khối thi đua của tỉnh',
  'UBND các huyện, thành phố',
  'Báo Lai Châu, Đài PTTH tỉnh',
  'VP UBND tỉnh: V, C, CB, HC',
  'Phòng Nội vụ các huyện, thành phố',
];

export const planArchive = 'VT, Th3';
