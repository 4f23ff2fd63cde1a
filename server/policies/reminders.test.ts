import { describe, expect, it } from 'vitest';
import { actorWith } from '../../test/support/actors.ts';
import { abilities } from './actor.ts';
import { mayRemindSomeone, remindPolicy } from './reminders.ts';

const root = 'root';
const district = 'huyen';
const commune = 'xa';
const dept = 'so-xd';

const actors = {
  office: actorWith('office', { emulation_office: [root, district, commune, dept] }),
  deptOffice: actorWith('deptOffice', { emulation_office: [dept] }),
  admin: actorWith('admin', { admin: [root, district, commune, dept] }),
  leader: actorWith('leader', { leader: [root, district, commune, dept] }),
  districtHead: actorWith('districtHead', { unit_head: [district, commune] }),
  districtOfficer: actorWith('districtOfficer', { unit_officer: [district, commune] }),
  communeHead: actorWith('communeHead', { unit_head: [commune] }),
  deptHead: actorWith('deptHead', { unit_head: [dept] }),
};

const matrix: [keyof typeof actors, string, boolean][] = [
  ['office', dept, true],
  ['office', commune, true],
  ['deptOffice', dept, false],
  ['admin', commune, false],
  ['leader', commune, false],
  ['districtHead', commune, true],
  ['districtHead', district, false],
  ['districtHead', dept, false],
  ['districtOfficer', commune, false],
  ['communeHead', commune, false],
  ['deptHead', dept, false],
  ['deptHead', commune, false],
];

describe('remind policy matrix (role × scope × action)', () => {
  it.each(matrix)('%s reminding %s: %s', (who, unitId, allowed) => {
    expect(abilities(remindPolicy, actors[who], { rootUnitId: root, unitId })).toEqual({
      read: true,
      remind: allowed,
    });
  });

  it.each([
    ['office', true],
    ['districtHead', true],
    ['deptHead', true],
    ['districtOfficer', false],
    ['deptOffice', false],
    ['admin', false],
  ] as const)('%s may remind someone: %s', (who, allowed) => {
    expect(mayRemindSomeone(actors[who], root)).toBe(allowed);
  });
});
