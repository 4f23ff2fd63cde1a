/**
 * Scores, rankings and published results (issue 10, ADR 0033–0034). Scores are computed
 * from accepted yearly reports only, by the pure engine in domain/scoring; each stored score
 * keeps the hash of its inputs so a recompute on the same inputs writes nothing. Rankings
 * are per emulation block/cluster (the year's memberships) and per participant category.
 */
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import type { Answers } from '../../shared/contracts/reports.ts';
import type { Explanation, RankingScope } from '../../shared/contracts/scores.ts';
import { compareNames } from '../../shared/collation.ts';
import { forbidden, invalid, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { contentHash, inputHash, leaderOf, rank, scoreReport, type TieBreak } from '../domain/scoring/index.ts';
import type { Executor } from '../db/client.ts';
import type { Actor } from '../policies/actor.ts';
import { scorePolicy, scoresYearPolicy } from '../policies/scores.ts';
import * as blocksRepo from '../repositories/blocks.ts';
import * as repo from '../repositories/scores.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit, type AuditActor } from './audit.ts';

export interface RecomputeResult {
  year: number;
  scored: number;
  written: number;
  unchanged: number;
  removed: number;
}

type Content = CriteriaContent;

/** The stored row of one input, or null when the stored hash already matches. */
function scoreRow(
  input: repo.ScoringInput,
  content: Content,
  stored: string | undefined,
  at: Date,
  tenantId: string,
  contentKey: string,
): repo.ScoreInsert | null {
  const hash = inputHash({
    criteriaVersionId: input.versionId,
    content: contentKey,
    year: input.year,
    unitKind: input.unitKind,
    answers: input.answers,
  });
  if (stored === hash) return null;
  const explanation = explain(content, input.year, input.answers as Answers, input.unitKind);
  const result = explanation;
  return {
    tenantId,
    reportId: input.reportId,
    periodId: input.periodId,
    unitId: input.unitId,
    year: input.year,
    criteriaSetId: input.criteriaSetId,
    criteriaVersion: input.criteriaVersion,
    categoryId: input.categoryId,
    inputHash: hash,
    total: result.total,
    maxTotal: result.maxTotal,
    bandCode: result.band?.code ?? null,
    criteriaAtMax: result.criteriaAtMax,
    penaltyEvents: result.penaltyEvents,
    firstSubmittedAt: input.firstSubmittedAt,
    explanation,
    computedAt: at,
  };
}

/** An explanation with the criteria's names (what a stored score and the preview keep). */
function explain(content: Content, year: number, answers: Answers, unitKind?: string): Explanation {
  const result = scoreReport(content, year, answers, unitKind);
  const names = new Map(
    content.groups.flatMap((g) => g.criteria).map((c) => [c.code, c.name] as const),
  );
  return {
    ...result,
    criteria: result.criteria.map((c) => ({
      ...c,
      name: names.get(c.code) ?? { vi: c.code, en: c.code },
    })),
  };
}

/** The criteria editor's preview: pure, nothing read or stored; any signed-in user. */
export function previewScore(
  _actor: Actor,
  input: { content: Content; year: number; answers: Answers },
): Explanation {
  return explain(input.content, input.year, input.answers);
}

/** Scores one batch of inputs; returns how many rows were written. */
async function scoreBatch(
  db: Executor,
  tenantId: string,
  inputs: repo.ScoringInput[],
  at: Date,
): Promise<number> {
  const [contents, hashes] = await Promise.all([
    repo.versionContents(db, tenantId, [...new Set(inputs.map((i) => i.versionId))]),
    repo.hashesOf(
      db,
      tenantId,
      inputs.map((i) => i.reportId),
    ),
  ]);
  const keys = new Map([...contents].map(([id, c]) => [id, contentHash(c)]));
  const rows = inputs
    .map((i) =>
      scoreRow(
        i,
        contents.get(i.versionId) as Content,
        hashes.get(i.reportId),
        at,
        tenantId,
        keys.get(i.versionId)!,
      ),
    )
    .filter((r): r is repo.ScoreInsert => r !== null);
  for (let k = 0; k < rows.length; k += 500) await repo.upsertScores(db, rows.slice(k, k + 500));
  return rows.length;
}

/**
 * Recomputes a year's scores set by set, in batches of accepted reports (keyset by id);
 * drops the scores of reports no longer accepted. Writes nothing when nothing changed.
 */
export async function recomputeYearScores(
  db: Executor,
  tenantId: string,
  year: number,
  at: Date,
  batch = 2000,
): Promise<RecomputeResult> {
  let after: string | undefined;
  let scored = 0;
  let written = 0;
  for (;;) {
    const inputs = await repo.acceptedInputs(db, tenantId, { year, after, limit: batch });
    if (!inputs.length) break;
    scored += inputs.length;
    written += await scoreBatch(db, tenantId, inputs, at);
    after = inputs[inputs.length - 1]!.reportId;
    if (inputs.length < batch) break;
  }
  const removed = await repo.deleteStale(db, tenantId, { year });
  return { year, scored, written, unchanged: scored - written, removed };
}

/**
 * The incremental recompute (called in the transaction that accepts, reopens or changes a
 * report): the report's score is written when it is an accepted yearly report, dropped
 * otherwise. Ranks are computed on read, so the unit's block follows at once.
 */
export async function rescoreReport(
  db: Executor,
  tenantId: string,
  reportId: string,
  at: Date,
): Promise<'written' | 'unchanged' | 'removed' | 'none'> {
  const state = await repo.reportState(db, tenantId, reportId);
  if (!state || state.kind !== 'year' || state.status !== 'accepted') {
    return (await repo.deleteStale(db, tenantId, { reportId })) ? 'removed' : 'none';
  }
  const inputs = await repo.acceptedInputs(db, tenantId, { reportId });
  return (await scoreBatch(db, tenantId, inputs, at)) ? 'written' : 'unchanged';
}

/** `POST /api/scores/recompute`: the office only, audited when anything changed. */
export async function recomputeYear(
  deps: Deps,
  actor: Actor,
  year: number,
): Promise<RecomputeResult> {
  const root = await rootOf(deps.db, actor.tenantId);
  if (!scoresYearPolicy.readLive(actor, root)) throw notFound();
  if (!scoresYearPolicy.recompute(actor, root)) throw forbidden();
  return recomputeYearAs(deps, actor.tenantId, auditActor(actor), year);
}

/** The recompute in one transaction, by a user or `thidua scores recompute --year` (the system). */
export async function recomputeYearAs(
  deps: Deps,
  tenantId: string,
  who: AuditActor,
  year: number,
): Promise<RecomputeResult> {
  return deps.db.transaction(async (tx) => {
    const at = deps.clock();
    const result = await recomputeYearScores(tx, tenantId, year, at);
    if (result.written || result.removed)
      await recordAudit(tx, {
        tenantId,
        actor: who,
        at,
        action: 'scores.recompute',
        entityType: 'score_year',
        entityId: String(year),
        after: result,
      });
    return result;
  });
}

export interface RankedRow {
  rank: number;
  unitId: string;
  unitName: string;
  total: number;
  maxTotal: number;
  band: { code: string; name: string } | null;
  leader: boolean;
  decidedBy: TieBreak;
}
export interface RankingView {
  scope: { kind: RankingScope; id: string; name: string };
  rows: RankedRow[];
}

/** Live rankings of a year: every block/cluster of the year's memberships, then every category. */
export async function liveRankings(
  db: Executor,
  tenantId: string,
  year: number,
): Promise<RankingView[]> {
  const [scores, blocks, memberships, categories] = await Promise.all([
    repo.scoresOfYear(db, tenantId, year),
    blocksRepo.listBlocks(db, tenantId),
    blocksRepo.membershipsOf(db, tenantId, year),
    repo.categoryNames(db, tenantId),
  ]);
  const byUnit = new Map(scores.map((s) => [s.unitId, s]));
  const names = await unitNamesOn(
    db,
    tenantId,
    [...byUnit.keys()],
    `${year}-12-31`,
  );
  const entry = (s: (typeof scores)[number]) => ({
    ...s,
    firstSubmittedAt: s.firstSubmittedAt ? s.firstSubmittedAt.toISOString() : null,
  });
  const ranked = (kind: RankingScope, id: string, name: string, members: typeof scores) => {
    const r = rank(members.map(entry));
    const leader = kind === 'block' ? leaderOf(r) : null;
    return {
      scope: { kind, id, name },
      rows: r.map((x) => ({
        rank: x.rank,
        unitId: x.entry.unitId,
        unitName: names.get(x.entry.unitId) ?? '',
        total: x.entry.total,
        maxTotal: x.entry.maxTotal,
        band: x.entry.bandCode
          ? { code: x.entry.bandCode, name: x.entry.bandName ?? x.entry.bandCode }
          : null,
        leader: leader?.unitId === x.entry.unitId,
        decidedBy: x.decidedBy,
      })),
    };
  };
  const out: RankingView[] = [];
  for (const b of [...blocks].sort((x, y) => compareNames(x.name, y.name))) {
    const members = memberships
      .filter((m) => m.blockId === b.id)
      .map((m) => byUnit.get(m.unitId))
      .filter((s): s is (typeof scores)[number] => !!s);
    if (members.length) out.push(ranked('block', b.id, b.name, members));
  }
  const byCategory = new Map<string, typeof scores>();
  for (const s of scores)
    if (s.categoryId) byCategory.set(s.categoryId, [...(byCategory.get(s.categoryId) ?? []), s]);
  for (const [id, members] of byCategory)
    out.push(ranked('category', id, categories.get(id) ?? '', members));
  return out;
}

/** The units that lead their block in a year (the proposal for Cờ thi đua của UBND tỉnh). */
export async function blockLeaders(
  db: Executor,
  tenantId: string,
  year: number,
): Promise<{ unitId: string; blockId: string; blockName: string }[]> {
  return (await liveRankings(db, tenantId, year)).flatMap((r) =>
    r.scope.kind === 'block'
      ? r.rows
          .filter((x) => x.leader)
          .map((x) => ({ unitId: x.unitId, blockId: r.scope.id, blockName: r.scope.name }))
      : [],
  );
}

export interface RankingsView {
  year: number;
  live: boolean;
  publications: repo.PublicationRow[];
  rankings: RankingView[];
  window: repo.WindowRow | null;
  root: string;
}

const fromPublished = (rows: repo.PublishedRow[]): RankingView[] => {
  const out = new Map<string, RankingView>();
  for (const r of rows) {
    const key = `${r.scopeKind}:${r.scopeId}`;
    if (!out.has(key))
      out.set(key, {
        scope: { kind: r.scopeKind as RankingScope, id: r.scopeId, name: r.scopeName },
        rows: [],
      });
    out.get(key)!.rows.push({
      rank: r.rank,
      unitId: r.unitId,
      unitName: r.unitName,
      total: r.total,
      maxTotal: r.maxTotal,
      band: r.bandCode ? { code: r.bandCode, name: r.bandName ?? r.bandCode } : null,
      leader: r.leader,
      decidedBy: null,
    });
  }
  return [...out.values()];
};

/** The office sees live rankings; everybody else the newest publication (or nothing). */
export async function rankingsOf(deps: Deps, actor: Actor, year: number): Promise<RankingsView> {
  const root = await rootOf(deps.db, actor.tenantId);
  const [publications, window] = await Promise.all([
    repo.publicationsOf(deps.db, actor.tenantId, year),
    repo.windowOf(deps.db, actor.tenantId, year),
  ]);
  const live = scoresYearPolicy.readLive(actor, root);
  const rankings = live
    ? await liveRankings(deps.db, actor.tenantId, year)
    : publications[0]
      ? fromPublished(await repo.publishedRowsOf(deps.db, actor.tenantId, publications[0].id))
      : [];
  return { year, live, publications, rankings, window: window ?? null, root };
}

/** Publishes a year: freezes the live rankings as a new revision (a reason from the second on). */
export async function publishYear(
  deps: Deps,
  actor: Actor,
  input: { year: number; reason?: string },
): Promise<RankingsView> {
  const root = await rootOf(deps.db, actor.tenantId);
  if (!scoresYearPolicy.publish(actor, root)) throw forbidden();
  await deps.db.transaction(async (tx) => {
    const previous = await repo.publicationsOf(tx, actor.tenantId, input.year);
    const reason = input.reason?.trim() || null;
    if (previous.length && !reason) throw invalid({ reason: { key: 'scores_reason_required' } });
    const at = deps.clock();
    const id = deps.newId();
    const revision = (previous[0]?.revision ?? 0) + 1;
    const rankings = await liveRankings(tx, actor.tenantId, input.year);
    const rows = rankings.flatMap((r) =>
      r.rows.map((x) => ({
        tenantId: actor.tenantId,
        publicationId: id,
        scopeKind: r.scope.kind,
        scopeId: r.scope.id,
        scopeName: r.scope.name,
        unitId: x.unitId,
        unitName: x.unitName,
        total: x.total,
        maxTotal: x.maxTotal,
        bandCode: x.band?.code ?? null,
        bandName: x.band?.name ?? null,
        rank: x.rank,
        leader: x.leader,
      })),
    );
    await repo.insertPublication(
      tx,
      {
        id,
        tenantId: actor.tenantId,
        year: input.year,
        revision,
        reason,
        publishedAt: at,
        publishedBy: actor.id,
      },
      rows,
    );
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: revision === 1 ? 'scores.publish' : 'scores.revise',
      entityType: 'score_publication',
      entityId: id,
      before: previous[0] ? { revision: previous[0].revision } : undefined,
      after: { year: input.year, revision, reason, rows: rows.length },
    });
  });
  return rankingsOf(deps, actor, input.year);
}

