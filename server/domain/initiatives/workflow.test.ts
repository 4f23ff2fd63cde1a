import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognitionLevels } from '../../../shared/commendations/catalogue.ts';
import { initiativeStatuses } from '../../../shared/contracts/initiatives.ts';
import {
  allowedActions,
  transition,
  type InitiativeAction,
  type InitiativeState,
} from './workflow.ts';

const fresh: InitiativeState = {
  status: 'submitted',
  level: null,
  recognisedOn: null,
  decisionNumber: null,
  scope: null,
};
const recognise: InitiativeAction = {
  kind: 'recognise',
  level: 'base',
  date: '2024-11-20',
  decisionNumber: '12/QĐ-HĐSK',
  scope: 'Sở Nội vụ',
};

describe('initiative workflow', () => {
  it('goes submitted → under_review → recognised with level, date, decision and scope', () => {
    const reviewed = transition(fresh, { kind: 'review' }, '2025-01-01');
    expect(reviewed).toEqual({ ok: true, state: { ...fresh, status: 'under_review' } });
    if (!reviewed.ok) return;
    const done = transition(reviewed.state, recognise, '2025-01-01');
    expect(done).toEqual({
      ok: true,
      state: {
        status: 'recognised',
        level: 'base',
        recognisedOn: '2024-11-20',
        decisionNumber: '12/QĐ-HĐSK',
        scope: 'Sở Nội vụ',
      },
    });
  });

  it.each([
    ['submitted', 'recognise'],
    ['recognised', 'review'],
    ['recognised', 'reject'],
    ['rejected', 'review'],
  ] as const)('refuses %s → %s', (status, kind) => {
    const action = kind === 'recognise' ? recognise : ({ kind } as InitiativeAction);
    expect(transition({ ...fresh, status }, action, '2025-01-01')).toEqual({
      ok: false,
      error: 'invalid_transition',
    });
  });

  it('refuses a recognition dated in the future', () => {
    expect(transition({ ...fresh, status: 'under_review' }, recognise, '2024-11-19')).toEqual({
      ok: false,
      error: 'date_in_future',
    });
  });

  it('property: no sequence of actions reaches recognised without passing under_review', () => {
    const action = fc.oneof(
      fc.constant<InitiativeAction>({ kind: 'review' }),
      fc.constant<InitiativeAction>({ kind: 'reject' }),
      fc.constantFrom(...recognitionLevels).map<InitiativeAction>((level) => ({
        ...recognise,
        level,
      })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), (actions) => {
        let state = fresh;
        const seen = new Set([state.status]);
        for (const a of actions) {
          const r = transition(state, a, '2030-01-01');
          if (r.ok) {
            if (r.state.status === 'recognised') expect(seen.has('under_review')).toBe(true);
            state = r.state;
            seen.add(state.status);
          } else expect(allowedActions(state.status)).not.toContain(a.kind);
        }
        expect(initiativeStatuses).toContain(state.status);
      }),
    );
  });
});
