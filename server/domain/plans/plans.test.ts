import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../../../shared/contracts/plan-content.ts';
import {
  annotateSetBy,
  checkIssuable,
  diffPlans,
  effectivePeriods,
  newVersionFrom,
  phaseStarter,
  saveDraft,
  transition,
  validatePlanContent,
  valuesInForce,
  versionInForceForYear,
  versionInForceOn,
  type Decision,
  type PlanVersionState,
  type VersionContent,
} from './index.ts';

const t = (vi: string) => ({ vi, en: vi });
const lead = '00000000-0000-4000-8000-000000000001';

const content = (forest: Record<number, number>): PlanContent => ({
  title: t('Phong trào'),
  startYear: 2022,
  endYear: 2030,
  sections: [{ kind: 'purpose', area: null, clause: 'I.1.a', text: t('Mục đích a'), unitId: null }],
  phases: [
    {
      code: 'P1',
      name: t('Giai đoạn 1'),
      startYear: 2022,
      endYear: 2025,
      description: t('gđ1'),
      milestones: [],
    },
    {
      code: 'P2',
      name: t('Giai đoạn 2'),
      startYear: 2026,
      endYear: 2030,
      description: t('gđ2'),
      milestones: [],
    },
  ],
  categories: [],
  targets: [
    {
      code: 'FOREST',
      area: 'thrift',
      name: t('Tỷ lệ che phủ rừng'),
      measure: 'percent',
      direction: 'higher',
      clause: 'III.1.a',
      source: 'che phủ rừng',
      baselineYear: null,
      baselineValue: null,
      values: Object.entries(forest).map(([year, value]) => ({
        year: Number(year),
        value,
        comparator: '≥' as const,
        note: null,
      })),
    },
  ],
  sectors: [
    { code: 'XD', name: t('Xây dựng'), duty: t('nhiệm vụ'), leadUnitId: lead, extra: null },
  ],
  recipients: ['Như trên'],
  archive: 'VT',
});

const draft = (c: PlanContent, number = 2): PlanVersionState => ({
  number,
  status: 'draft',
  basedOn: 1,
  content: c,
  decision: null,
  issuedAt: null,
  supersededAt: null,
});

const decision = (date: string): Decision => ({
  kind: 'decision',
  number: '123/QĐ-UBND',
  date,
  signerName: 'Lê Văn Lương',
  signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
  unknown: [],
});

const at = new Date('2026-03-20T02:00:00Z');
const today = '2026-03-20';

describe('plan version transitions', () => {
  it('issues a draft once, then supersedes it; an issued version takes no edits', () => {
    const issued = transition(draft(content({ 2025: 54 })), 'issue', {
      at,
      today,
      decision: decision('2026-03-15'),
    });
    expect(issued.ok && issued.value.status).toBe('issued');
    if (!issued.ok) return;
    expect(transition(issued.value, 'issue', { at, today }).ok).toBe(false);
    expect(saveDraft(issued.value, content({}))).toEqual({
      ok: false,
      error: { code: 'plan_version_issued', status: 'issued' },
    });
    const superseded = transition(issued.value, 'supersede', { at, today });
    expect(superseded.ok && superseded.value.status).toBe('superseded');
    expect(newVersionFrom(issued.value, 3).ok).toBe(true);
    expect(newVersionFrom(draft(content({})), 3).ok).toBe(false);
  });

  it('refuses a decision dated after today or before the version in force', () => {
    const d = draft(content({}));
    expect(transition(d, 'issue', { at, today, decision: decision('2026-03-21') })).toEqual({
      ok: false,
      error: { code: 'plan_decision_in_future' },
    });
    expect(
      transition(d, 'issue', {
        at,
        today,
        decision: decision('2026-01-01'),
        inForceFrom: '2026-02-01',
      }),
    ).toEqual({ ok: false, error: { code: 'plan_decision_before_in_force', date: '2026-02-01' } });
  });

  it('never changes content when issuing (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.integer({ min: 2022, max: 2030 }).map(String),
          fc.double({ min: 0, max: 100, noNaN: true }),
        ),
        (d) => {
          const forest = Object.fromEntries(Object.entries(d).map(([k, v]) => [Number(k), v]));
          const c = content(forest);
          const r = transition(draft(c), 'issue', { at, today, decision: decision(today) });
          return r.ok && JSON.stringify(r.value.content) === JSON.stringify(c);
        },
      ),
    );
  });
});

