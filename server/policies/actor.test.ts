import { describe, expect, it } from 'vitest';
import { actorWith } from '../../test/support/actors.ts';
import { isOffice } from './actor.ts';

// Scopes as the session expands them: a grant on the root covers the root and every unit under it.
const root = 'province';
const dept = 'so-nv';
const commune = 'xa-ta-tong';

type Grants = Parameters<typeof actorWith>[1];

describe('isOffice: the emulation office is the one granted on the root unit', () => {
  it.each<[string, Grants, boolean]>([
    ['emulation_office on the root', { emulation_office: [root, dept, commune] }, true],
    ['emulation_office on a department', { emulation_office: [dept] }, false],
    ['emulation_office on a commune', { emulation_office: [commune] }, false],
    ['admin on the root', { admin: [root, dept, commune] }, false],
    ['leader on the root', { leader: [root, dept, commune] }, false],
    ['unit head of a department', { unit_head: [dept] }, false],
  ])('%s → %s', (_label, grants, expected) => {
    expect(isOffice(actorWith('a', grants), root)).toBe(expected);
  });

  it('an office granted on another root (another tenant) is not this one', () => {
    expect(isOffice(actorWith('a', { emulation_office: ['other-root'] }), root)).toBe(false);
  });

  it('without a root unit (an empty tenant) nobody is the office', () => {
    const office = actorWith('a', { emulation_office: [root] });
    expect(isOffice(office, undefined)).toBe(false);
    expect(isOffice(office, null)).toBe(false);
  });
});
