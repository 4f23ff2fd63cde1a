import { invalid, notFound } from '../../shared/errors.ts';
import type { PlanContent } from '../../shared/contracts/plan-content.ts';
import type { PlanChange } from '../../shared/contracts/plans.ts';
import type { Executor } from '../db/client.ts';
import type { PlanDocumentData } from '../documents/plan-document.ts';
import type { Deps } from '../deps.ts';
import {
  annotateSetBy,
  diffPlans,
  effectivePeriods,
  versionInForceOn,
  type VersionContent,
  type YearValue,
} from '../domain/plans/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { planPolicy, readsPlanDrafts, type PlanSubject } from '../policies/plans.ts';
import { currentBodies } from '../repositories/movements.ts';
import * as repo from '../repositories/plans.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { contentFromTables } from './plan-content.ts';

export type MovementRow = NonNullable<Awaited<ReturnType<typeof repo.findMovement>>>;

/** A movement's plan: the movement, the versions the reader may see (newest first), periods. */
export interface PlanView {
  movement: MovementRow;
  rootUnitId: string;
  versions: repo.PlanVersionRow[];
  periods: Map<number, { from: string | null; to: string | null }>;
  subjectAt: (status: PlanSubject['status']) => PlanSubject;
}

export interface PlanVersionView extends PlanView {
  version: repo.PlanVersionRow;
  subject: PlanSubject;
}

/** A version row as the in-force rules read it. */
export const effectiveOf = (v: repo.PlanVersionRow): VersionContent => ({
  number: v.number,
  status: v.status as VersionContent['status'],
  effectiveFrom: v.decisionDate,
  content: v.content as PlanContent,
});

/**
 * A movement stored before versions existed (or written straight to the tables) reads as its
 * version 1 from the tables, with every decision field unknown, until the seed step gives it
 * a stored one.
 */
async function tablesAsFirstVersion(db: Executor, m: MovementRow): Promise<repo.PlanVersionRow> {
  return {
    id: m.id,
    tenantId: m.tenantId,
    movementId: m.id,
    number: 1,
    status: 'issued',
    basedOn: null,
    content: await contentFromTables(db, m),
    revision: 1,
    decisionKind: 'plan',
    decisionNumber: null,
    decisionDate: null,
    signerName: m.signerName,
    signerTitle: null,
    unknownFields: ['number', 'date', 'signerTitle', ...(m.signerName ? [] : ['signerName'])],
    createdAt: m.createdAt,
    createdBy: null,
    updatedAt: m.createdAt,
    updatedBy: null,
    issuedAt: m.createdAt,
    issuedBy: null,
    issuedByName: null,
    supersededAt: null,
  };
}

/** Loads a movement's plan for a reader (null: the public); another tenant's code is not found. */
export async function loadPlan(
  db: Executor,
  tenantId: string,
  code: string,
  reader: Actor | null,
  lock = false,
): Promise<PlanView> {
  const movement = await repo.findMovement(db, tenantId, code, lock);
  if (!movement) throw notFound();
  const withDrafts = reader ? readsPlanDrafts(reader) : false;
  const [stored, rootUnitId] = await Promise.all([
    repo.versionsOf(db, tenantId, [movement.id], withDrafts),
    rootOf(db, tenantId),
  ]);
  const versions = stored.length || reader ? stored : [await tablesAsFirstVersion(db, movement)];
  return {
    movement,
    rootUnitId,
    versions,
    periods: effectivePeriods(versions.map(effectiveOf)),
    subjectAt: (status) => ({ rootUnitId, status }),
  };
}

/** One version, loaded then authorized to read (a draft is not found for those not shown drafts). */
export async function loadPlanVersion(
  db: Executor,
  actor: Actor,
  code: string,
  number: number,
  lock = false,
): Promise<PlanVersionView> {
  const plan = await loadPlan(db, actor.tenantId, code, actor, lock);
  const version = plan.versions.find((v) => v.number === number);
  if (!version) throw notFound();
  const subject = plan.subjectAt(version.status as PlanSubject['status']);
  authorize(planPolicy, actor, 'read', subject);
  return { ...plan, version, subject };
}

export const listPlanVersions = (deps: Deps, actor: Actor, code: string) =>
  loadPlan(deps.db, actor.tenantId, code, actor);

export const getPlanVersion = (deps: Deps, actor: Actor, code: string, n: number) =>
  loadPlanVersion(deps.db, actor, code, n);

/** Lead bodies and duty units named as on `day`, for diffs and the public page. */
async function unitNames(db: Executor, tenantId: string, contents: PlanContent[], day: string) {
  const ids = [
    ...new Set(
      contents.flatMap((c) => [
        ...c.sectors.map((s) => s.leadUnitId),
        ...c.sections.flatMap((s) => (s.unitId ? [s.unitId] : [])),
      ]),
    ),
  ];
  return unitNamesOn(db, tenantId, ids, day);
}

