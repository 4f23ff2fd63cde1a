import type { PledgeResponse } from '../../shared/contracts/pledges.ts';
import type {
  Commitments,
  OverviewResponse,
  PeriodListResponse,
  PeriodResponse,
  RegistrationListResponse,
  RegistrationResponse,
} from '../../shared/contracts/registrations.ts';
import { abilities, hasRole, type Actor } from '../policies/actor.ts';
import {
  periodPolicy,
  pledgePolicy,
  registrationPolicy,
  type PeriodSubject,
} from '../policies/registrations.ts';
import type { PeriodRow } from '../repositories/registrations.ts';
import type { periodOverview } from '../services/registrations-overview.ts';
import type { PledgeView } from '../services/registrations-pledges.ts';
import type { RegistrationView } from '../services/registrations.ts';

export const presentPeriod = (p: PeriodRow): PeriodResponse => ({
  id: p.id,
  movementId: p.movementId,
  movementCode: p.movementCode,
  year: p.year,
  opensOn: p.opensOn,
  deadline: p.deadline,
});

/** The periods, and whether the actor may open one and follow who registered. */
export function presentPeriodList(
  actor: Actor,
  out: { periods: PeriodRow[]; subject: PeriodSubject },
): PeriodListResponse {
  return {
    periods: out.periods.map(presentPeriod),
    abilities: {
      create: periodPolicy.create(actor, out.subject),
      overview: periodPolicy.overview(actor, out.subject),
    },
  };
}

export function presentRegistration(actor: Actor, v: RegistrationView): RegistrationResponse {
  const r = v.row;
  return {
    periodId: v.periodId,
    unitId: v.unit.id,
    unitName: v.unit.name,
    unitKind: v.unit.kind,
    status: v.subject.status,
    criteriaSetId: r?.criteriaSetId ?? null,
    criteriaVersion: r?.criteriaVersion ?? null,
    commitments: (r?.commitments as Commitments | undefined) ?? null,
    submittedAt: r?.submittedAt?.toISOString() ?? null,
    version: r?.version ?? null,
    abilities: abilities(registrationPolicy, actor, v.subject),
    choices: v.choices.map((c) => ({
      criteriaSetId: c.set.id,
      criteriaVersion: c.number,
      code: c.set.code,
      kind: c.set.categoryId ? 'category' : 'sector',
      name: { vi: c.set.nameVi, en: c.set.nameEn },
    })),
  };
}

export function presentRegistrationList(
  actor: Actor,
  out: { period: PeriodRow; registrations: RegistrationView[]; mine: RegistrationView[] },
): RegistrationListResponse {
  return {
    period: presentPeriod(out.period),
    registrations: out.registrations.map((v) => presentRegistration(actor, v)),
    mine: out.mine.map((v) => presentRegistration(actor, v)),
  };
}

export function presentOverview(o: Awaited<ReturnType<typeof periodOverview>>): OverviewResponse {
  return {
    period: presentPeriod(o.period),
    counts: o.counts,
    rows: o.rows.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null })),
  };
}

export function presentPledge(actor: Actor, v: PledgeView): PledgeResponse {
  return {
    blockId: v.block.id,
    blockName: v.block.name,
    year: v.year,
    text: v.pledge?.text ?? null,
    version: v.pledge?.version ?? null,
    members: v.members.map((m) => ({ ...m, signedAt: m.signedAt?.toISOString() ?? null })),
    complete: v.completeness.complete,
    signableUnitIds: v.subject.exists
      ? v.subject.unsignedUnitIds.filter((u) => hasRole(actor, 'unit_head', u))
      : [],
    abilities: abilities(pledgePolicy, actor, v.subject),
  };
}
