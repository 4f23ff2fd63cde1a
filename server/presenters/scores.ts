import type {
  Explanation,
  PublicRankingsResponse,
  RankingsResponse,
  UnitScoreResponse,
} from '../../shared/contracts/scores.ts';
import type { Actor } from '../policies/actor.ts';
import { scorePolicy, scoresYearPolicy } from '../policies/scores.ts';
import type { PublicRankings, RankingsView, UnitScoreView } from '../services/scores.ts';

const windowOf = (w: { opensOn: string; closesOn: string } | null) =>
  w ? { opensOn: w.opensOn, closesOn: w.closesOn } : null;

export function presentRankings(actor: Actor, view: RankingsView): RankingsResponse {
  return {
    year: view.year,
    live: view.live,
    publications: view.publications.map((p) => ({
      revision: p.revision,
      publishedAt: p.publishedAt.toISOString(),
      publishedBy: p.publishedByName,
      reason: p.reason,
    })),
    rankings: view.rankings.map((r) => ({
      scope: r.scope,
      rows: r.rows.map((x) => ({
        rank: x.rank,
        unit: { id: x.unitId, name: x.unitName },
        total: x.total,
        maxTotal: x.maxTotal,
        band: x.band,
        leader: x.leader,
        decidedBy: x.decidedBy,
        abilities: {
          explain: scorePolicy.read(actor, { rootUnitId: view.root, unitId: x.unitId }),
        },
      })),
    })),
    window: windowOf(view.window),
    abilities: {
      publish: scoresYearPolicy.publish(actor, view.root),
      recompute: scoresYearPolicy.recompute(actor, view.root),
      setWindow: scoresYearPolicy.setWindow(actor, view.root),
    },
  };
}

export function presentUnitScore(view: UnitScoreView): UnitScoreResponse {
  const s = view.score;
  return {
    unit: view.unit,
    year: view.year,
    score: s
      ? {
          reportId: s.reportId,
          periodId: s.periodId,
          criteriaSetId: s.criteriaSetId,
          criteriaVersion: s.criteriaVersion,
          inputHash: s.inputHash,
          computedAt: s.computedAt.toISOString(),
          explanation: s.explanation as Explanation,
        }
      : null,
    window: windowOf(view.window),
    objections: view.objections.map((o) => ({
      id: o.id,
      criterionCode: o.criterionCode,
      note: o.note,
      at: o.at.toISOString(),
      by: o.byName,
    })),
    abilities: { object: view.canObject },
  };
}

export function presentPublicRankings(view: PublicRankings): PublicRankingsResponse {
  const rev = (p: PublicRankings['publication']) => ({
    revision: p.revision,
    publishedAt: p.publishedAt.toISOString(),
    reason: p.reason,
  });
  return {
    year: view.year,
    ...rev(view.publication),
    revisions: view.revisions.map(rev),
    rows: view.rows.map((r) => ({
      scope: r.scopeKind === 'category' ? 'category' : 'block',
      block: r.scopeName,
      unit: r.unitName,
      total: r.total,
      band: r.bandName,
      rank: r.rank,
      leader: r.leader,
      revision: view.publication.revision,
    })),
  };
}
