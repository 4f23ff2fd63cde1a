import { describe, expect, it } from 'vitest';
import { actorWith } from '../../test/support/actors.ts';
import type { ReportStatus } from '../../shared/contracts/reports.ts';
import { abilities } from './actor.ts';
import { reportPeriodPolicy, reportPolicy, rollupPolicy, type ReportSubject } from './reports.ts';

const root = 'root';
const district = 'district';
const commune = 'commune';
const other = 'other';
const open = { today: '2026-11-01', opensOn: '2026-10-01', closesOn: '2027-01-31' };
const subject = (status: ReportStatus | null, dates = open): ReportSubject => ({
  rootUnitId: root,
  unitId: commune,
  parentId: district,
  status,
  ...dates,
});
const closed = { ...open, today: '2027-02-01' };
const notOpen = { ...open, today: '2026-09-01' };

// Scopes as loadScope expands them: a grant covers its subtree.
const actors = {
  office: actorWith('office', { emulation_office: [root, district, commune, other] }),
  leader: actorWith('leader', { leader: [root, district, commune, other] }),
  admin: actorWith('admin', { admin: [root, district, commune, other] }),
  head: actorWith('head', { unit_head: [commune] }),
  officer: actorWith('officer', { unit_officer: [commune] }),
  districtHead: actorWith('districtHead', { unit_head: [district, commune] }),
  districtOfficer: actorWith('districtOfficer', { unit_officer: [district, commune] }),
  otherHead: actorWith('otherHead', { unit_head: [other] }),
};

type Row = [keyof typeof actors, ReportSubject, string];
// Expected abilities, in the policy's order: read save upload submit return accept reopen import notifyReady.
const matrix: Row[] = [
  ['head', subject(null), 'RSU----i-'],
  ['head', subject('draft'), 'RSUs---i-'],
  ['head', subject('returned'), 'RSUs---i-'],
  ['head', subject('submitted'), 'R--------'],
  ['head', subject('accepted'), 'R--------'],
  ['head', subject('draft', closed), 'R--------'],
  ['head', subject('draft', notOpen), 'R--------'],
  ['officer', subject('draft'), 'RSU----in'],
  ['officer', subject('submitted'), 'R--------'],
  ['districtHead', subject('draft'), 'RSUs---i-'],
  ['districtHead', subject('submitted'), 'R---ra---'],
  ['districtHead', subject('accepted'), 'R--------'],
  ['districtOfficer', subject('submitted'), 'R--------'],
  ['office', subject('draft'), 'R------i-'],
  ['office', subject(null), 'R------i-'],
  ['office', subject('draft', closed), 'R--------'],
  ['office', subject('submitted'), 'R---ra---'],
  ['office', subject('accepted'), 'R-----o--'],
  ['office', subject('accepted', closed), 'R--------'],
  ['leader', subject('submitted'), 'R--------'],
  ['admin', subject('submitted'), 'R--------'],
  ['otherHead', subject('submitted'), '---------'],
  ['otherHead', subject('draft'), '---------'],
];
const letters = ['R', 'S', 'U', 's', 'r', 'a', 'o', 'i', 'n'];

describe('report policy matrix (role × scope × action)', () => {
  it.each(matrix)('%s on %j → %s', (who, s, expected) => {
    const got = Object.values(abilities(reportPolicy, actors[who], s))
      .map((v, i) => (v ? letters[i] : '-'))
      .join('');
    expect(got).toBe(expected);
  });

  it('nobody reviews a report they submitted, though their grant covers both sides', () => {
    const sent = { ...subject('submitted'), submittedBy: 'districtHead' };
    expect(reportPolicy.submit(actors.districtHead, subject('draft'))).toBe(true);
    expect(reportPolicy.accept(actors.districtHead, sent)).toBe(false);
    expect(reportPolicy.return(actors.districtHead, sent)).toBe(false);
    expect(reportPolicy.accept(actors.office, sent)).toBe(true);
    expect(reportPolicy.accept(actors.districtHead, { ...sent, submittedBy: 'head' })).toBe(true);
  });

  it('the head of a unit never reviews its own report, even when it also heads the parent', () => {
    const both = actorWith('both', { unit_head: [district, commune] });
    both.grants.push({ id: 'g2', role: 'unit_head', unitId: commune });
    expect(reportPolicy.accept(both, subject('submitted'))).toBe(false);
  });
});

describe('period and roll-up policies', () => {
  it.each([
    ['office', { create: true, update: true, board: true, remind: true, documents: true }],
    ['leader', { create: false, update: false, board: true, remind: false, documents: true }],
    [
      'districtHead',
      { create: false, update: false, board: true, remind: false, documents: false },
    ],
    ['officer', { create: false, update: false, board: false, remind: false, documents: false }],
    ['admin', { create: false, update: false, board: false, remind: false, documents: false }],
  ] as const)('%s on a period', (who, expected) => {
    expect(abilities(reportPeriodPolicy, actors[who], { rootUnitId: root })).toEqual({
      read: true,
      ...expected,
    });
  });

  it.each([
    ['office', root, true],
    ['leader', district, true],
    ['districtHead', district, true],
    ['districtOfficer', district, true],
    ['head', district, false],
    ['otherHead', commune, false],
    ['admin', root, false],
  ] as const)('%s rolls up %s: %s', (who, unitId, expected) => {
    expect(rollupPolicy.read(actors[who], { rootUnitId: root, unitId })).toBe(expected);
  });
});
