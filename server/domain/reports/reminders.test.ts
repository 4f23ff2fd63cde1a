import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  planManualReminders,
  planReminders,
  scheduledReminder,
  type ReminderPeriod,
  type ReportState,
  type UnitToRemind,
} from './reminders.ts';

const period: ReminderPeriod = {
  id: 'p1',
  opensOn: '2026-11-01',
  deadline: '2026-12-15',
  closesOn: '2027-01-31',
};

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('scheduledReminder', () => {
  it.each<[string, ReportState, string, ReturnType<typeof scheduledReminder>]>([
    ['8 days before', 'not_started', '2026-12-07', null],
    ['7 days before', 'not_started', '2026-12-08', { kind: 'report_due', days: 7 }],
    ['6 days before', 'draft', '2026-12-09', null],
    ['3 days before', 'draft', '2026-12-12', { kind: 'report_due', days: 3 }],
    ['1 day before', 'returned', '2026-12-14', { kind: 'report_due', days: 1 }],
    ['the deadline itself', 'draft', '2026-12-15', null],
    ['the day after', 'draft', '2026-12-16', { kind: 'report_overdue', days: 1 }],
    ['2 days late', 'draft', '2026-12-17', null],
    ['4 days late', 'not_started', '2026-12-19', { kind: 'report_overdue', days: 4 }],
    ['7 days late', 'returned', '2026-12-22', { kind: 'report_overdue', days: 7 }],
    [
      '46 days late, the day before closing',
      'draft',
      '2027-01-30',
      { kind: 'report_overdue', days: 46 },
    ],
    ['47 days late (not a 3rd day)', 'draft', '2027-01-31', null],
    ['after closing (49 days late)', 'draft', '2027-02-02', null],
    ['submitted, 1 day before', 'submitted', '2026-12-14', null],
    ['accepted, the day after', 'accepted', '2026-12-16', null],
  ])('%s (%s, %s)', (_, state, today, expected) => {
    expect(scheduledReminder(period, state, today)).toEqual(expected);
  });

  it('sends nothing before the period opens', () => {
    const short = { ...period, opensOn: '2026-12-10' };
    expect(scheduledReminder(short, 'not_started', '2026-12-08')).toBeNull();
    expect(scheduledReminder(short, 'not_started', '2026-12-12')).toEqual({
      kind: 'report_due',
      days: 3,
    });
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
});

describe('planReminders', () => {
  it('names every head and officer once, with a key per user, unit, kind and day', () => {
    const units: UnitToRemind[] = [
      { unitId: 'u1', state: 'draft', recipients: ['head', 'officer', 'head'] },
      { unitId: 'u2', state: 'submitted', recipients: ['head2'] },
      { unitId: 'u3', state: 'not_started', recipients: [] },
    ];
    expect(planReminders(period, '2026-12-12', units)).toEqual([
      {
        userId: 'head',
        unitId: 'u1',
        kind: 'report_due',
        days: 3,
        dedupeKey: 'report_due:p1:u1:2026-12-12',
      },
      {
        userId: 'officer',
        unitId: 'u1',
        kind: 'report_due',
        days: 3,
        dedupeKey: 'report_due:p1:u1:2026-12-12',
      },
    ]);
  });

  it('manual reminders go to every unit still to report, while the period is open', () => {
    const units: UnitToRemind[] = [
      { unitId: 'u1', state: 'returned', recipients: ['a'] },
      { unitId: 'u2', state: 'accepted', recipients: ['b'] },
    ];
    expect(planManualReminders(period, '2026-12-20', units)).toEqual([
      {
        userId: 'a',
        unitId: 'u1',
        kind: 'report_reminder',
        days: -5,
        dedupeKey: 'report_reminder:p1:u1:2026-12-20',
      },
    ]);
    expect(planManualReminders(period, '2027-02-01', units)).toEqual([]);
  });
});

const stateArb = fc.constantFrom<ReportState>(
  'not_started',
  'draft',
  'submitted',
  'returned',
  'accepted',
);
const periodArb = fc
  .record({
    start: fc.integer({ min: 0, max: 2000 }),
    toDeadline: fc.integer({ min: 0, max: 60 }),
    toClose: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ start, toDeadline, toClose }) => {
    const opensOn = addDays('2024-01-01', start);
    const deadline = addDays(opensOn, toDeadline);
    return { id: 'p', opensOn, deadline, closesOn: addDays(deadline, toClose) };
  });
const unitsArb = fc.array(
  fc.record({
    unitId: fc.constantFrom('u1', 'u2', 'u3'),
    state: stateArb,
    recipients: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 }),
  }),
  { maxLength: 6 },
);

describe('reminder invariants', () => {
  it('never reminds about a report once it is submitted or accepted', () => {
    fc.assert(
      fc.property(periodArb, unitsArb, fc.integer({ min: -10, max: 130 }), (p, units, offset) => {
        const today = addDays(p.opensOn, offset);
        for (const plan of [planReminders, planManualReminders]) {
          for (const r of plan(p, today, units)) {
            const unit = units.filter((u) => u.unitId === r.unitId);
            expect(unit.some((u) => u.state !== 'submitted' && u.state !== 'accepted')).toBe(true);
          }
        }
      }),
    );
  });

  it('over a whole period, at most one reminder per user, unit, kind and day', () => {
    fc.assert(
      fc.property(periodArb, unitsArb, (p, units) => {
        const seen = new Set<string>();
        for (let day = -10; day <= daysBetween(p.opensOn, p.closesOn) + 10; day++) {
          const today = addDays(p.opensOn, day);
          for (const r of [
            ...planReminders(p, today, units),
            ...planManualReminders(p, today, units),
          ]) {
            const key = `${r.userId}|${r.unitId}|${r.kind}|${today}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
            expect(r.dedupeKey).toBe(`${r.kind}:${p.id}:${r.unitId}:${today}`);
          }
        }
      }),
    );
  });

  it('a unit that submits on some day hears nothing more from then on', () => {
    fc.assert(
      fc.property(periodArb, fc.integer({ min: 0, max: 130 }), (p, submitOffset) => {
        const submittedOn = addDays(p.opensOn, submitOffset);
        const days = daysBetween(p.opensOn, p.closesOn);
        let dueCount = 0;
        for (let day = 0; day <= days; day++) {
          const today = addDays(p.opensOn, day);
          const state: ReportState = today >= submittedOn ? 'submitted' : 'draft';
          const r = scheduledReminder(p, state, today);
          if (today >= submittedOn) expect(r).toBeNull();
          if (r?.kind === 'report_due') {
            dueCount += 1;
            expect(today < p.deadline).toBe(true);
          }
          if (r?.kind === 'report_overdue') expect(today > p.deadline).toBe(true);
        }
        expect(dueCount).toBeLessThanOrEqual(3);
      }),
    );
  });
});
