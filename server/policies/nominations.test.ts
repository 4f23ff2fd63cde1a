import { describe, expect, it } from 'vitest';
import { dossierActions } from '../../shared/nominations.ts';
import { actorWith } from '../../test/support/actors.ts';
import { councilPolicy, dossierPolicy, mayStep, type DossierSubject } from './nominations.ts';

const d = (state: DossierSubject['state']): DossierSubject => ({
  rootUnitId: 'root',
  unitId: 'commune',
  superiorUnitId: 'district',
  state,
});
const office = actorWith('office', { emulation_office: ['root', 'district', 'commune'] });
const officer = actorWith('officer', { unit_officer: ['commune'] });
const superior = actorWith('superior', { unit_head: ['district', 'commune'] });
const other = actorWith('other', { unit_officer: ['elsewhere'] });
const leader = actorWith('leader', { leader: ['root'] });
const member = actorWith('member', { council_member: ['root'] });

describe('who takes each step', () => {
  const matrix: [string, typeof office, Record<string, boolean>][] = [
    ['officer', officer, { submit: true, approve: false, post: false, decide: false }],
    ['superior', superior, { submit: true, approve: true, post: false, decide: false }],
    ['office', office, { submit: true, approve: false, post: true, decide: false }],
    ['leader', leader, { submit: false, approve: false, post: false, decide: true }],
    ['member', member, { submit: false, approve: false, post: false, decide: false }],
    ['other', other, { submit: false, approve: false, post: false, decide: false }],
  ];
  it.each(matrix)('%s', (_, a, expected) => {
    for (const [action, ok] of Object.entries(expected))
      expect(mayStep(a, d('draft'), action as never), action).toBe(ok);
  });
  it('a superior returns or rejects only what is with it; the council step is nobody’s', () => {
    expect(mayStep(superior, d('at_superior'), 'return')).toBe(true);
    expect(mayStep(superior, d('at_office'), 'return')).toBe(false);
    expect(mayStep(office, d('at_office'), 'return')).toBe(true);
    for (const a of [office, superior, leader, member])
      expect(mayStep(a, d('in_council'), 'council_result')).toBe(false);
    expect(dossierActions.length).toBe(10);
  });
  it('reading and filing', () => {
    expect(dossierPolicy.read(other, d('draft'))).toBe(false);
    expect(dossierPolicy.read(member, d('draft'))).toBe(true);
    expect(dossierPolicy.file(officer, d('draft'))).toBe(true);
    expect(dossierPolicy.file(superior, { ...d('draft'), unitId: 'x' })).toBe(false);
    expect(councilPolicy.vote(member)).toBe(true);
    expect(councilPolicy.vote(office)).toBe(false);
    expect(councilPolicy.readComments(officer, { rootUnitId: 'root' })).toBe(false);
  });
});
