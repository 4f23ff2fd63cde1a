import { describe, expect, it } from 'vitest';
import { actorWith } from '../../test/support/actors.ts';
import { abilities } from './actor.ts';
import { targetPolicy, type TargetSubject } from './targets.ts';

// Scopes as the session would expand them: a grant on the root covers every unit.
const root = 'root';
const dept = 'so-tc';
const other = 'so-xd';
const province: TargetSubject = { rootUnitId: root, unitId: null, assignedToUnit: false };
const deptAssigned: TargetSubject = { rootUnitId: root, unitId: dept, assignedToUnit: true };
const deptUnassigned: TargetSubject = { rootUnitId: root, unitId: dept, assignedToUnit: false };

const actors = {
  office: actorWith('office', { emulation_office: [root, dept, other] }),
  deptOffice: actorWith('deptOffice', { emulation_office: [dept] }),
  admin: actorWith('admin', { admin: [root, dept, other] }),
  deptOfficer: actorWith('deptOfficer', { unit_officer: [dept] }),
  deptHead: actorWith('deptHead', { unit_head: [dept] }),
  otherOfficer: actorWith('otherOfficer', { unit_officer: [other] }),
  leader: actorWith('leader', { leader: [root, dept, other] }),
};

type Row = [keyof typeof actors, TargetSubject, { enterActual: boolean; assign: boolean }];
const matrix: Row[] = [
  ['office', province, { enterActual: true, assign: true }],
  ['office', deptAssigned, { enterActual: true, assign: true }],
  ['deptOffice', province, { enterActual: false, assign: false }],
  ['admin', province, { enterActual: false, assign: false }],
  ['leader', province, { enterActual: false, assign: false }],
  ['deptOfficer', province, { enterActual: false, assign: false }],
  ['deptOfficer', deptAssigned, { enterActual: true, assign: false }],
  ['deptOfficer', deptUnassigned, { enterActual: false, assign: false }],
  ['deptHead', deptAssigned, { enterActual: true, assign: false }],
  ['otherOfficer', deptAssigned, { enterActual: false, assign: false }],
];

describe('target policy matrix (role × scope × action)', () => {
  it.each(matrix)('%s on %j', (who, subject, expected) => {
    expect(abilities(targetPolicy, actors[who], subject)).toEqual({ read: true, ...expected });
  });
});
