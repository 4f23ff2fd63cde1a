import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafSchema } from '../../shared/commendations/conditions.ts';
import { describeLeaf } from '../../shared/commendations/leaf-text.ts';
import {
  checkDraft,
  dayAfter,
  draftOf,
  fieldOf,
  leafStarters,
  parseCondition,
  withLeaf,
  type RuleDraft,
} from './RuleDraft.ts';

describe('rule editor helpers', () => {
  it('accepts a well-formed condition tree and reads it back', () => {
    const tree = {
      kind: 'all',
      conditions: [
        { kind: 'rating_in_year', min: 'HTT' },
        { kind: 'not', condition: { kind: 'holds_title_in_year', award: 'CSTDCS' } },
      ],
    };
    expect(parseCondition(JSON.stringify(tree))).toEqual({ ok: true, condition: tree });
  });

  it('tells broken JSON from a bad shape, with the path of the first problem', () => {
    expect(parseCondition('{"kind": "all"')).toMatchObject({ ok: false, kind: 'json' });
    const bad = parseCondition(JSON.stringify({ kind: 'rating_in_year', min: 'GOOD' }));
    expect(bad).toMatchObject({ ok: false, kind: 'shape' });
    expect(parseCondition(JSON.stringify({ kind: 'all', conditions: [] }))).toMatchObject({
      ok: false,
      kind: 'shape',
    });
  });

  it("maps the server's problem paths to the editor's inputs", () => {
    expect(fieldOf('citation')).toBe('instrument');
    expect(fieldOf('citation.article')).toBe('article');
    expect(fieldOf('condition.conditions.0.min')).toBe('condition');
    expect(fieldOf('title.en')).toBe('titleEn');
    expect(fieldOf('title.vi')).toBe('titleVi');
    expect(fieldOf('effectiveFrom')).toBe('effectiveFrom');
    expect(fieldOf('code')).toBe('code');
  });

  it('dayAfter steps over month and leap-year ends', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
    expect(dayAfter('2027-02-28')).toBe('2027-03-01');
  });

  it('dayAfter is the next calendar day: later, and the day before it again', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2099-12-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        const next = dayAfter(iso);
        expect(next > iso).toBe(true);
        const back = new Date(`${next}T00:00:00Z`);
        back.setUTCDate(back.getUTCDate() - 1);
        expect(back.toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });

  it('every leaf starter is valid for its kind and reads as text in both languages', () => {
    for (const [kind, leaf] of Object.entries(leafStarters)) {
      expect(leaf.kind).toBe(kind);
      expect(leafSchema.safeParse(leaf).success).toBe(true);
      const text = describeLeaf(leaf);
      expect(text.vi).not.toMatch(/\{\w+\}/);
      expect(text.en).not.toMatch(/\{\w+\}/);
    }
  });

  it('withLeaf appends to a group, wraps a single leaf, starts from empty, keeps broken text', () => {
    const leaf = leafStarters.no_discipline;
    const group = JSON.stringify({ kind: 'any', conditions: [leafStarters.rating_in_year] });
    expect(JSON.parse(withLeaf(group, leaf)!)).toEqual({
      kind: 'any',
      conditions: [leafStarters.rating_in_year, leaf],
    });
    expect(JSON.parse(withLeaf(JSON.stringify(leafStarters.attested), leaf)!)).toEqual({
      kind: 'all',
      conditions: [leafStarters.attested, leaf],
    });
    expect(JSON.parse(withLeaf('  ', leaf)!)).toEqual({ kind: 'all', conditions: [leaf] });
    expect(withLeaf('{"kind":', leaf)).toBeNull();
  });

  it('withLeaf always yields a valid tree from a valid one', () => {
    const kinds = Object.keys(leafStarters) as (keyof typeof leafStarters)[];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 6 }), (seq) => {
        let text = '';
        for (const k of seq) text = withLeaf(text, leafStarters[k])!;
        const parsed = parseCondition(text);
        expect(parsed.ok).toBe(true);
      }),
    );
  });
});

