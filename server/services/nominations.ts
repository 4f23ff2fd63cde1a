import { findAward } from '../../shared/commendations/catalogue.ts';
import type {
  CreateRoundBody,
  DossierStepBody,
  FileDossierBody,
} from '../../shared/contracts/nominations.ts';
import type { Eligibility } from '../../shared/contracts/eligibility.ts';
import { AppError, conflict, invalid, notFound } from '../../shared/errors.ts';
import type { DossierState } from '../../shared/nominations.ts';
import type { Deps } from '../deps.ts';
import { allowedSteps, transition, type ChainStep } from '../domain/nominations/chain.ts';
import { defaultDeadlines } from '../domain/nominations/deadlines.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { historyPolicy } from '../policies/commendations.ts';
import { dossierPolicy, isSuperiorOf, mayStep, roundPolicy } from '../policies/nominations.ts';
import * as people from '../repositories/commendations.ts';
import * as repo from '../repositories/nominations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';
import { checkSubject } from './commendations-eligibility.ts';
import { factsOf, requiredComponents, type DossierFacts } from './nominations-context.ts';

import { listProposals } from './nominations-proposals.ts';

export { listProposals };

/** The round's proposals for the office, the Council and the province's leaders. */
export async function proposalsOfRound(deps: Deps, actor: Actor, roundId: string) {
  authorize(roundPolicy, actor, 'board', await officeOf(deps, actor));
  await roundOf(deps, actor, roundId);
  return listProposals(deps, actor.tenantId, roundId);
}

export async function createRound(deps: Deps, actor: Actor, input: CreateRoundBody) {
  const office = await officeOf(deps, actor);
  authorize(roundPolicy, actor, 'manage', office);
  const d = defaultDeadlines(input.method, input.year, deps.today());
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertRound(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      name: input.name,
      method: input.method,
      year: input.year,
      fileBy: input.fileBy ?? d.fileBy,
      superiorDays: input.superiorDays ?? d.superiorDays,
      appraisalDays: input.appraisalDays ?? d.appraisalDays,
      postingDays: input.postingDays ?? d.postingDays,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'nomination_round.create',
      entityType: 'nomination_round',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export const listRounds = (deps: Deps, actor: Actor) => repo.listRounds(deps.db, actor.tenantId);

async function roundOf(deps: Deps, actor: Actor, id: string) {
  const round = await repo.findRound(deps.db, actor.tenantId, id);
  if (!round) throw notFound();
  return round;
}

/** Opens the round's public posting from `from` (default today) for its number of days. */
export async function openPosting(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { version: number; from?: string | undefined },
) {
  const round = await roundOf(deps, actor, id);
  authorize(roundPolicy, actor, 'manage', await officeOf(deps, actor));
  if (round.version !== input.version) throw conflict();
  return deps.db.transaction(async (tx) => {
    const updated = await repo.updateRound(tx, round, { postingFrom: input.from ?? deps.today() });
    if (!updated) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'nomination_round.open_posting',
      entityType: 'nomination_round',
      entityId: id,
      before: round,
      after: updated,
    });
    return updated;
  });
}

interface ResolvedSubject {
  name: string;
  unitId: string;
}

async function resolveSubject(
  deps: Deps,
  actor: Actor,
  kind: 'individual' | 'collective' | 'household',
  id: string,
): Promise<ResolvedSubject | undefined> {
  const t = actor.tenantId;
  if (kind === 'individual') {
    const p = await people.findPerson(deps.db, t, id);
    return p && { name: p.fullName, unitId: p.unitId };
  }
  if (kind === 'household') {
    const h = await people.findHousehold(deps.db, t, id);
    return h && { name: h.headName, unitId: h.unitId };
  }
  const name = (await unitNamesOn(deps.db, t, [id], deps.today())).get(id);
  return name === undefined ? undefined : { name, unitId: id };
}

