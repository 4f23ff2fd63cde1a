import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dossierActions, dossierStates, type DossierState } from '../../../shared/nominations.ts';
import {
  allowedSteps,
  chainFrom,
  terminalStates,
  transition,
  type ChainContext,
  type ChainStep,
} from './chain.ts';

const ctx = (over: Partial<ChainContext> = {}): ChainContext => ({
  requiresCouncil: true,
  aboveProvince: false,
  hasSuperior: true,
  postingEnded: true,
  ...over,
});

const step = (kind: (typeof dossierActions)[number], passed = true): ChainStep => {
  switch (kind) {
    case 'return':
      return { kind, reasons: { achievement_report: 'Thiếu số liệu năm 2025' } };
    case 'reject':
      return { kind, reason: 'Không đủ tiêu chuẩn' };
    case 'council_result':
      return { kind, passed };
    case 'record_central':
      return { kind, awarded: passed };
    default:
      return { kind };
  }
};

describe('the chain', () => {
  const table: [DossierState, ChainStep, Partial<ChainContext>, DossierState][] = [
    ['draft', step('submit'), {}, 'at_superior'],
    ['draft', step('submit'), { hasSuperior: false }, 'at_office'],
    ['returned', step('submit'), {}, 'at_superior'],
    ['at_superior', step('approve'), {}, 'at_office'],
    ['at_superior', step('return'), {}, 'returned'],
    ['at_office', step('return'), {}, 'returned'],
    ['at_superior', step('reject'), {}, 'rejected'],
    ['at_office', step('reject'), {}, 'rejected'],
    ['posted', step('reject'), {}, 'rejected'],
    ['in_council', step('reject'), {}, 'rejected'],
    ['at_office', step('post'), {}, 'posted'],
    ['posted', step('to_council'), {}, 'in_council'],
    ['posted', step('propose'), { requiresCouncil: false }, 'proposed'],
    [
      'posted',
      step('propose'),
      { requiresCouncil: false, aboveProvince: true },
      'forwarded_central',
    ],
    ['in_council', step('council_result'), {}, 'proposed'],
    ['in_council', step('council_result'), { aboveProvince: true }, 'forwarded_central'],
    ['in_council', step('council_result', false), {}, 'not_passed'],
    ['forwarded_central', step('record_central'), { aboveProvince: true }, 'central_awarded'],
    [
      'forwarded_central',
      step('record_central', false),
      { aboveProvince: true },
      'central_declined',
    ],
    ['proposed', step('decide'), {}, 'decided'],
  ];
  it.each(table)('%s —%o→ %s', (from, s, over, to) => {
    expect(transition(from, s, ctx(over))).toEqual({ ok: true, state: to });
  });

  it('refuses every action from a state it does not start from', () => {
    for (const state of dossierStates)
      for (const action of dossierActions)
        if (!chainFrom[action].includes(state))
          expect(transition(state, step(action), ctx())).toEqual({
            ok: false,
            error: 'chain_illegal',
            params: { state, action },
          });
  });

  it('terminal states accept nothing', () => {
    for (const state of terminalStates) expect(allowedSteps(state, ctx())).toEqual([]);
  });

  it('a return needs a reason for some component; a rejection needs a reason', () => {
    expect(
      transition('at_office', { kind: 'return', reasons: { submission: '  ' } }, ctx()),
    ).toMatchObject({
      ok: false,
      error: 'chain_reason_required',
    });
    expect(transition('posted', { kind: 'reject', reason: '' }, ctx())).toMatchObject({
      ok: false,
      error: 'chain_reason_required',
    });
  });

  it('a form the Council votes on cannot be proposed without it, nor sent before posting ends', () => {
    expect(transition('posted', step('propose'), ctx())).toMatchObject({
      error: 'chain_council_required',
    });
    expect(transition('posted', step('to_council'), ctx({ postingEnded: false }))).toMatchObject({
      error: 'chain_posting_open',
    });
    expect(allowedSteps('posted', ctx({ postingEnded: false }))).toEqual(['reject']);
  });

  it('property: no path reaches decided without the Council when the form requires it', () => {
    fc.assert(
      fc.property(
        fc.record({
          requiresCouncil: fc.boolean(),
          aboveProvince: fc.boolean(),
          hasSuperior: fc.boolean(),
          postingEnded: fc.boolean(),
        }),
        fc.array(fc.tuple(fc.constantFrom(...dossierActions), fc.boolean()), { maxLength: 30 }),
        (context, steps) => {
          let state: DossierState = 'draft';
          let councilVoted = false;
          for (const [action, flag] of steps) {
            const r = transition(state, step(action, flag), context);
            if (!r.ok) continue;
            if (action === 'council_result') councilVoted = true;
            state = r.state;
            if (state === 'decided' || state === 'proposed' || state === 'forwarded_central')
              if (context.requiresCouncil) expect(councilVoted).toBe(true);
            if (state === 'decided') expect(context.aboveProvince).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