/** The office sets the year's objection period. */
export async function setObjectionWindow(
  deps: Deps,
  actor: Actor,
  input: { year: number; opensOn: string; closesOn: string },
): Promise<RankingsView> {
  const root = await rootOf(deps.db, actor.tenantId);
  if (!scoresYearPolicy.setWindow(actor, root)) throw forbidden();
  if (input.closesOn < input.opensOn)
    throw invalid({ closesOn: { key: 'scores_objection_closed' } });
  await deps.db.transaction(async (tx) => {
    const before = await repo.windowOf(tx, actor.tenantId, input.year);
    const row = { tenantId: actor.tenantId, ...input };
    await repo.putWindow(tx, row);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'scores.window',
      entityType: 'score_year',
      entityId: String(input.year),
      before,
      after: row,
    });
  });
  return rankingsOf(deps, actor, input.year);
}

export interface UnitScoreView {
  unit: { id: string; name: string };
  year: number;
  score: repo.ScoreRow | null;
  window: repo.WindowRow | null;
  objections: (repo.ObjectionRow & { byName: string })[];
  canObject: boolean;
}

/** A unit's explanation: the unit's own users and the office; for anybody else, not found. */
export async function unitScore(
  deps: Deps,
  actor: Actor,
  unitId: string,
  year: number,
): Promise<UnitScoreView> {
  const subject = { rootUnitId: await rootOf(deps.db, actor.tenantId), unitId };
  if (!scorePolicy.read(actor, subject)) throw notFound();
  const [score, window, objections, names] = await Promise.all([
    repo.unitScoreOf(deps.db, actor.tenantId, unitId, year),
    repo.windowOf(deps.db, actor.tenantId, year),
    repo.objectionsOf(deps.db, actor.tenantId, year, unitId),
    unitNamesOn(deps.db, actor.tenantId, [unitId], `${year}-12-31`),
  ]);
  if (!names.has(unitId)) throw notFound();
  const today = deps.today();
  const open = !!window && window.opensOn <= today && today <= window.closesOn;
  return {
    unit: { id: unitId, name: names.get(unitId)! },
    year,
    score: score ?? null,
    window: window ?? null,
    objections,
    canObject: open && !!score && scorePolicy.object(actor, subject),
  };
}

