import type { CreateSessionBody } from '../../shared/contracts/council.ts';
import { AppError, conflict, invalid, notFound } from '../../shared/errors.ts';
import type { BallotChoice } from '../../shared/nominations.ts';
import type { Deps } from '../deps.ts';
import { transition } from '../domain/nominations/chain.ts';
import { recusalOf } from '../domain/nominations/recusal.ts';
import { judgeTally, quorumMet, thresholdFor } from '../domain/nominations/thresholds.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { councilPolicy } from '../policies/nominations.ts';
import { findPerson } from '../repositories/commendations.ts';
import * as council from '../repositories/council.ts';
import { findUserById } from '../repositories/users.ts';
import * as repo from '../repositories/nominations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';
import { applyStep } from './nominations.ts';
import { factsOf } from './nominations-context.ts';

const audit = (deps: Deps, actor: Actor, action: string, entityId: string, after: unknown) => ({
  tenantId: actor.tenantId,
  actor: auditActor(actor),
  at: deps.clock(),
  action,
  entityType: 'council_session',
  entityId,
  after,
});

export async function addMember(
  deps: Deps,
  actor: Actor,
  input: {
    userId?: string | undefined;
    personId?: string | undefined;
    fullName: string;
    position: string;
    termFrom: string;
    termTo?: string | undefined;
  },
) {
  authorize(councilPolicy, actor, 'manage', await officeOf(deps, actor));
  if (input.userId && !(await findUserById(deps.db, actor.tenantId, input.userId)))
    throw invalid({ userId: { key: 'council_not_member' } });
  if (input.personId && !(await findPerson(deps.db, actor.tenantId, input.personId)))
    throw invalid({ personId: { key: 'nomination_subject_not_found' } });
  return deps.db.transaction(async (tx) => {
    const row = await council.insertMember(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      userId: input.userId ?? null,
      personId: input.personId ?? null,
      fullName: input.fullName,
      position: input.position,
      termFrom: input.termFrom,
      termTo: input.termTo ?? null,
    });
    await recordAudit(tx, {
      ...audit(deps, actor, 'council.member_add', row.id, row),
      entityType: 'council_member',
    });
    return row;
  });
}

export async function listMembers(deps: Deps, actor: Actor) {
  authorize(councilPolicy, actor, 'read', await officeOf(deps, actor));
  return council.membersOn(deps.db, actor.tenantId);
}

/** A session with its agenda: the nominees of dossiers that are with the Council. */
export async function createSession(deps: Deps, actor: Actor, input: CreateSessionBody) {
  authorize(councilPolicy, actor, 'manage', await officeOf(deps, actor));
  const round = await repo.findRound(deps.db, actor.tenantId, input.roundId);
  if (!round) throw invalid({ roundId: { key: 'nomination_round_not_found' } });
  const items: { subjectId: string; dossierId: string }[] = [];
  for (const [i, id] of input.dossierIds.entries()) {
    const d = await repo.findDossier(deps.db, actor.tenantId, id);
    if (!d || d.roundId !== round.id || d.state !== 'in_council')
      throw invalid({ [`dossierIds.${i}`]: { key: 'council_dossier_not_ready' } });
    for (const s of await repo.subjectsOf(deps.db, actor.tenantId, [id]))
      items.push({ subjectId: s.id, dossierId: id });
  }
  return deps.db.transaction(async (tx) => {
    const row = await council.insertSession(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      roundId: round.id,
      title: input.title,
      heldOn: input.heldOn,
      status: 'planned',
      quorumNum: input.quorumNum ?? 2,
      quorumDen: input.quorumDen ?? 3,
    });
    await council.insertAgenda(tx, actor.tenantId, row.id, items);
    await recordAudit(
      tx,
      audit(deps, actor, 'council.session_create', row.id, { ...row, agenda: items }),
    );
    return row;
  });
}

async function sessionOf(deps: Deps, actor: Actor, id: string) {
  const office = await officeOf(deps, actor);
  const row = await council.findSession(deps.db, actor.tenantId, id);
  if (!row || !councilPolicy.read(actor, office)) throw notFound();
  return { row, office };
}

/**
 * Opens a session: attendance of every member in term on the day, the quorum (default two
 * thirds, in person), and each member's recusals from the nominees on the agenda.
 */
