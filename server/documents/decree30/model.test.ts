import { describe, expect, it } from 'vitest';
import { issuerRuleMm, motto, mottoRuleMm, textWidth, textWidthMm } from './layout.ts';
import { sampleDocument } from './fixture.ts';
import {
  bodyNameLines,
  bulletLines,
  headingLabels,
  recipientLines,
  signerLines,
  symbolOf,
  type Block,
} from './model.ts';

const h = (level: 1 | 2 | 3): Block => ({ kind: 'heading', level, text: 'x' });
const p: Block = { kind: 'paragraph', text: 'x' };

describe('heading numbers', () => {
  it('counts I./1./a) and restarts the lower levels under each higher heading', () => {
    const blocks = [
      h(1),
      h(2),
      h(3),
      h(3),
      p,
      h(2),
      h(3),
      h(1),
      h(2),
      h(3),
      h(3),
      h(3),
      h(3),
      h(3),
      h(3),
    ];
    const labels = headingLabels(blocks);
    expect(blocks.map((_, i) => labels.get(i) ?? '')).toEqual([
      'I.',
      '1.',
      'a)',
      'b)',
      '',
      '2.',
      'a)',
      'II.',
      '1.',
      'a)',
      'b)',
      'c)',
      'd)',
      'đ)',
      'e)',
    ]);
  });
});

describe('signer, recipients, symbol', () => {
  it('prints prefixes and titles in capitals', () => {
    expect(
      signerLines({
        authority: [
          { prefix: 'TM.', text: 'Ủy ban nhân dân' },
          { prefix: 'KT.', text: 'Chủ tịch' },
        ],
        title: 'Phó Chủ tịch',
        name: 'Nguyễn Văn An',
      }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(
      signerLines({ authority: [{ prefix: 'TL.', text: 'Chủ tịch' }], title: '', name: 'A' }),
    ).toEqual(['TL. CHỦ TỊCH']);
  });

  it('ends the recipients with the archive line', () => {
    expect(recipientLines(sampleDocument)).toEqual([
      '- Như trên;',
      '- Giám đốc, các PGĐ Sở;',
      '- Lưu: VT, TĐKT.',
    ]);
    expect(symbolOf(sampleDocument)).toBe('BC-SNV');
  });

  it('writes bullets with or without the decree punctuation', () => {
    expect(bulletLines({ items: ['a', '- b'] })).toEqual(['- a', '- b']);
    expect(bulletLines({ items: ['a', 'b'], punctuate: true })).toEqual(['- a;', '- b.']);
  });

  it('splits a people’s committee name over two lines', () => {
    expect(bodyNameLines('Ủy ban nhân dân tỉnh Lai Châu')).toEqual([
      'Ủy ban nhân dân',
      'tỉnh Lai Châu',
    ]);
    expect(bodyNameLines('Sở Nội vụ')).toEqual(['Sở Nội vụ']);
  });
});

describe('text metrics for the rules', () => {
  it('measures like Times New Roman: the bold motto at 13 pt is about 56 mm', () => {
    expect(mottoRuleMm()).toBeCloseTo(56.1, 0);
    expect(textWidth(motto, 13, true)).toBeGreaterThan(textWidth(motto, 13, false));
    // fontkit with kerning measures 87.7 mm; without kerning we stay within a millimetre
    expect(Math.abs(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true) - 87.7)).toBeLessThan(
      1,
    );
  });

  it('keeps the issuer rule between 1/3 and 1/2 of the line and inside the text width', () => {
    const line = textWidth('ỦY BAN NHÂN DÂN', 13, true);
    const rule = issuerRuleMm(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU']);
    expect(rule).toBeGreaterThanOrEqual(line / 3);
    expect(rule).toBeLessThanOrEqual(line / 2);
    expect(textWidthMm).toBe(165);
  });
});