/**
 * Files a dossier for a round: every subject checked live against the standards in force, a
 * not-eligible one carried only with a written justification; the tờ trình and the achievement
 * report are generated from data when not uploaded. The same idempotency key files once.
 */
export async function fileDossier(deps: Deps, actor: Actor, input: FileDossierBody) {
  const office = await officeOf(deps, actor);
  const again = await repo.findDossierByKey(deps.db, actor.tenantId, input.idempotencyKey);
  if (again) {
    authorize(dossierPolicy, actor, 'file', {
      ...office,
      unitId: again.unitId,
      superiorUnitId: undefined,
      state: again.state,
    });
    return { row: again, created: false };
  }
  const round = await repo.findRound(deps.db, actor.tenantId, input.roundId);
  if (!round) throw invalid({ roundId: { key: 'nomination_round_not_found' } });
  const award = findAward(input.awardCode);
  if (!award) throw invalid({ awardCode: { key: 'nomination_award_unknown' } });
  const unitName = (await unitNamesOn(deps.db, actor.tenantId, [input.unitId], deps.today())).get(
    input.unitId,
  );
  if (unitName === undefined) throw invalid({ unitId: { key: 'unit_not_found' } });
  authorize(dossierPolicy, actor, 'file', {
    ...office,
    unitId: input.unitId,
    superiorUnitId: undefined,
    state: 'draft' as const,
  });

  const today = deps.today();
  const subjects: {
    s: (typeof input.subjects)[number];
    found: ResolvedSubject;
    eligible: boolean;
  }[] = [];
  for (const [i, s] of input.subjects.entries()) {
    if (!award.subjects.includes(s.kind))
      throw invalid({ [`subjects.${i}.kind`]: { key: 'nomination_subject_kind' } });
    const found = await resolveSubject(deps, actor, s.kind, s.id);
    if (!found || !historyPolicy.read(actor, { ...office, unitId: found.unitId }))
      throw invalid({ [`subjects.${i}.id`]: { key: 'nomination_subject_not_found' } });
    const answer = await checkSubject(deps, actor, {
      subjectKind: s.kind,
      subjectId: s.id,
      award: award.code,
      date: today,
    });
    const eligible = answer.verdict === 'eligible';
    if (!eligible && !s.justification)
      throw invalid({
        [`subjects.${i}.justification`]: { key: 'nomination_justification_required' },
      });
    subjects.push({ s, found, eligible });
  }
  const given = new Set(input.components?.map((c) => c.code));
  const components = [...(input.components ?? [])];
  for (const code of ['submission', 'achievement_report'] as const)
    if (!given.has(code))
      components.push({ code, title: code === 'submission' ? 'Tờ trình' : 'Báo cáo thành tích' });

  return deps.db.transaction(async (tx) => {
    const id = deps.newId();
    const row = await repo.insertDossier(tx, {
      id,
      tenantId: actor.tenantId,
      roundId: round.id,
      unitId: input.unitId,
      awardCode: award.code,
      state: 'draft',
      stateSince: today,
      idempotencyKey: input.idempotencyKey,
      createdBy: actor.id,
    });
    const subjectRows = await repo.insertSubjects(
      tx,
      subjects.map(({ s, found, eligible }) => ({
        id: deps.newId(),
        tenantId: actor.tenantId,
        dossierId: id,
        subjectKind: s.kind,
        subjectId: s.id,
        displayName: found.name,
        statCategory: s.statCategory,
        achievementSummary: s.achievementSummary,
        eligibleAtFiling: eligible,
        justification: s.justification ?? null,
      })),
    );
    const componentRows = await repo.insertComponents(
      tx,
      components.map((c) => ({
        id: deps.newId(),
        tenantId: actor.tenantId,
        dossierId: id,
        code: c.code,
        source: c.fileSha256 ? ('uploaded' as const) : ('generated' as const),
        title: c.title,
        fileSha256: c.fileSha256 ?? null,
        votesFor: c.votesFor ?? null,
        votesTotal: c.votesTotal ?? null,
      })),
    );
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'dossier.file',
      entityType: 'dossier',
      entityId: id,
      after: { ...row, subjects: subjectRows, components: componentRows },
    });
    return { row, created: true };
  });
}

