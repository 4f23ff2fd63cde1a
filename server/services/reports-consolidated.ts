import type { PeriodKind } from '../../shared/contracts/report-periods.ts';
import type { Narrative, ReportStatus } from '../../shared/contracts/reports.ts';
import type { Deps } from '../deps.ts';
import type { ConsolidatedReportData } from '../documents/consolidated-data.ts';
import { periodLabel } from '../domain/reports/periods.ts';
import { rollup } from '../domain/reports/rollup.ts';
import { countedStatuses, participation } from '../domain/reports/status.ts';
import { pledgeCompleteness } from '../domain/registrations/pledge.ts';
import {
  governingTarget,
  latestActual,
  targetStatus,
  type Comparator,
  type Direction,
} from '../domain/targets/status.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { reportPeriodPolicy } from '../policies/reports.ts';
import { membershipsOf } from '../repositories/blocks.ts';
import { sectionsOf } from '../repositories/movements.ts';
import { participatingUnits } from '../repositories/registrations.ts';
import { pledgesOfYear, registeredCount } from '../repositories/report-units.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { boardRows, loadPeriodState, rollupCriteria, type PeriodState } from './reports-board.ts';
import { listTargets } from './targets.ts';

export interface ConsolidatedOptions {
  /** ISO day of the document; today when omitted. */
  date?: string | undefined;
  /** The register number once the văn thư assigns one. */
  number?: string | null | undefined;
  recipients?: string[] | undefined;
  signer?: ConsolidatedReportData['signer'] | undefined;
}

/** Who receives the province's report unless the office says otherwise (Decree 30 "Nơi nhận"). */
export const defaultRecipients = [
  'Ban Thi đua - Khen thưởng Trung ương',
  'Thường trực Tỉnh ủy',
  'Thường trực HĐND tỉnh',
  'Chủ tịch, các PCT UBND tỉnh',
  'Ủy ban MTTQ Việt Nam tỉnh',
  'Các sở, ban, ngành tỉnh',
  'UBND các xã, phường',
  'Lưu: VT, SNV',
];

const measureUnits: Record<string, string> = {
  percent: '%',
  percent_change: '%',
  count: '',
  done: '',
};

/** "Ủy ban nhân dân tỉnh Lai Châu" → "Lai Châu". */
export const placeOf = (tenantName: string) =>
  tenantName.replace(/^(ủy|uỷ) ban nhân dân\s+(tỉnh|thành phố)\s+/iu, '').trim();

async function registrations(deps: Deps, state: PeriodState) {
  const { tenantId, movementId, year } = state.period;
  const expected = (await participatingUnits(deps.db, tenantId, `${year}-01-01`)).length;
  const registered = await registeredCount(deps.db, tenantId, movementId, year);
  let pledgesSigned = 0;
  for (const pledge of await pledgesOfYear(deps.db, tenantId, year)) {
    const members = await membershipsOf(deps.db, tenantId, year, pledge.blockId);
    if (pledgeCompleteness(members, pledge.signed).complete) pledgesSigned += 1;
  }
  return { registered, expected, pledgesSigned };
}

async function provinceTargets(deps: Deps, actor: Actor, state: PeriodState) {
  const { year, movementCode } = state.period;
  return (await listTargets(deps, actor))
    .filter((v) => v.target.movementCode === movementCode)
    .map((v) => {
      const targets = v.values.map((t) => ({
        year: t.year,
        value: Number(t.value),
        comparator: t.comparator as Comparator,
      }));
      const actuals = v.actuals.map((a) => ({ year: a.year, value: Number(a.value) }));
      const upToYear = actuals.filter((a) => a.year <= year);
      const direction = v.target.direction as Direction;
      const baseline = {
        year: v.target.baselineYear,
        value: v.target.baselineValue === null ? null : Number(v.target.baselineValue),
      };
      return {
        code: v.target.code,
        name: v.target.nameVi,
        unit: measureUnits[v.target.measure] ?? '',
        target: governingTarget(targets, year)?.value ?? null,
        actual: actuals.find((a) => a.year === year)?.value ?? null,
        status: targetStatus({
          direction,
          baseline,
          targets,
          latest: latestActual(upToYear),
          evaluationYear: year,
        }),
      };
    });
}

