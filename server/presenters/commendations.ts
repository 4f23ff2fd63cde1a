import type { AwardDefinition } from '../../shared/commendations/catalogue.ts';
import type { BaseSalaryEntry } from '../../shared/commendations/base-salary.ts';
import type { BaseSalaryResponse } from '../../shared/contracts/base-salary.ts';
import type {
  CatalogueResponse,
  RuleListResponse,
  RuleResponse,
} from '../../shared/contracts/commendations.ts';
import type { Actor } from '../policies/actor.ts';
import { rulePolicy, type OfficeSubject } from '../policies/commendations.ts';
import type { RuleView } from '../services/commendations.ts';

/** The base salary table as the contract gives it. */
export const presentBaseSalaries = (table: readonly BaseSalaryEntry[]): BaseSalaryResponse => ({
  entries: table.map((e) => ({
    effectiveFrom: e.effectiveFrom,
    amount: e.amount,
    citation: { ...e.citation },
  })),
});

export const presentRule = (actor: Actor, r: RuleView): RuleResponse => ({
  id: r.id,
  code: r.code,
  awardCode: r.awardCode,
  subject: r.subject,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
  citation: r.citation,
  title: r.title ?? null,
  condition: r.condition,
  version: r.version,
  abilities: { update: rulePolicy.update(actor, r) },
});

/** The rule set with whether the actor may add to it. */
export const presentRuleList = (
  actor: Actor,
  view: { rules: RuleView[]; office: OfficeSubject },
): RuleListResponse => ({
  rules: view.rules.map((r) => presentRule(actor, r)),
  abilities: { create: rulePolicy.create(actor, view.office) },
});

/** The catalogue as data (its lists copied out of the read-only definitions). */
export const presentCatalogue = (awards: readonly AwardDefinition[]): CatalogueResponse => ({
  awards: awards.map((a) => ({
    ...a,
    subjects: [...a.subjects],
    kinds: [...a.kinds],
    multipliers: a.multipliers.map((m) => ({ ...m })),
    dossier: a.dossier.map((d) => ({
      ...d,
      subjects: d.subjects && [...d.subjects],
      forKinds: d.forKinds && [...d.forKinds],
    })),
  })),
});