describe('checking a draft with the shared rule schema', () => {
  const said = (c: { kind: string; path: string; message: string }) =>
    `${c.kind} at ${c.path}: ${c.message}`;
  const complete: RuleDraft = {
    ...draftOf(),
    code: 'lc.bk-ubnd.thu-nghiem',
    awardCode: 'BK_CT_UBND_TINH',
    subject: 'individual',
    effectiveFrom: '2026-01-01',
    instrument: ' Quyết định 01/2026/QĐ-UBND ',
    article: '5',
    clause: '2',
  };
  const fields = (draft: RuleDraft) => {
    const checked = checkDraft(draft, 'vi', said);
    return checked.ok ? {} : checked.fields;
  };

  it('a complete draft is the rule the API takes (trimmed, blanks left out)', () => {
    expect(checkDraft(complete, 'vi', said)).toEqual({
      ok: true,
      rule: {
        code: 'lc.bk-ubnd.thu-nghiem',
        awardCode: 'BK_CT_UBND_TINH',
        subject: 'individual',
        effectiveFrom: '2026-01-01',
        citation: { instrument: 'Quyết định 01/2026/QĐ-UBND', article: '5', clause: '2' },
        condition: { kind: 'all', conditions: [{ kind: 'rating_in_year', min: 'HTT' }] },
      },
    });
  });

  it('an empty draft names every required input, in the user’s language', () => {
    const vi = fields(draftOf());
    expect(Object.keys(vi).sort()).toEqual(
      ['article', 'awardCode', 'code', 'effectiveFrom', 'instrument', 'subject'].sort(),
    );
    expect(vi.code).toBe('Trường này là bắt buộc.');
    const en = checkDraft(draftOf(), 'en', said);
    expect(en.ok ? '' : en.fields.instrument).toBe('This field is required.');
  });

  it('says what is wrong with a code, the dates, a half-given name and the subject', () => {
    expect(fields({ ...complete, code: 'LC Rule' }).code).toMatch(/chữ thường/);
    expect(fields({ ...complete, effectiveTo: '2025-12-31' }).effectiveTo).toMatch(
      /Ngày hết hiệu lực/,
    );
    expect(fields({ ...complete, effectiveFrom: '2026-02-30' })).toHaveProperty('effectiveFrom');
    expect(Object.keys(fields({ ...complete, titleVi: 'Bằng khen thử nghiệm' }))).toEqual([
      'titleEn',
    ]);
    expect(fields({ ...complete, awardCode: 'CSTDCS', subject: 'household' }).subject).toMatch(
      /CSTDCS/,
    );
  });

  it('puts condition problems on the condition, with their path', () => {
    expect(fields({ ...complete, condition: '{"kind": "all"' }).condition).toMatch(/^json at /);
    const shape = fields({
      ...complete,
      condition: JSON.stringify({
        kind: 'all',
        conditions: [{ kind: 'rating_in_year', min: 'X' }],
      }),
    });
    expect(shape.condition).toMatch(/^shape at condition\.conditions\.0\.min: /);
    expect(
      fields({ ...complete, condition: JSON.stringify({ kind: 'award_held', award: 'NOPE' }) })
        .condition,
    ).toMatch(/NOPE/);
  });

  it('keeps a stored citation’s verified flag while its text is unchanged, and its note always', () => {
    const original = {
      instrument: 'Quyết định 01/2026/QĐ-UBND',
      article: '5',
      clause: '2',
      verified: false,
      note: 'chưa đối chiếu',
    };
    const same = checkDraft(complete, 'vi', said, original);
    expect(same.ok && same.rule.citation).toEqual(original);
    const changed = checkDraft({ ...complete, article: '6' }, 'vi', said, original);
    expect(changed.ok && changed.rule.citation).toEqual({
      instrument: 'Quyết định 01/2026/QĐ-UBND',
      article: '6',
      clause: '2',
      note: 'chưa đối chiếu',
    });
  });
});