/** Narrative sections of the reports sent in, as "Unit name: text", in board order. */
async function narratives(deps: Deps, state: PeriodState, order: string[]) {
  const rank = new Map(order.map((id, i) => [id, i]));
  const sent = state.rows
    .filter((r) => countedStatuses.includes(r.status as ReportStatus))
    .sort((a, b) => (rank.get(a.unitId) ?? 1e9) - (rank.get(b.unitId) ?? 1e9));
  const names = await unitNamesOn(
    deps.db,
    state.period.tenantId,
    sent.map((r) => r.unitId),
    state.period.referenceDate,
  );
  const pick = (section: keyof Narrative) =>
    sent.flatMap((r) => {
      const text = (r.narrative as Narrative)[section]?.trim();
      return text ? [`${names.get(r.unitId) ?? ''}: ${text}`] : [];
    });
  return {
    highlights: pick('results'),
    shortcomings: pick('shortcomings'),
    proposals: pick('proposals'),
  };
}

/**
 * Everything the province's consolidated report on a period needs (issue 4, item 6), for the
 * office or a leader: participation per the board, indicators rolled up over the whole tree
 * as of the reference date, province targets with their status for the year, registration
 * counts, and the units' narratives. `participation` puts every expected unit in one
 * category (domain/reports/status.ts), so its counts add up to the units expected.
 */
export async function consolidatedReportData(
  deps: Deps,
  actor: Actor,
  periodId: string,
  options: ConsolidatedOptions = {},
): Promise<ConsolidatedReportData> {
  const state = await loadPeriodState(deps, actor.tenantId, periodId);
  authorize(reportPeriodPolicy, actor, 'documents', { rootUnitId: state.rootUnitId });
  const { period } = state;
  const root = state.units.get(state.rootUnitId);
  const tenantName = root?.name ?? '';
  const rows = boardRows(state);
  const criteria = await rollupCriteria(deps, state);
  const rolled = rollup(
    state.input,
    state.rootUnitId,
    criteria.map((c) => c.criterion),
  );
  const legal = await sectionsOf(deps.db, actor.tenantId, [period.movementId], ['legal_basis']);
  return {
    tenantName,
    issuerShort: root?.kind === 'province' ? 'UBND' : (root?.code ?? ''),
    place: placeOf(tenantName),
    date: options.date ?? state.today,
    number: options.number ?? null,
    movement: {
      code: period.movementCode,
      name: period.movementTitle,
      legalBasis: legal.map((s) => s.textVi.trim().replace(/[;.]$/, '')),
    },
    period: {
      year: period.year,
      kind: period.kind as PeriodKind,
      half: period.half,
      label: periodLabel({ year: period.year, kind: period.kind as PeriodKind, half: period.half })
        .vi,
    },
    participation: participation(rows.map((r) => r.status)),
    registrations: await registrations(deps, state),
    indicators: rolled.indicators.map((i, n) => {
      const { criterion, group } = criteria[n]!;
      return {
        group: group.vi,
        code: i.code,
        name: criterion.indicator,
        measure: criterion.measure,
        aggregation: i.aggregation,
        value: i.value,
        target: criterion.targets.find((t) => t.year === period.year)?.value ?? null,
        reportingUnits: i.reportingUnits,
      };
    }),
    targets: await provinceTargets(deps, actor, state),
    units: rows.map((r) => ({
      code: r.unit.code,
      name: r.unit.name,
      status: r.status,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
    ...(await narratives(
      deps,
      state,
      rows.map((r) => r.unit.id),
    )),
    recipients: options.recipients ?? defaultRecipients,
    signer: options.signer ?? {
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: period.signerName ?? '',
    },
  };
}
