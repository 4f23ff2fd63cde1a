import { describe, expect, it } from 'vitest';
import { actorWith } from '../../test/support/actors.ts';
import { wastePolicy, type WasteSubject } from './waste.ts';

const subject: WasteSubject = {
  rootUnitId: 'root',
  communeUnitId: 'c1',
  assignedUnitId: 'c1',
  officerIds: ['named'],
};

describe('waste policy: who reads the reporter', () => {
  const cases: [string, Parameters<typeof actorWith>[1], boolean][] = [
    ['office', { emulation_office: ['root', 'c1'] }, true],
    ['named', { unit_officer: ['c1'] }, true],
    ['unit officer not named', { unit_officer: ['c1'] }, false],
    ['unit head not named', { unit_head: ['c1'] }, false],
    ['supervisor of the area', { supervisor: ['c1'] }, false],
    ['department office', { emulation_office: ['dept'] }, false],
    ['leader', { leader: ['root', 'c1'] }, false],
    ['council', { council_member: ['root', 'c1'] }, false],
    ['admin', { admin: ['root', 'c1'] }, false],
    ['other commune officer', { unit_officer: ['c2'] }, false],
  ];
  it.each(cases)('%s → %s', (name, grants, expected) => {
    const id = name === 'named' ? 'named' : name;
    expect(wastePolicy.readReporter(actorWith(id, grants), subject)).toBe(expected);
  });

  it('supervisors read and comment on their area only; they do not conclude', () => {
    const sup = actorWith('s', { supervisor: ['c1'] });
    expect(wastePolicy.read(sup, subject)).toBe(true);
    expect(wastePolicy.comment(sup, subject)).toBe(true);
    expect(wastePolicy.conclude(sup, subject)).toBe(false);
    const other = actorWith('s2', { supervisor: ['c2'] });
    expect(wastePolicy.read(other, subject)).toBe(false);
  });
});