/** What changed between two versions the reader may see (null reader: issued versions only). */
export async function diffPlanVersions(
  deps: Deps,
  tenantId: string,
  reader: Actor | null,
  code: string,
  from: number,
  to: number,
): Promise<{
  plan: PlanView;
  from: repo.PlanVersionRow;
  to: repo.PlanVersionRow;
  changes: PlanChange[];
}> {
  if (from === to) throw invalid({ to: { key: 'invalid_value' } });
  const plan = await loadPlan(deps.db, tenantId, code, reader);
  const a = plan.versions.find((v) => v.number === from);
  const b = plan.versions.find((v) => v.number === to);
  if (!a || !b) throw notFound();
  const contents = [a.content as PlanContent, b.content as PlanContent];
  const names = await unitNames(deps.db, tenantId, contents, deps.today());
  return {
    plan,
    from: a,
    to: b,
    changes: diffPlans(contents[0]!, contents[1]!, (id) => names.get(id) ?? id),
  };
}

/** The plan as the public reads it on a day: the version then in force, with names and history. */
export interface PublicPlan {
  plan: PlanView;
  asOf: string;
  version: repo.PlanVersionRow;
  content: PlanContent;
  setBy: Map<string, YearValue[]>;
  current: Map<string, string>;
  namesThen: Map<string, string>;
  namesNow: Map<string, string>;
}

export async function getPublicPlan(
  deps: Deps,
  tenantId: string,
  code: string,
  asOf?: string,
): Promise<PublicPlan> {
  const plan = await loadPlan(deps.db, tenantId, code, null);
  const day = asOf ?? deps.today();
  const chain = plan.versions.map(effectiveOf);
  const inForce = versionInForceOn(chain, day);
  const version = inForce && plan.versions.find((v) => v.number === inForce.number);
  if (!inForce || !version) throw notFound();
  const content = inForce.content;
  const today = deps.today();
  const leads = content.sectors.map((s) => s.leadUnitId);
  const current = await currentBodies(deps.db, tenantId, leads, today);
  // The version's wording names bodies as they were when it took effect.
  const then = version.decisionDate ?? `${plan.movement.startYear + 1}-06-30`;
  const [namesThen, namesNow] = await Promise.all([
    unitNames(deps.db, tenantId, [content], then),
    unitNamesOn(
      deps.db,
      tenantId,
      [
        ...new Set([
          ...current.values(),
          ...(plan.movement.issuerUnitId ? [plan.movement.issuerUnitId] : []),
        ]),
      ],
      today,
    ),
  ]);
  return {
    plan,
    asOf: day,
    version,
    content,
    setBy: annotateSetBy(chain, inForce),
    current,
    namesThen,
    namesNow,
  };
}

/** Every movement's plan in force today, for the public list (movements without versions left out). */
export async function listPublicPlans(deps: Deps, tenantId: string) {
  const movements = await repo.listMovementsOf(deps.db, tenantId);
  const versions = await repo.versionsOf(
    deps.db,
    tenantId,
    movements.map((m) => m.id),
    false,
  );
  const today = deps.today();
  const out = [];
  for (const movement of movements) {
    const own = versions.filter((v) => v.movementId === movement.id);
    const rows = own.length ? own : [await tablesAsFirstVersion(deps.db, movement)];
    const chain = rows.map(effectiveOf);
    const inForce = versionInForceOn(chain, today);
    if (inForce)
      out.push({ movement, content: inForce.content, setBy: annotateSetBy(chain, inForce) });
  }
  return out;
}

/** The document's data for a version of a loaded plan. */
async function documentOf(
  deps: Deps,
  tenantId: string,
  plan: PlanView,
  version: repo.PlanVersionRow,
): Promise<PlanDocumentData> {
  const issuerId = plan.movement.issuerUnitId;
  const day = version.decisionDate ?? deps.today();
  const names = issuerId ? await unitNamesOn(deps.db, tenantId, [issuerId], day) : new Map();
  return {
    content: version.content as PlanContent,
    number: version.number,
    issuerName: (issuerId && names.get(issuerId)) || 'Ủy ban nhân dân tỉnh',
    decision: {
      kind: version.decisionKind === 'plan' ? 'plan' : 'decision',
      number: version.decisionNumber,
      date: version.decisionDate,
      signerName: version.signerName,
      signerTitle: version.signerTitle,
    },
  };
}

/** What the plan's official document needs for an issued version (drafts are not found). */
export async function planDocumentData(
  deps: Deps,
  tenantId: string,
  code: string,
  number: number,
): Promise<PlanDocumentData> {
  const plan = await loadPlan(deps.db, tenantId, code, null);
  const version = plan.versions.find((v) => v.number === number);
  if (!version) throw notFound();
  return documentOf(deps, tenantId, plan, version);
}

/** The preview of any version the actor may read, a draft included ("Xem trước"). */
export async function planDocumentPreview(
  deps: Deps,
  actor: Actor,
  code: string,
  number: number,
): Promise<PlanDocumentData> {
  const view = await loadPlanVersion(deps.db, actor, code, number);
  return documentOf(deps, actor.tenantId, view, view.version);
}
