import type { CouncilSession } from '../../shared/contracts/council.ts';
import type { Dossier, DossierRow, Round } from '../../shared/contracts/nominations.ts';
import { deadlineRules } from '../domain/nominations/deadlines.ts';
import type { RoundRow } from '../repositories/nominations.ts';
import type { getSession } from '../services/council.ts';
import { postingToOf } from '../services/nominations-context.ts';
import type { DossierListItem, DossierView } from '../services/nominations.ts';

export function presentRound(r: RoundRow): Round {
  return {
    id: r.id,
    name: r.name,
    method: r.method,
    year: r.year,
    fileBy: r.fileBy,
    superiorDays: r.superiorDays,
    appraisalDays: r.appraisalDays,
    postingDays: r.postingDays,
    postingFrom: r.postingFrom,
    postingTo: postingToOf(r),
    deadlineRules: deadlineRules.map((d) => ({ key: d.key, citation: d.citation })),
    version: r.version,
  };
}

export function presentDossier(v: DossierView): Dossier {
  const { row, facts } = v;
  return {
    id: row.id,
    roundId: row.roundId,
    unit: { id: row.unitId, name: v.unitName },
    award: { code: facts.award.code, name: facts.award.name },
    state: row.state,
    stateSince: row.stateSince,
    deadline: facts.deadline ?? null,
    overdue: facts.overdue,
    requiresCouncil: facts.ctx.requiresCouncil,
    aboveProvince: facts.ctx.aboveProvince,
    centralOutcome: row.centralOutcome,
    subjects: v.subjects.map((s) => ({
      id: s.id,
      kind: s.subjectKind,
      subjectId: s.subjectId,
      name: s.displayName,
      statCategory: s.statCategory,
      achievementSummary: s.achievementSummary,
      eligibleAtFiling: s.eligibleAtFiling,
      justification: s.justification,
      councilPassed: s.councilPassed,
      eligibility: s.eligibility,
    })),
    components: v.components.map((c) => ({
      id: c.id,
      code: c.code,
      source: c.source,
      title: c.title,
      fileSha256: c.fileSha256,
      votesFor: c.votesFor,
      votesTotal: c.votesTotal,
      returnReason: c.returnReason,
    })),
    steps: v.steps.map((s) => ({
      action: s.action,
      from: s.fromState,
      to: s.toState,
      reason: s.reason,
      at: s.at.toISOString(),
    })),
    version: row.version,
    allowed: v.allowed,
  };
}

export const presentDossierRow = (i: DossierListItem): DossierRow => ({
  id: i.row.id,
  roundId: i.row.roundId,
  unitName: i.unitName,
  awardCode: i.row.awardCode,
  state: i.row.state,
  subjects: i.subjects,
  deadline: i.deadline ?? null,
  overdue: i.overdue,
});

export function presentSession(v: Awaited<ReturnType<typeof getSession>>): CouncilSession {
  const present = v.attendance.filter((a) => a.present).length;
  const total = v.row.totalMembers;
  return {
    id: v.row.id,
    roundId: v.row.roundId,
    title: v.row.title,
    heldOn: v.row.heldOn,
    status: v.row.status,
    quorum: {
      num: v.row.quorumNum,
      den: v.row.quorumDen,
      met: total === null ? null : present * v.row.quorumDen >= v.row.quorumNum * total,
    },
    totalMembers: total,
    attendance: v.attendance
      .map((a) => ({
        memberId: a.memberId,
        name: a.member.fullName,
        position: a.member.position,
        present: a.present,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    writtenVoters: v.writtenVoters,
    agenda: v.agenda,
    version: v.row.version,
  };
}
