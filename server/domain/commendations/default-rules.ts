import { individualRules } from './default-rules-individual.ts';
import { collectiveRules } from './default-rules-units.ts';
import type { Rule } from '../../../shared/commendations/rule-schema.ts';

/** The default rule set for Lai Châu: plain data, validated by `validateRuleSet` in the tests. */
export const laiChauDefaultRules: readonly Rule[] = [...individualRules, ...collectiveRules];
