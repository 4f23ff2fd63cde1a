import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaContent, Criterion } from '../../../shared/contracts/criteria-content.ts';
import { diffVersions, type CriteriaDiff } from './diff.ts';
import {
  contentOf,
  qualitativeCriterion,
  quantitativeCriterion,
} from '../../../test/support/criteria-fixtures.ts';
import { validateContent } from './validate.ts';
import {
  newVersionFrom,
  saveDraft,
  transition,
  type VersionAction,
  type VersionState,
} from './versions.ts';

const at = new Date('2026-03-02T02:00:00Z');
const ctx = { at, by: 'office' };
const draft = (
  content: CriteriaContent = contentOf([qualitativeCriterion('A1')]),
): VersionState => ({
  number: 1,
  status: 'draft',
  basedOn: null,
  content,
  publishedAt: null,
  publishedBy: null,
  supersededAt: null,
});

/** Valid criteria with distinct codes, in 1–3 groups. */
const criterionArb: fc.Arbitrary<Criterion> = fc
  .record({
    base: fc.constantFrom(qualitativeCriterion('X'), quantitativeCriterion('X')),
    maxPoints: fc.integer({ min: 1, max: 100 }),
    vi: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    evidence: fc.boolean(),
  })
  .map(({ base, maxPoints, vi, evidence }) => {
    const c = { ...base, maxPoints, name: { vi: vi.trim(), en: '' } };
    return c.kind === 'qualitative' ? { ...c, evidenceRequired: evidence } : c;
  });
const contentArb: fc.Arbitrary<CriteriaContent> = fc
  .array(fc.array(criterionArb, { maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map((groups) => {
    let n = 0;
    return contentOf(...groups.map((g) => g.map((c) => ({ ...c, code: `C${++n}` }))));
  });
/** Two versions drawn from one code pool, so they share, add and drop criteria. */
const pairArb = fc
  .tuple(contentArb, contentArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }))
  .map(([a, b, drop]) => ({
    a,
    b: {
      groups: b.groups.map((g) => ({
        ...g,
        criteria: g.criteria.filter((c) => !drop[Number(c.code.slice(1)) % 12]),
      })),
    },
  }));

const byCode = (content: CriteriaContent) =>
  new Map(content.groups.flatMap((g) => g.criteria.map((c) => [c.code, { c, g: g.name.vi }])));

/** Applies a diff to `a`'s criteria (by code), to check it explains `b`. */
function applyDiff(a: CriteriaContent, diff: CriteriaDiff) {
  const out = byCode(a);
  for (const r of diff.removed) out.delete(r.criterion.code);
  for (const x of diff.added) out.set(x.criterion.code, { c: x.criterion, g: x.groupName });
  for (const ch of diff.changed) out.set(ch.code, { c: ch.after.criterion, g: ch.after.groupName });
  return out;
}

describe('version state machine', () => {
  it.each<[VersionState['status'], VersionAction, VersionState['status'] | string]>([
    ['draft', 'publish', 'published'],
    ['draft', 'supersede', 'version_not_published'],
    ['published', 'publish', 'version_not_draft'],
    ['published', 'supersede', 'superseded'],
    ['superseded', 'publish', 'version_not_draft'],
    ['superseded', 'supersede', 'version_not_published'],
  ])('%s --%s--> %s', (status, action, expected) => {
    const r = transition({ ...draft(), status }, action, ctx);
    expect(r.ok ? r.value.status : r.error.code).toBe(expected);
  });

  it('publishing stamps who and when', () => {
    const r = transition(draft(), 'publish', ctx);
    expect(r.ok && r.value).toMatchObject({ publishedAt: at, publishedBy: 'office' });
  });

  it('only drafts take new content', () => {
    const published = { ...draft(), status: 'published' as const };
    expect(saveDraft(published, { groups: [] })).toMatchObject({
      ok: false,
      error: { code: 'version_not_draft' },
    });
  });

  it('a new version copies a published one and is based on it; never from a draft', () => {
    const published = { ...draft(), status: 'published' as const };
    const r = newVersionFrom(published, 2);
    expect(r.ok && r.value).toMatchObject({ number: 2, status: 'draft', basedOn: 1 });
    expect(r.ok && r.value.content).toEqual(published.content);
    expect(newVersionFrom(draft(), 2).ok).toBe(false);
  });

  it('property: publishing freezes exactly the last saved draft, and it never changes again', () => {
    fc.assert(
      fc.property(
        fc.array(contentArb, { minLength: 1, maxLength: 4 }),
        contentArb,
        (saves, later) => {
          let v = draft({ groups: [] });
          for (const content of saves) {
            const r = saveDraft(v, content);
            expect(r.ok).toBe(true);
            if (r.ok) v = r.value;
          }
          const published = transition(v, 'publish', ctx);
          expect(published.ok).toBe(true);
          if (!published.ok) return;
          expect(published.value.content).toEqual(saves[saves.length - 1]);
          // The published content is a copy: mutating the draft object does not reach it.
          v.content.groups.push({ name: { vi: 'x', en: 'x' }, criteria: [] });
          expect(published.value.content).toEqual(saves[saves.length - 1]);
          expect(saveDraft(published.value, later).ok).toBe(false);
          const superseded = transition(published.value, 'supersede', ctx);
          expect(superseded.ok && superseded.value.content).toEqual(saves[saves.length - 1]);
        },
      ),
    );
  });

  it('property: no sequence of actions skips a step', () => {
    const order = ['draft', 'published', 'superseded'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<VersionAction>('publish', 'supersede'), { maxLength: 8 }),
        (actions) => {
          let v = draft();
          for (const action of actions) {
            const r = transition(v, action, ctx);
            if (!r.ok) continue;
            expect(order.indexOf(r.value.status) - order.indexOf(v.status)).toBe(1);
            v = r.value;
          }
        },
      ),
    );
  });
});

describe('diffVersions', () => {
  it('names added, removed and changed criteria with the changed fields', () => {
    const a = contentOf([qualitativeCriterion('A1'), qualitativeCriterion('A2')]);
    const b = contentOf([
      qualitativeCriterion('A1', { maxPoints: 15 }),
      quantitativeCriterion('A3'),
    ]);
    const d = diffVersions(a, b);
    expect(d.added.map((x) => x.criterion.code)).toEqual(['A3']);
    expect(d.removed.map((x) => x.criterion.code)).toEqual(['A2']);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]!.fields).toEqual([{ field: 'maxPoints', before: 10, after: 15 }]);
  });

  it('a kind change lists the fields that came and went; nested names by dotted path', () => {
    const a = contentOf([qualitativeCriterion('A1')]);
    const b = contentOf([{ ...quantitativeCriterion('A1'), name: { vi: 'Mới', en: '' } }]);
    const fields = diffVersions(a, b).changed[0]!.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'name.vi', 'indicator', 'scale']));
  });

  it('property: diff(a, a) is empty', () => {
    fc.assert(
      fc.property(contentArb, (a) => {
        expect(diffVersions(a, structuredClone(a))).toEqual({
          added: [],
          removed: [],
          changed: [],
        });
      }),
    );
  });

  it('property: applying diff(a, b) to a explains every change of b', () => {
    fc.assert(
      fc.property(pairArb, ({ a, b }) => {
        expect(validateContent(a).ok && validateContent(b).ok).toBe(true);
        expect(applyDiff(a, diffVersions(a, b))).toEqual(byCode(b));
      }),
    );
  });
});