const chain: VersionContent[] = [
  {
    number: 1,
    status: 'superseded',
    effectiveFrom: null,
    content: content({ 2025: 54, 2030: 56 }),
  },
  {
    number: 2,
    status: 'issued',
    effectiveFrom: '2026-03-15',
    content: content({ 2025: 54, 2026: 54.5, 2030: 57 }),
  },
  { number: 3, status: 'draft', effectiveFrom: null, content: content({ 2025: 1 }) },
];

describe('the version in force', () => {
  it('reads the day: before the decision the old version, from its day the new one', () => {
    expect(versionInForceOn(chain, '2025-06-30')?.number).toBe(1);
    expect(versionInForceOn(chain, '2026-03-14')?.number).toBe(1);
    expect(versionInForceOn(chain, '2026-03-15')?.number).toBe(2);
    expect(versionInForceOn(chain, '2021-01-01')?.number).toBe(1);
    expect(versionInForceForYear(chain, 2025)?.number).toBe(1);
    expect(versionInForceForYear(chain, 2026)?.number).toBe(2);
    expect(effectivePeriods(chain).get(1)).toEqual({ from: null, to: '2026-03-15' });
    expect(effectivePeriods(chain).get(2)).toEqual({ from: '2026-03-15', to: null });
  });

  it('keeps each year from the version governing it, with the version that set the value', () => {
    const values = valuesInForce(chain).get('FOREST')!;
    expect(values.map((v) => [v.year, v.value, v.setBy])).toEqual([
      [2025, 54, 1],
      [2026, 54.5, 2],
      [2030, 57, 2],
    ]);
    const v2 = annotateSetBy(chain, chain[1]!).get('FOREST')!;
    expect(v2.map((v) => [v.year, v.setBy])).toEqual([
      [2025, 1],
      [2026, 2],
      [2030, 2],
    ]);
  });
});

describe('the phase-2 starter', () => {
  it('opens the phase years a target lacks and attaches the findings', () => {
    const v1: PlanVersionState = { ...draft(content({ 2025: 54, 2030: 56 }), 1), status: 'issued' };
    const r = phaseStarter(v1, 2, 'P2', [t('Sơ kết: đạt 54%')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const values = r.value.content.targets[0]!.values;
    expect(values.map((v) => [v.year, v.value])).toEqual([
      [2025, 54],
      [2026, null],
      [2027, null],
      [2028, null],
      [2029, null],
      [2030, 56],
    ]);
    expect(r.value.content.sections.at(-1)).toMatchObject({ kind: 'finding', clause: 'P2.1' });
    expect(Object.keys(checkIssuable(r.value.content))).toEqual([
      'targets.0.values.1.value',
      'targets.0.values.2.value',
      'targets.0.values.3.value',
      'targets.0.values.4.value',
    ]);
    expect(phaseStarter(v1, 2, 'P9', []).ok).toBe(false);
  });
});

describe('validation and diff', () => {
  it('names the field of each problem', () => {
    const c = content({ 2035: 1 });
    c.targets.push({ ...c.targets[0]!, values: [] });
    const r = validatePlanContent({ ...c, extra: 1 });
    expect(r.ok).toBe(false);
    const r2 = validatePlanContent(c);
    expect(r2.ok ? {} : r2.fields).toMatchObject({
      'targets.1.code': { key: 'plan_code_duplicate' },
      'targets.0.values.0.year': { key: 'plan_year_outside' },
    });
    expect(validatePlanContent(content({ 2025: 54 })).ok).toBe(true);
  });

  it('lists changed yearly values, added and removed items with both sides', () => {
    const a = content({ 2025: 54, 2030: 56 });
    const b = content({ 2025: 54, 2026: 55, 2030: 57 });
    b.sections.push({
      kind: 'finding',
      area: null,
      clause: 'P2.1',
      text: t('Kết quả sơ kết'),
      unitId: null,
    });
    b.sectors = [];
    const changes = diffPlans(a, b, () => 'Sở Xây dựng');
    const target = changes.find((c) => c.part === 'targets')!;
    expect(target.fields).toEqual([
      { field: 'values.2026', before: null, after: '≥ 55' },
      { field: 'values.2030', before: '≥ 56', after: '≥ 57' },
    ]);
    expect(changes.find((c) => c.part === 'sections')).toMatchObject({
      kind: 'added',
      after: 'Kết quả sơ kết',
    });
    expect(changes.find((c) => c.part === 'sectors')).toMatchObject({
      kind: 'removed',
      before: 'Xây dựng: Sở Xây dựng',
    });
    expect(diffPlans(a, a)).toEqual([]);
  });
});