/** A unit objects to its explanation while the office's window is open; audited. */
export async function objectToScore(
  deps: Deps,
  actor: Actor,
  unitId: string,
  input: { year: number; criterionCode?: string; note: string },
): Promise<UnitScoreView> {
  const view = await unitScore(deps, actor, unitId, input.year);
  if (!scorePolicy.object(actor, { rootUnitId: '', unitId })) throw forbidden();
  if (!view.canObject) throw invalid({ note: { key: 'scores_objection_closed' } });
  await deps.db.transaction(async (tx) => {
    const row = {
      id: deps.newId(),
      tenantId: actor.tenantId,
      year: input.year,
      unitId,
      criterionCode: input.criterionCode ?? null,
      note: input.note,
      at: deps.clock(),
      by: actor.id,
    };
    await repo.insertObjection(tx, row);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: row.at,
      action: 'scores.object',
      entityType: 'score_objection',
      entityId: row.id,
      after: row,
    });
  });
  return unitScore(deps, actor, unitId, input.year);
}

export interface PublicRankings {
  year: number;
  publication: repo.PublicationRow;
  revisions: repo.PublicationRow[];
  rows: repo.PublishedRow[];
}

/** What citizens read: a published revision (the newest unless asked), nothing before publication. */
export async function publicRankings(
  deps: Deps,
  tenantId: string,
  year: number,
  revision?: number,
): Promise<PublicRankings> {
  const revisions = await repo.publicationsOf(deps.db, tenantId, year);
  const publication = revision ? revisions.find((p) => p.revision === revision) : revisions[0];
  if (!publication) throw notFound();
  return {
    year,
    publication,
    revisions,
    rows: await repo.publishedRowsOf(deps.db, tenantId, publication.id),
  };
}
