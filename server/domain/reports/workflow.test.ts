import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportStatus } from '../../../shared/contracts/reports.ts';
import { periodLabel, referenceDateOf, checkPeriod, startDateOf } from './periods.ts';
import { boardStatus, countBoard, leastAdvanced, submittedLate } from './status.ts';
import { reportActions, transition, type ReportAction } from './workflow.ts';

const open = { today: '2026-11-01', opensOn: '2026-10-01', closesOn: '2027-01-31' };

describe('transition', () => {
  it.each<[ReportStatus | null, ReportAction, ReportStatus | string]>([
    [null, 'save', 'draft'],
    ['draft', 'save', 'draft'],
    ['returned', 'save', 'returned'],
    ['submitted', 'save', 'wrong_status'],
    ['accepted', 'save', 'wrong_status'],
    [null, 'submit', 'wrong_status'],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'submit', 'wrong_status'],
    ['submitted', 'return', 'returned'],
    ['draft', 'return', 'wrong_status'],
    ['submitted', 'accept', 'accepted'],
    ['returned', 'accept', 'wrong_status'],
    ['accepted', 'reopen', 'returned'],
    ['submitted', 'reopen', 'wrong_status'],
  ])('%s --%s--> %s', (from, action, expected) => {
    const out = transition(from, action, open);
    expect(out.ok ? out.status : out.error).toBe(expected);
  });

  it('locks everything after the closing day and refuses writing before the opening day', () => {
    for (const action of reportActions)
      expect(transition('submitted', action, { ...open, today: '2027-02-01' })).toEqual({
        ok: false,
        error: 'period_locked',
      });
    expect(transition(null, 'save', { ...open, today: '2026-09-30' })).toEqual({
      ok: false,
      error: 'period_not_open',
    });
    expect(transition('accepted', 'reopen', { ...open, today: '2027-01-31' }).ok).toBe(true);
  });

  it('property: no sequence of actions reaches accepted without passing through submitted', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...reportActions), { maxLength: 30 }), (actions) => {
        let status: ReportStatus | null = null;
        let submittedSinceReturn = false;
        for (const action of actions) {
          const out = transition(status, action, open);
          if (!out.ok) continue;
          if (out.status === 'submitted') submittedSinceReturn = true;
          if (out.status === 'returned' || out.status === 'draft') submittedSinceReturn = false;
          if (out.status === 'accepted') expect(status).toBe('submitted');
          if (out.status === 'accepted') expect(submittedSinceReturn).toBe(true);
          status = out.status;
        }
      }),
    );
  });

  it('property: a locked period never changes a status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ReportStatus | null>(null, 'draft', 'submitted', 'returned', 'accepted'),
        fc.constantFrom(...reportActions),
        (status, action) => {
          expect(transition(status, action, { ...open, today: '2027-03-01' }).ok).toBe(false);
        },
      ),
    );
  });
});

describe('board status', () => {
  it.each<[ReportStatus | null, string, string]>([
    [null, '2026-12-15', 'not_started'],
    [null, '2026-12-16', 'late'],
    ['draft', '2026-12-16', 'late'],
    ['returned', '2026-12-16', 'late'],
    ['returned', '2026-12-15', 'returned'],
    ['submitted', '2026-12-16', 'submitted'],
    ['accepted', '2027-01-10', 'accepted'],
  ])('%s on %s is %s', (status, today, expected) => {
    expect(boardStatus(status, '2026-12-15', today)).toBe(expected);
  });

  it('flags a first submission after the deadline as late', () => {
    expect(submittedLate('2026-12-16', '2026-12-15')).toBe(true);
    expect(submittedLate('2026-12-15', '2026-12-15')).toBe(false);
    expect(submittedLate(null, '2026-12-15')).toBe(false);
  });

  it('property: counts per status add up to the number of units', () => {
    const statuses = fc.constantFrom<ReportStatus | null>(
      null,
      'draft',
      'submitted',
      'returned',
      'accepted',
    );
    fc.assert(
      fc.property(fc.array(statuses), fc.boolean(), (list, pastDeadline) => {
        const counts = countBoard(
          list.map((s) => boardStatus(s, '2026-12-15', pastDeadline ? '2026-12-20' : '2026-12-01')),
        );
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(list.length);
        if (!pastDeadline) expect(counts.late).toBe(0);
      }),
    );
  });

  it('a merged unit is as far along as its slowest predecessor', () => {
    expect(leastAdvanced(['accepted', 'submitted'])).toBe('submitted');
    expect(leastAdvanced(['accepted', 'draft', 'returned'])).toBe('draft');
    expect(leastAdvanced([])).toBeNull();
  });
});

describe('periods', () => {
  it('derives the reference date, the first day and the label', () => {
    expect(referenceDateOf({ year: 2026, kind: 'year', half: 0 })).toBe('2026-12-31');
    expect(referenceDateOf({ year: 2026, kind: 'half', half: 1 })).toBe('2026-06-30');
    expect(startDateOf({ year: 2026, kind: 'half', half: 2 })).toBe('2026-07-01');
    expect(periodLabel({ year: 2026, kind: 'half', half: 2 }).vi).toBe('6 tháng cuối năm 2026');
  });

  it('checks the dates, the half and the movement years', () => {
    const base = {
      year: 2026,
      kind: 'year' as const,
      half: 0,
      opensOn: '2026-11-01',
      deadline: '2026-12-15',
      closesOn: '2027-01-31',
    };
    const movement = { startYear: 2022, endYear: 2030 };
    expect(checkPeriod(base, movement)).toEqual({});
    const bad = checkPeriod(
      {
        ...base,
        year: 2031,
        kind: 'half',
        half: 3,
        deadline: '2026-10-01',
        closesOn: '2026-09-01',
      },
      movement,
    );
    expect(Object.keys(bad).sort()).toEqual(['closesOn', 'deadline', 'half', 'year']);
  });
});
