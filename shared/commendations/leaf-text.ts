import { findAward, type LocalisedText } from './catalogue.ts';
import type { Leaf } from './conditions.ts';
import {
  categoryLabels,
  contributionLabels,
  factLabels,
  leafTemplates,
  levelLabels,
  localKindLabels,
  phrases,
  ratingLabels,
  severityLabels,
  type Labels,
} from './leaf-labels.ts';

/**
 * How each condition reads: the leaf kind's template filled from its parameters, per language.
 * A leaf's own `label` wins, so a province can word its conditions itself.
 */

type Lang = 'vi' | 'en';
type Params = Record<string, string | number>;

const one = (labels: Labels, value: string, lang: Lang): string => labels[value]?.[lang] ?? value;
const many = (labels: Labels, values: readonly string[], lang: Lang): string =>
  values.map((v) => one(labels, v, lang)).join(', ');
const award = (code: string, lang: Lang): string => findAward(code)?.name[lang] ?? code;
const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => String(params[key] ?? m));

function params(leaf: Leaf, lang: Lang): Params {
  switch (leaf.kind) {
    case 'rating_in_year':
      return { rating: one(ratingLabels, leaf.min, lang) };
    case 'consecutive_years_rating':
      return { rating: one(ratingLabels, leaf.min, lang), years: leaf.years };
    case 'holds_title_in_year':
    case 'award_standard_met':
      return { award: award(leaf.award, lang) };
    case 'title_held_consecutive':
      return { award: award(leaf.award, lang), years: leaf.years };
    case 'award_held':
      return {
        award: award(leaf.award, lang),
        within: leaf.withinYears ? fill(phrases.within[lang], { years: leaf.withinYears }) : '',
      };
    case 'initiatives_recognised': {
      const what =
        leaf.types?.length === 1 ? phrases[leaf.types[0] ?? 'initiative'] : phrases.either;
      return {
        count: leaf.count,
        what: what[lang],
        level: one(levelLabels, leaf.minLevel, lang),
        years: leaf.windowYears,
      };
    }
    case 'no_discipline':
      return { severity: one(severityLabels, leaf.minSeverity, lang), years: leaf.windowYears };
    case 'members_share_with_title':
      return { share: `${Math.round(leaf.minShare * 100)}%`, award: award(leaf.award, lang) };
    case 'members_share_with_rating':
      return {
        share: `${Math.round(leaf.minShare * 100)}%`,
        rating: one(ratingLabels, leaf.min, lang),
      };
    case 'members_count_with_title':
      return { count: leaf.min, award: award(leaf.award, lang) };
    case 'no_member_discipline':
      return { severity: one(severityLabels, leaf.minSeverity, lang) };
    case 'household_contributed':
      return { kinds: many(contributionLabels, leaf.kinds, lang) };
    case 'months_worked_in_year':
      return { months: leaf.min };
    case 'subject_category_in':
      return { categories: many(categoryLabels, leaf.categories, lang) };
    case 'local_unit_kind_in':
      return { kinds: many(localKindLabels, leaf.kinds, lang) };
    case 'attested':
      return { fact: one(factLabels, leaf.fact, lang) };
  }
}

export function describeLeaf(leaf: Leaf): LocalisedText {
  if (leaf.label) return leaf.label;
  const template = leafTemplates[leaf.kind];
  return { vi: fill(template.vi, params(leaf, 'vi')), en: fill(template.en, params(leaf, 'en')) };
}