export interface DossierView {
  row: repo.DossierRow;
  unitName: string;
  facts: DossierFacts;
  subjects: (repo.SubjectRow & { eligibility: Eligibility | null })[];
  components: repo.ComponentRow[];
  steps: repo.StepRow[];
  allowed: ReturnType<typeof allowedSteps>;
}

async function load(deps: Deps, actor: Actor, id: string) {
  const row = await repo.findDossier(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  const round = (await repo.findRound(deps.db, actor.tenantId, row.roundId))!;
  const office = await officeOf(deps, actor);
  const facts = await factsOf(deps, office.rootUnitId, row, round);
  return { row, round, office, facts };
}

/** One dossier with its subjects' live eligibility, components, steps and the actor's next steps. */
export async function getDossier(deps: Deps, actor: Actor, id: string): Promise<DossierView> {
  const { row, facts } = await load(deps, actor, id);
  authorize(dossierPolicy, actor, 'read', facts.subject);
  const [subjectRows, components, steps, names] = await Promise.all([
    repo.subjectsOf(deps.db, actor.tenantId, [id]),
    repo.componentsOf(deps.db, actor.tenantId, id),
    repo.stepsOf(deps.db, actor.tenantId, id),
    unitNamesOn(deps.db, actor.tenantId, [row.unitId], deps.today()),
  ]);
  const subjects = [];
  for (const s of subjectRows) {
    let eligibility: Eligibility | null = null;
    try {
      eligibility = (await checkSubject(deps, actor, {
        subjectKind: s.subjectKind,
        subjectId: s.subjectId,
        award: row.awardCode,
        date: deps.today(),
      })) as Eligibility;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
    subjects.push({ ...s, eligibility });
  }
  const allowed = allowedSteps(row.state, facts.ctx).filter((a) =>
    mayStep(actor, facts.subject, a),
  );
  return {
    row,
    unitName: names.get(row.unitId) ?? '',
    facts,
    subjects,
    components,
    steps,
    allowed,
  };
}

function stepOf(body: DossierStepBody): ChainStep {
  switch (body.action) {
    case 'return':
      return { kind: 'return', reasons: body.reasons ?? {} };
    case 'reject':
      return { kind: 'reject', reason: body.reason ?? '' };
    case 'record_central':
      if (body.awarded === undefined) throw invalid({ awarded: { key: 'chain_outcome_required' } });
      return { kind: 'record_central', awarded: body.awarded };
    case 'council_result':
      return { kind: 'council_result', passed: false };
    default:
      return { kind: body.action };
  }
}

/** Moves a dossier one step on the chain (the Council's own step comes from a closed session). */
export async function stepDossier(deps: Deps, actor: Actor, id: string, body: DossierStepBody) {
  const { row, round, facts } = await load(deps, actor, id);
  authorize(dossierPolicy, actor, 'read', facts.subject);
  if (!mayStep(actor, facts.subject, body.action)) throw new AppError(403, 'forbidden');
  if (row.version !== body.version) throw conflict();
  if (body.action === 'post' && !round.postingFrom)
    throw new AppError(409, 'nomination_posting_not_open');
  const step = stepOf(body);
  const next = transition(row.state, step, facts.ctx);
  if (!next.ok) throw new AppError(409, next.error, undefined, next.params);
  if (body.action === 'submit') {
    const components = await repo.componentsOf(deps.db, actor.tenantId, id);
    const kinds = (await repo.subjectsOf(deps.db, actor.tenantId, [id])).map((s) => s.subjectKind);
    const missing = requiredComponents(facts.award, kinds).find(
      (c) => !components.some((x) => x.code === c),
    );
    if (missing)
      throw new AppError(409, 'nomination_component_missing', undefined, { code: missing });
  }
  return applyStep(deps, actor, row, next.state, body.action, {
    reason: body.reason ?? null,
    reasons: step.kind === 'return' ? step.reasons : undefined,
    centralOutcome:
      step.kind === 'record_central' ? (step.awarded ? 'awarded' : 'declined') : undefined,
  });
}

/** Writes a step: the new state, its history row, return reasons, and the audit entry. */
export async function applyStep(
  deps: Deps,
  actor: Actor,
  row: repo.DossierRow,
  to: DossierState,
  action: string,
  extra: {
    reason: string | null;
    reasons?: Record<string, string> | undefined;
    centralOutcome?: string | undefined;
  },
  tx0?: Parameters<Parameters<Deps['db']['transaction']>[0]>[0],
) {
  const run = async (tx: NonNullable<typeof tx0>) => {
    const updated = await repo.updateDossier(tx, row, {
      state: to,
      stateSince: deps.today(),
      ...(extra.centralOutcome ? { centralOutcome: extra.centralOutcome } : {}),
    });
    if (!updated) throw conflict();
    if (extra.reasons) await repo.setReturnReasons(tx, actor.tenantId, row.id, extra.reasons);
    else if (action === 'submit') await repo.setReturnReasons(tx, actor.tenantId, row.id, {});
    const reasonText =
      extra.reason ??
      (extra.reasons
        ? Object.entries(extra.reasons)
            .filter(([, v]) => v)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')
        : null);
    await repo.insertStep(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      dossierId: row.id,
      action,
      fromState: row.state,
      toState: to,
      reason: reasonText || null,
      actorId: actor.id,
      at: deps.clock(),
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: `dossier.${action}`,
      entityType: 'dossier',
      entityId: row.id,
      before: row,
      after: { ...updated, reasons: extra.reasons ?? null, reason: reasonText },
    });
    return updated;
  };
  return tx0 ? run(tx0) : deps.db.transaction(run);
}

export interface DossierListItem {
  row: repo.DossierRow;
  unitName: string;
  subjects: string[];
  deadline: string | undefined;
  overdue: boolean;
}

/**
 * Dossiers the actor may read, by round and state; `queue` keeps those waiting for this actor
 * as superior; `overdue` those past their step's limit.
 */
export async function listDossiers(
  deps: Deps,
  actor: Actor,
  filter: {
    roundId?: string | undefined;
    state?: DossierState | undefined;
    overdue?: boolean | undefined;
    queue?: boolean;
  },
): Promise<DossierListItem[]> {
  const office = await officeOf(deps, actor);
  const rows = await repo.listDossiers(deps.db, actor.tenantId, {
    ...(filter.roundId ? { roundId: filter.roundId } : {}),
    ...(filter.state
      ? { states: [filter.state] }
      : filter.queue
        ? { states: ['at_superior'] }
        : {}),
  });
  const rounds = new Map((await repo.listRounds(deps.db, actor.tenantId)).map((r) => [r.id, r]));
  const names = await unitNamesOn(
    deps.db,
    actor.tenantId,
    [...new Set(rows.map((r) => r.unitId))],
    deps.today(),
  );
  const subjects = await repo.subjectsOf(
    deps.db,
    actor.tenantId,
    rows.map((r) => r.id),
  );
  const out: DossierListItem[] = [];
  for (const row of rows) {
    const facts = await factsOf(deps, office.rootUnitId, row, rounds.get(row.roundId)!);
    if (!dossierPolicy.read(actor, facts.subject)) continue;
    if (filter.queue && !isSuperiorOf(actor, facts.subject)) continue;
    if (filter.overdue !== undefined && facts.overdue !== filter.overdue) continue;
    out.push({
      row,
      unitName: names.get(row.unitId) ?? '',
      subjects: subjects.filter((s) => s.dossierId === row.id).map((s) => s.displayName),
      deadline: facts.deadline,
      overdue: facts.overdue,
    });
  }
  return out;
}
