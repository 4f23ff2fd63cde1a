import { describe, expect, it } from 'vitest';
import { actorWith } from '../../test/support/actors.ts';
import { abilities } from './actor.ts';
import {
  periodPolicy,
  pledgePolicy,
  registrationPolicy,
  type PledgeSubject,
  type RegistrationSubject,
} from './registrations.ts';

const root = 'root';
const dept = 'so-xd';
const other = 'so-tc';
const none: RegistrationSubject = { rootUnitId: root, unitId: dept, status: null };
const draft: RegistrationSubject = { ...none, status: 'draft' };
const submitted: RegistrationSubject = { ...none, status: 'submitted' };

const actors = {
  office: actorWith('office', { emulation_office: [root, dept, other] }),
  deptOffice: actorWith('deptOffice', { emulation_office: [dept] }),
  admin: actorWith('admin', { admin: [root, dept, other] }),
  head: actorWith('head', { unit_head: [dept] }),
  officer: actorWith('officer', { unit_officer: [dept] }),
  otherHead: actorWith('otherHead', { unit_head: [other] }),
};

type Abilities = { read: boolean; save: boolean; submit: boolean };
const matrix: [keyof typeof actors, RegistrationSubject, Abilities][] = [
  ['head', none, { read: true, save: true, submit: false }],
  ['head', draft, { read: true, save: true, submit: true }],
  ['head', submitted, { read: true, save: false, submit: false }],
  ['officer', draft, { read: true, save: true, submit: false }],
  ['officer', submitted, { read: true, save: false, submit: false }],
  ['office', draft, { read: true, save: false, submit: false }],
  ['deptOffice', draft, { read: true, save: false, submit: false }],
  ['admin', draft, { read: true, save: false, submit: false }],
  ['otherHead', draft, { read: false, save: false, submit: false }],
];

describe('registration policy matrix (role × scope × action)', () => {
  it.each(matrix)('%s on %j', (who, subject, expected) => {
    expect(abilities(registrationPolicy, actors[who], subject)).toEqual(expected);
  });
});

describe('period policy', () => {
  it.each([
    ['office', true],
    ['deptOffice', false],
    ['admin', false],
    ['head', false],
  ] as const)('%s may open periods and see the overview: %s', (who, allowed) => {
    expect(abilities(periodPolicy, actors[who], { rootUnitId: root })).toEqual({
      read: true,
      create: allowed,
      overview: allowed,
    });
  });
});

describe('pledge policy matrix', () => {
  const base: PledgeSubject = {
    rootUnitId: root,
    headUnitId: dept,
    memberUnitIds: [dept, other],
    exists: true,
    anySigned: false,
    unsignedUnitIds: [dept, other],
  };
  const signed: PledgeSubject = { ...base, anySigned: true, unsignedUnitIds: [other] };
  const rows: [keyof typeof actors, PledgeSubject, Record<string, boolean>][] = [
    ['office', base, { read: true, draft: true, sign: false }],
    ['head', base, { read: true, draft: true, sign: true }],
    ['officer', base, { read: true, draft: true, sign: false }],
    ['otherHead', base, { read: true, draft: false, sign: true }],
    ['head', signed, { read: true, draft: false, sign: false }],
    ['otherHead', signed, { read: true, draft: false, sign: true }],
    ['admin', base, { read: true, draft: false, sign: false }],
    ['head', { ...base, exists: false }, { read: true, draft: true, sign: false }],
  ];
  it.each(rows)('%s on %j', (who, subject, expected) => {
    expect(abilities(pledgePolicy, actors[who], subject)).toEqual(expected);
  });
});
