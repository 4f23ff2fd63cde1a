import { AppError, conflict, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import {
  baseSalaryTable,
  catalogue,
  findAward,
  multiplierOn,
  type SubjectKind,
} from '../../shared/commendations/catalogue.ts';
import type { MessageKey } from '../../shared/i18n/errors.ts';
import type { Deps } from '../deps.ts';
import {
  cashAmount,
  CashError,
  validateRuleSet,
  type CashAmount,
  type RuleProblem,
} from '../domain/commendations/index.ts';
import type { RuleBody, UpdateRuleBody } from '../../shared/contracts/commendations.ts';
import type { Actor } from '../policies/actor.ts';
import { rulePolicy, type OfficeSubject } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';

/** The tenant's root unit: whose emulation office may act province-wide (policies/actor.ts). */
export const officeOf = async (deps: Deps, actor: Actor): Promise<OfficeSubject> => ({
  rootUnitId: await rootOf(deps.db, actor.tenantId),
});

/** The catalogue of titles and forms (shared data; the same for every tenant). */
export const listCatalogue = () => catalogue;

/** A stored rule with the root unit its abilities are decided on. */
export type RuleView = repo.RuleRow & OfficeSubject;

/** Every rule version of the tenant (everyone signed in reads them), and who may add one. */
export async function listRules(deps: Deps, actor: Actor) {
  const office = await officeOf(deps, actor);
  const rows = await repo.listRules(deps.db, actor.tenantId);
  return { rules: rows.map((r): RuleView => ({ ...r, ...office })), office };
}

const problemKey: Record<RuleProblem['code'], MessageKey> = {
  invalid: 'invalid_value',
  citation_required: 'citation_required',
  dates_reversed: 'rule_dates_reversed',
  unknown_award: 'award_unknown',
  subject_not_allowed: 'award_subject_not_allowed',
  overlapping_dates: 'rule_dates_overlap',
  lineage_changes_award: 'rule_lineage_changes_award',
};

/**
 * Checks `candidate` against the stored set (minus `replacing`) with the domain's validateRuleSet;
 * the candidate goes last so overlap and lineage problems are reported on it.
 */
async function validated(deps: Deps, actor: Actor, candidate: unknown, replacing?: string) {
  const stored = (await repo.listRules(deps.db, actor.tenantId)).filter((r) => r.id !== replacing);
  const result = validateRuleSet([...stored.map(repo.ruleOf), candidate]);
  if (result.ok) return result.rules[result.rules.length - 1]!;
  const mine = result.problems.filter((p) => p.index === stored.length);
  // Problems only among stored rules (edited elsewhere) do not block a sound candidate.
  const alone = validateRuleSet([candidate]);
  if (!mine.length && alone.ok) return alone.rules[0]!;
  const fields: Record<string, FieldProblem> = {};
  for (const p of mine.length ? mine : alone.ok ? [] : alone.problems) {
    const field = p.code === 'citation_required' ? 'citation' : p.path || 'rule';
    fields[field] ??= { key: problemKey[p.code], params: p.params ?? {} };
  }
  throw invalid(fields);
}

/** Adds a rule version (the office only): citation required, no overlap with its lineage. */
export async function createRule(deps: Deps, actor: Actor, input: RuleBody): Promise<RuleView> {
  const office = await officeOf(deps, actor);
  if (!rulePolicy.create(actor, office)) throw new AppError(403, 'forbidden');
  const rule = await validated(deps, actor, input);
  const row = await deps.db.transaction(async (tx) => {
    const row = await repo.insertRule(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      code: rule.code,
      awardCode: rule.awardCode,
      subject: rule.subject,
      effectiveFrom: rule.effectiveFrom,
      effectiveTo: rule.effectiveTo ?? null,
      citation: rule.citation,
      title: rule.title ?? null,
      condition: rule.condition,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'commendation_rule.create',
      entityType: 'commendation_rule',
      entityId: row.id,
      after: row,
    });
    return row;
  });
  return { ...row, ...office };
}

/** Replaces a rule version; optimistic lock on `version`. */
export async function updateRule(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateRuleBody,
): Promise<RuleView> {
  const before = await repo.findRule(deps.db, actor.tenantId, id);
  if (!before) throw notFound();
  const office = await officeOf(deps, actor);
  if (!rulePolicy.update(actor, office)) throw new AppError(403, 'forbidden');
  const rule = await validated(deps, actor, input.rule, id);
  const row = await deps.db.transaction(async (tx) => {
    const row = await repo.updateRule(tx, actor.tenantId, id, input.version, {
      code: rule.code,
      awardCode: rule.awardCode,
      subject: rule.subject,
      effectiveFrom: rule.effectiveFrom,
      effectiveTo: rule.effectiveTo ?? null,
      citation: rule.citation,
      title: rule.title ?? null,
      condition: rule.condition,
    });
    if (!row) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'commendation_rule.update',
      entityType: 'commendation_rule',
      entityId: id,
      before,
      after: row,
    });
    return row;
  });
  return { ...row, ...office };
}

/** Multiplier × base salary in force on the decision date, rounded up to 10,000 đ. */
/** The base salary amounts in force over time, oldest first (everyone signed in reads them). */
export const listBaseSalaries = () => baseSalaryTable;

export function cashFor(award: string, subject: SubjectKind, decisionDate: string): CashAmount {
  const def = findAward(award);
  if (!def) throw invalid({ award: { key: 'award_unknown', params: { award } } });
  const m = multiplierOn(def, subject, decisionDate);
  if (!m) throw invalid({ award: { key: 'award_no_cash' } });
  try {
    return cashAmount(m.value, baseSalaryTable, decisionDate);
  } catch (e) {
    if (e instanceof CashError && e.code === 'no_base_salary')
      throw invalid({ decisionDate: { key: 'base_salary_missing' } });
    throw e;
  }
}
