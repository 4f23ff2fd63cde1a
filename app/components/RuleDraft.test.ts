import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafSchema } from '../../shared/commendations/conditions.ts';
import { describeLeaf } from '../../shared/commendations/leaf-text.ts';
import { dayAfter, fieldOf, leafStarters, parseCondition, withLeaf } from './RuleDraft.ts';

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
    expect(fieldOf('title.en')).toBe('titleVi');
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
