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
import type { Actor } from '../policies/actor.ts';
import { rulePolicy } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { recordAudit, type AuditActor } from './audit.ts';

export const auditActor = (a: Actor): AuditActor => ({ id: a.id, name: a.username });

/** The catalogue of titles and forms (shared data; the same for every tenant). */
export const listCatalogue = () => catalogue;

export const listRules = (deps: Deps, _actor: Actor) => repo.listRules(deps.db, _actor.tenantId);

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
export async function createRule(deps: Deps, actor: Actor, input: unknown) {
  if (!rulePolicy.create(actor)) throw new AppError(403, 'forbidden');
  const rule = await validated(deps, actor, input);
  return deps.db.transaction(async (tx) => {
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
}

/** Replaces a rule version; optimistic lock on `version`. */
export async function updateRule(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { version: number; rule: unknown },
) {
  const before = await repo.findRule(deps.db, actor.tenantId, id);
  if (!before) throw notFound();
  if (!rulePolicy.update(actor)) throw new AppError(403, 'forbidden');
  const rule = await validated(deps, actor, input.rule, id);
  return deps.db.transaction(async (tx) => {
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