export async function openSession(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { version: number; presentMemberIds: string[] },
) {
  const { row, office } = await sessionOf(deps, actor, id);
  authorize(councilPolicy, actor, 'manage', office);
  if (row.version !== input.version) throw conflict();
  if (row.status !== 'planned') throw new AppError(409, 'council_session_state');
  const members = await council.membersOn(deps.db, actor.tenantId, row.heldOn);
  const present = new Set(input.presentMemberIds);
  const presentCount = members.filter((m) => present.has(m.id)).length;
  if (!quorumMet(presentCount, members.length, row.quorumNum, row.quorumDen))
    throw new AppError(409, 'council_quorum', undefined, {
      present: presentCount,
      total: members.length,
      needed: Math.ceil((members.length * row.quorumNum) / row.quorumDen),
    });
  const agenda = await council.agendaOf(deps.db, actor.tenantId, id);
  const heads = await council.headedUnits(deps.db, actor.tenantId);
  const recusals: {
    tenantId: string;
    sessionId: string;
    subjectId: string;
    memberId: string;
    reason: string;
  }[] = [];
  for (const item of agenda) {
    const d = (await repo.findDossier(deps.db, actor.tenantId, item.dossierId))!;
    const s = (await repo.findSubject(deps.db, actor.tenantId, item.subjectId))!;
    for (const m of members) {
      const reason = recusalOf(
        {
          id: m.id,
          userId: m.userId,
          personId: m.personId,
          headsUnits: heads.filter((h) => h.userId === m.userId).map((h) => h.unitId),
        },
        {
          filedBy: d.createdBy,
          unitId: d.unitId,
          subjectKind: s.subjectKind,
          subjectId: s.subjectId,
        },
      );
      if (reason)
        recusals.push({
          tenantId: actor.tenantId,
          sessionId: id,
          subjectId: s.id,
          memberId: m.id,
          reason,
        });
    }
  }
  return deps.db.transaction(async (tx) => {
    const updated = await council.updateSession(tx, row, {
      status: 'open',
      totalMembers: members.length,
    });
    if (!updated) throw conflict();
    await council.insertAttendance(
      tx,
      members.map((m) => ({
        tenantId: actor.tenantId,
        sessionId: id,
        memberId: m.id,
        present: present.has(m.id),
      })),
    );
    await council.insertRecusals(tx, recusals);
    await recordAudit(
      tx,
      audit(deps, actor, 'council.session_open', id, {
        totalMembers: members.length,
        present: [...present].sort(),
        recusals: recusals.map((r) => ({
          subjectId: r.subjectId,
          memberId: r.memberId,
          reason: r.reason,
        })),
      }),
    );
    return updated;
  });
}

async function checkBallot(
  deps: Deps,
  tenantId: string,
  row: council.SessionRow,
  memberId: string,
  subjectId: string,
) {
  if (row.status !== 'open') throw new AppError(409, 'council_session_state');
  const agenda = await council.agendaOf(deps.db, tenantId, row.id);
  if (!agenda.some((a) => a.subjectId === subjectId))
    throw invalid({ subjectId: { key: 'council_not_on_agenda' } });
  const recused = await council.recusalsOf(deps.db, tenantId, row.id);
  if (recused.some((r) => r.memberId === memberId && r.subjectId === subjectId))
    throw new AppError(409, 'council_recused');
}

/**
 * A member's own ballot. What is stored: that the member voted on the nominee (no time), and
 * +1 on one counter of the ballot box; the audit entry names the member and the nominee, never
 * the choice. The answer carries nothing but 204.
 */
export async function castBallot(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { subjectId: string; choice: BallotChoice },
) {
  const { row, office } = await sessionOf(deps, actor, id);
  authorize(councilPolicy, actor, 'vote', office);
  const members = await council.membersOn(deps.db, actor.tenantId, row.heldOn);
  const me = members.find((m) => m.userId === actor.id);
  if (!me) throw new AppError(403, 'council_not_member');
  const attendance = await council.attendanceOf(deps.db, actor.tenantId, id);
  if (!attendance.some((a) => a.memberId === me.id && a.present))
    throw new AppError(409, 'council_written_present');
  await checkBallot(deps, actor.tenantId, row, me.id, input.subjectId);
  await deps.db.transaction(async (tx) => {
    const ok = await council.castBallot(tx, {
      tenantId: actor.tenantId,
      sessionId: id,
      subjectId: input.subjectId,
      memberId: me.id,
      written: false,
      choice: input.choice,
    });
    if (!ok) throw new AppError(409, 'council_already_voted');
    await recordAudit(
      tx,
      audit(deps, actor, 'council.voted', id, { memberId: me.id, subjectId: input.subjectId }),
    );
  });
}

