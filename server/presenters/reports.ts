import { compareUnits } from '../../shared/collation.ts';
import { vietnamDay } from '../../shared/vietnam-day.ts';
import type {
  BoardResponse,
  PeriodDetailResponse,
  PeriodListResponse,
  PeriodResponse,
  RollupResponse,
} from '../../shared/contracts/report-periods.ts';
import type {
  EvidenceResponse,
  ReportListResponse,
  ReportResponse,
  SummaryResponse,
} from '../../shared/contracts/reports.ts';
import { buildForm } from '../domain/reports/form.ts';
import { owesReport } from '../domain/reports/reminders.ts';
import { isLocked, periodLabel } from '../domain/reports/periods.ts';
import { boardStatus, submittedLate } from '../domain/reports/status.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { remindPolicy } from '../policies/reminders.ts';
import { reportPeriodPolicy, reportPolicy } from '../policies/reports.ts';
import type { ReportPeriodRow } from '../repositories/reports.ts';
import type { periodBoard, periodRollup, TreeUnit } from '../services/reports-board.ts';
import type { ReportView } from '../services/reports-context.ts';
import type { listPeriodReports, ReportSummaryView } from '../services/reports-list.ts';
import type { listPeriods, PeriodView } from '../services/reports-periods.ts';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
/** The office's calendar day of an instant: "late" compares Vietnam days with the deadline. */
const day = (d: Date | null | undefined) => (d ? vietnamDay(d) : null);
const unitRef = (u: Pick<TreeUnit, 'id' | 'code' | 'name' | 'kind'>) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
});

export function presentPeriod(p: ReportPeriodRow, today: string): PeriodResponse {
  const shape = { year: p.year, kind: p.kind, half: p.half };
  return {
    id: p.id,
    movementCode: p.movementCode,
    year: p.year,
    kind: shape.kind,
    half: p.half,
    label: periodLabel(shape),
    referenceDate: p.referenceDate,
    opensOn: p.opensOn,
    deadline: p.deadline,
    closesOn: p.closesOn,
    locked: isLocked(today, p.closesOn),
    version: p.version,
  };
}

type PeriodAbilities = PeriodDetailResponse['abilities'];

function periodDetail(p: ReportPeriodRow, today: string, can: PeriodAbilities) {
  const { update, board, remind, documents } = can;
  return { ...presentPeriod(p, today), abilities: { update, board, remind, documents } };
}

/** A period with what the actor may do with it. */
export function presentPeriodDetail(actor: Actor, v: PeriodView): PeriodDetailResponse {
  return periodDetail(v.period, v.today, abilities(reportPeriodPolicy, actor, v.subject));
}

export function presentPeriodList(
  actor: Actor,
  v: Awaited<ReturnType<typeof listPeriods>>,
): PeriodListResponse {
  // The same abilities for every period: they all belong to the root's office.
  const can = abilities(reportPeriodPolicy, actor, v.subject);
  return {
    periods: v.periods.map((p) => periodDetail(p, v.today, can)),
    abilities: { create: can.create },
  };
}

export function presentSummary(actor: Actor, v: ReportSummaryView): SummaryResponse {
  const row = v.row;
  const can = abilities(reportPolicy, actor, v.subject);
  return {
    id: row?.id ?? null,
    periodId: v.period.id,
    unit: unitRef(v.unit),
    status: v.subject.status ?? 'not_started',
    boardStatus: boardStatus(v.subject.status, v.period.deadline, v.subject.today),
    submittedAt: iso(row?.submittedAt),
    submittedLate: submittedLate(day(v.firstSubmittedAt), v.period.deadline),
    acceptedAt: iso(row?.acceptedAt),
    version: row?.version ?? null,
    abilities: {
      save: can.save,
      submit: can.submit,
      return: can.return,
      accept: can.accept,
      reopen: can.reopen,
      upload: can.upload,
      notifyReady: can.notifyReady,
    },
  };
}

export function presentReportList(
  actor: Actor,
  v: Awaited<ReturnType<typeof listPeriodReports>>,
): ReportListResponse {
  return {
    mine: v.mine.map((s) => presentSummary(actor, s)),
    reviewable: v.reviewable.map((s) => presentSummary(actor, s)),
  };
}

export const presentEvidence = (e: ReportView['evidence'][number]): EvidenceResponse => ({
  id: e.id,
  criterionCode: e.criterionCode,
  fileName: e.fileName,
  mediaType: e.mediaType,
  size: e.size,
  uploadedAt: e.uploadedAt.toISOString(),
  uploadedBy: { id: e.uploadedBy, name: e.uploadedByName },
  url: `/api/evidence/${e.id}`,
});

export function presentReport(actor: Actor, v: ReportView): ReportResponse {
  const row = v.row;
  return {
    ...presentSummary(actor, v),
    locked: isLocked(v.subject.today, v.period.closesOn),
    criteriaSet: {
      id: v.criteria.setId,
      code: v.criteria.code,
      name: v.criteria.name,
      version: v.criteria.number,
    },
    form: buildForm(v.criteria.content, v.unit.kind, v.period.year, v.committed),
    answers: row?.answers ?? {},
    narrative: row?.narrative ?? {
      results: '',
      shortcomings: '',
      proposals: '',
    },
    returnReasons: row?.returnReasons ?? null,
    evidence: v.evidence.map(presentEvidence),
    reviews: v.reviews.map((r) => ({
      action: r.action,
      reasons: r.reasons ?? null,
      note: r.note,
      at: r.at.toISOString(),
      by: { id: r.by, name: r.byName },
      byName: r.byName,
    })),
    submissions: row?.submissions ?? 0,
    evidenceMaxMb: v.evidenceMaxMb,
  };
}

export function presentBoard(
  actor: Actor,
  b: Awaited<ReturnType<typeof periodBoard>>,
): BoardResponse {
  return {
    period: periodDetail(b.period, b.today, b.periodAbilities),
    counts: b.counts,
    units: b.rows.map((r) => ({
      unit: unitRef(r.unit),
      status: r.status,
      submittedAt: iso(r.submittedAt),
      submittedLate: r.submittedLate,
      lastReminderAt: iso(r.lastReminderAt),
      abilities: {
        remind:
          owesReport(r.status) &&
          remindPolicy.remind(actor, { rootUnitId: b.rootUnitId, unitId: r.unit.id }),
      },
    })),
  };
}

export function presentRollup(r: Awaited<ReturnType<typeof periodRollup>>): RollupResponse {
  const byCode = new Map(r.criteria.map((c) => [c.criterion.code, c]));
  return {
    referenceDate: r.state.period.referenceDate,
    unit: unitRef(r.unit),
    parent: r.parent && unitRef(r.parent),
    status: r.status,
    statusCounts: r.statusCounts,
    children: r.children
      .map((c) => ({
        unit: unitRef(r.state.units.get(c.id)!),
        status: c.status,
        statusCounts: c.statusCounts,
      }))
      .sort((a, b) => compareUnits(a.unit, b.unit)),
    indicators: r.indicators.map((i) => {
      const { criterion, group } = byCode.get(i.code)!;
      return {
        code: i.code,
        group,
        name: criterion.name,
        indicator: criterion.indicator,
        measure: criterion.measure,
        aggregation: i.aggregation,
        target: criterion.targets.find((t) => t.year === r.state.period.year)?.value ?? null,
        value: i.value,
        reportingUnits: i.reportingUnits,
        expectedUnits: i.expectedUnits,
      };
    }),
  };
}
