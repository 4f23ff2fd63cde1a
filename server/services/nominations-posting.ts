import { findAward } from '../../shared/commendations/catalogue.ts';
import type { PublicCommentBody } from '../../shared/contracts/nominations.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { councilPolicy } from '../policies/nominations.ts';
import * as repo from '../repositories/nominations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit, systemActor } from './audit.ts';
import { officeOf } from './commendations.ts';
import { postingToOf } from './nominations-context.ts';

/**
 * The nominees posted for public comment today: dossiers in `posted` whose round's posting
 * period covers today. Only name, unit, award and the achievement summary go out.
 */
export async function listPosted(deps: Deps, tenantId: string) {
  const today = deps.today();
  const rounds = (await repo.listRounds(deps.db, tenantId)).filter((r) => {
    const to = postingToOf(r);
    return r.postingFrom !== null && to !== null && r.postingFrom <= today && today <= to;
  });
  const out = [];
  for (const round of rounds) {
    const rows = await repo.listDossiers(deps.db, tenantId, {
      roundId: round.id,
      states: ['posted'],
    });
    const names = await unitNamesOn(
      deps.db,
      tenantId,
      [...new Set(rows.map((r) => r.unitId))],
      today,
    );
    const subjects = await repo.subjectsOf(
      deps.db,
      tenantId,
      rows.map((r) => r.id),
    );
    for (const d of rows)
      for (const s of subjects.filter((x) => x.dossierId === d.id))
        out.push({
          subjectId: s.id,
          roundName: round.name,
          name: s.displayName,
          unitName: names.get(d.unitId) ?? '',
          award: findAward(d.awardCode)?.name ?? { vi: d.awardCode, en: d.awardCode },
          achievementSummary: s.achievementSummary,
          postedUntil: postingToOf(round)!,
        });
  }
  return out;
}

/**
 * A comment from anyone, without signing in, on a nominee posted today. A filled honeypot is
 * thanked and dropped; the route throttles per address.
 */
export async function commentOnNominee(
  deps: Deps,
  tenantId: string,
  subjectId: string,
  input: PublicCommentBody,
): Promise<void> {
  if (input.website) return;
  const posted = await listPosted(deps, tenantId);
  if (!posted.some((p) => p.subjectId === subjectId)) throw new AppError(404, 'posting_closed');
  const subject = (await repo.findSubject(deps.db, tenantId, subjectId))!;
  const dossier = (await repo.findDossier(deps.db, tenantId, subject.dossierId))!;
  await deps.db.transaction(async (tx) => {
    const row = await repo.insertComment(tx, {
      id: deps.newId(),
      tenantId,
      roundId: dossier.roundId,
      subjectId,
      body: input.body,
      authorName: input.name || null,
      contact: input.contact || null,
      createdAt: deps.clock(),
    });
    await recordAudit(tx, {
      tenantId,
      actor: systemActor,
      at: deps.clock(),
      action: 'posting_comment.receive',
      entityType: 'posting_comment',
      entityId: row.id,
      after: { subjectId, roundId: row.roundId },
    });
  });
}

/** Comments of a round for the office and the Council. */
export async function listComments(deps: Deps, actor: Actor, roundId: string) {
  authorize(councilPolicy, actor, 'readComments', await officeOf(deps, actor));
  const rows = await repo.commentsOfRound(deps.db, actor.tenantId, roundId);
  const subjects = new Map<string, string>();
  for (const r of rows)
    if (!subjects.has(r.subjectId))
      subjects.set(
        r.subjectId,
        (await repo.findSubject(deps.db, actor.tenantId, r.subjectId))?.displayName ?? '',
      );
  return rows.map((r) => ({ ...r, nominee: subjects.get(r.subjectId) ?? '' }));
}

/** The office answers a comment (the answer stays with the office and the Council). */
export async function answerComment(deps: Deps, actor: Actor, id: string, answer: string) {
  authorize(councilPolicy, actor, 'answerComments', await officeOf(deps, actor));
  const row = await repo.findComment(deps.db, actor.tenantId, id);
  if (!row) throw notFound();
  return deps.db.transaction(async (tx) => {
    const updated = (await repo.answerComment(tx, actor.tenantId, id, {
      answer,
      answeredBy: actor.id,
      answeredAt: deps.clock(),
    }))!;
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'posting_comment.answer',
      entityType: 'posting_comment',
      entityId: id,
      before: row,
      after: updated,
    });
    return updated;
  });
}