/** The secretary records an absent member's written vote (the paper stays with the minutes). */
export async function recordWrittenVote(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { memberId: string; subjectId: string; choice: BallotChoice },
) {
  const { row, office } = await sessionOf(deps, actor, id);
  authorize(councilPolicy, actor, 'manage', office);
  const attendance = await council.attendanceOf(deps.db, actor.tenantId, id);
  const a = attendance.find((x) => x.memberId === input.memberId);
  if (!a) throw invalid({ memberId: { key: 'council_not_member' } });
  if (a.present) throw new AppError(409, 'council_written_present');
  await checkBallot(deps, actor.tenantId, row, input.memberId, input.subjectId);
  await deps.db.transaction(async (tx) => {
    const ok = await council.castBallot(tx, {
      tenantId: actor.tenantId,
      sessionId: id,
      subjectId: input.subjectId,
      memberId: input.memberId,
      written: true,
      choice: input.choice,
    });
    if (!ok) throw new AppError(409, 'council_already_voted');
    await recordAudit(
      tx,
      audit(deps, actor, 'council.written_vote', id, {
        memberId: input.memberId,
        subjectId: input.subjectId,
      }),
    );
  });
}

/**
 * Closes the session: the ballot box is opened, each nominee judged against the threshold in
 * force on the session's day counted on all members, and each dossier moves on (proposed or
 * forwarded when a nominee passed, not passed otherwise).
 */
export async function closeSession(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { version: number },
) {
  const { row, office } = await sessionOf(deps, actor, id);
  authorize(councilPolicy, actor, 'manage', office);
  if (row.version !== input.version) throw conflict();
  if (row.status !== 'open') throw new AppError(409, 'council_session_state');
  const agenda = await council.agendaOf(deps.db, actor.tenantId, id);
  const tallies = await council.talliesOf(deps.db, actor.tenantId, id);
  const round = (await repo.findRound(deps.db, actor.tenantId, row.roundId))!;
  // everything read outside the transaction: the embedded database has one connection
  const dossierIds = [...new Set(agenda.map((a) => a.dossierId))];
  const before = new Map<string, repo.DossierRow>();
  const facts = new Map<string, Awaited<ReturnType<typeof factsOf>>>();
  for (const dossierId of dossierIds) {
    const d = (await repo.findDossier(deps.db, actor.tenantId, dossierId))!;
    before.set(dossierId, d);
    facts.set(dossierId, await factsOf(deps, office.rootUnitId, d, round));
  }
  return deps.db.transaction(async (tx) => {
    const updated = await council.updateSession(tx, row, { status: 'closed' });
    if (!updated) throw conflict();
    const passedBy = new Map<string, boolean>();
    const results = [];
    for (const item of agenda) {
      const d = before.get(item.dossierId)!;
      const t = tallies.find((x) => x.subjectId === item.subjectId)!;
      const rule = thresholdFor(d.awardCode, row.heldOn);
      const outcome = rule
        ? judgeTally({ ...t, totalMembers: row.totalMembers ?? 0 }, rule)
        : { passed: t.inFavour * 2 > (row.totalMembers ?? 0) };
      await repo.setCouncilOutcome(tx, actor.tenantId, item.subjectId, outcome.passed);
      passedBy.set(d.id, (passedBy.get(d.id) ?? false) || outcome.passed);
      results.push({
        subjectId: item.subjectId,
        inFavour: t.inFavour,
        against: t.against,
        abstain: t.abstain,
        ...outcome,
      });
    }
    for (const [dossierId, passed] of passedBy) {
      const d = before.get(dossierId)!;
      if (d.state !== 'in_council') continue;
      const next = transition(
        d.state,
        { kind: 'council_result', passed },
        facts.get(dossierId)!.ctx,
      );
      if (next.ok)
        await applyStep(deps, actor, d, next.state, 'council_result', { reason: null }, tx);
    }
    await recordAudit(tx, audit(deps, actor, 'council.session_close', id, { results }));
    return updated;
  });
}

export async function listSessions(deps: Deps, actor: Actor) {
  authorize(councilPolicy, actor, 'read', await officeOf(deps, actor));
  return council.listSessions(deps.db, actor.tenantId);
}

/** The session as the office and members see it; the tally only once it is closed. */
export async function getSession(deps: Deps, actor: Actor, id: string) {
  const { row } = await sessionOf(deps, actor, id);
  const t = actor.tenantId;
  const [members, attendance, agenda, recusals, participation] = await Promise.all([
    council.membersOn(deps.db, t),
    council.attendanceOf(deps.db, t, id),
    council.agendaOf(deps.db, t, id),
    council.recusalsOf(deps.db, t, id),
    council.participationOf(deps.db, t, id),
  ]);
  const tallies = row.status === 'closed' ? await council.talliesOf(deps.db, t, id) : [];
  const memberName = new Map(members.map((m) => [m.id, m]));
  const subjects = await repo.subjectsOf(deps.db, t, [...new Set(agenda.map((a) => a.dossierId))]);
  const dossierRows = await Promise.all(
    [...new Set(agenda.map((a) => a.dossierId))].map((d) => repo.findDossier(deps.db, t, d)),
  );
  const dossiers = new Map(dossierRows.filter((d) => d !== undefined).map((d) => [d.id, d]));
  const units = await unitNamesOn(
    deps.db,
    t,
    [...new Set([...dossiers.values()].map((d) => d.unitId))],
    row.heldOn,
  );
  const written = [...new Set(participation.filter((p) => p.written).map((p) => p.memberId))];
  return {
    row,
    attendance: attendance.map((a) => ({ ...a, member: memberName.get(a.memberId)! })),
    writtenVoters: written.map((m) => memberName.get(m)?.fullName ?? '').sort(),
    agenda: agenda.map((a) => {
      const s = subjects.find((x) => x.id === a.subjectId)!;
      const d = dossiers.get(a.dossierId)!;
      const tally = tallies.find((x) => x.subjectId === a.subjectId);
      const rule = thresholdFor(d.awardCode, row.heldOn);
      return {
        subjectId: a.subjectId,
        dossierId: a.dossierId,
        name: s.displayName,
        unitName: units.get(d.unitId) ?? '',
        awardCode: d.awardCode,
        recusals: recusals
          .filter((r) => r.subjectId === a.subjectId)
          .map((r) => ({ name: memberName.get(r.memberId)?.fullName ?? '', reason: r.reason })),
        voted: participation.filter((p) => p.subjectId === a.subjectId).length,
        result: tally
          ? {
              inFavour: tally.inFavour,
              against: tally.against,
              abstain: tally.abstain,
              ...(rule
                ? judgeTally({ ...tally, totalMembers: row.totalMembers ?? 0 }, rule)
                : { passed: s.councilPassed ?? false, share: 0 }),
              threshold: rule
                ? { rule: rule.code, percent: rule.percent, citation: rule.citation }
                : null,
            }
          : null,
      };
    }),
  };
}

/** A member's ballot page: the nominees they may still vote on in an open session. */
export async function myBallot(deps: Deps, actor: Actor, id: string) {
  const { row, office } = await sessionOf(deps, actor, id);
  authorize(councilPolicy, actor, 'vote', office);
  const t = actor.tenantId;
  const me = (await council.membersOn(deps.db, t, row.heldOn)).find((m) => m.userId === actor.id);
  if (!me) throw new AppError(403, 'council_not_member');
  if (row.status !== 'open') return [];
  const [agenda, recusals, participation] = await Promise.all([
    council.agendaOf(deps.db, t, id),
    council.recusalsOf(deps.db, t, id),
    council.participationOf(deps.db, t, id),
  ]);
  const view = await getSession(deps, actor, id);
  return agenda
    .filter(
      (a) =>
        !recusals.some((r) => r.memberId === me.id && r.subjectId === a.subjectId) &&
        !participation.some((p) => p.memberId === me.id && p.subjectId === a.subjectId),
    )
    .map((a) => {
      const item = view.agenda.find((x) => x.subjectId === a.subjectId)!;
      return {
        subjectId: a.subjectId,
        name: item.name,
        unitName: item.unitName,
        awardCode: item.awardCode,
      };
    });
}
