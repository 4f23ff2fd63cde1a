import type { FieldProblem } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/i18n/errors.ts';
import { contentSchema, type CriteriaContent } from '../../../shared/contracts/criteria-content.ts';

export type ContentCheck =
  { ok: true; content: CriteriaContent } | { ok: false; fields: Record<string, FieldProblem> };

export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  values?: unknown[];
  keys?: string[];
}

/** A Zod issue as a message key with placeholders (same wording as the route validator). */
export function problemOf(issue: Issue): FieldProblem {
  const key = ((): MessageKey => {
    switch (issue.code) {
      case 'invalid_type':
        return /received undefined/i.test(issue.message) ? 'required' : 'invalid_type';
      case 'invalid_union':
        return 'criterion_kind_invalid';
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : 'too_short';
        return issue.origin === 'array' ? 'too_few_items' : 'too_small';
      case 'too_big':
        if (issue.origin === 'string') return 'too_long';
        return issue.origin === 'array' ? 'too_many_items' : 'too_big';
      case 'invalid_value':
        return 'invalid_option';
      case 'unrecognized_keys':
        return 'unknown_field';
      case 'invalid_format':
        return 'invalid_format';
      default:
        return 'invalid_value';
    }
  })();
  const params: Record<string, unknown> = {};
  if (issue.minimum !== undefined) params.minimum = issue.minimum;
  if (issue.maximum !== undefined) params.maximum = issue.maximum;
  if (issue.values) params.options = issue.values.map(String).join(', ');
  if (issue.keys) params.keys = issue.keys.join(', ');
  if (key === 'invalid_type') params.expected = 'value';
  return Object.keys(params).length ? { key, params } : { key };
}

/** Every criterion code in a (possibly malformed) content, with its path. */
function codesOf(input: unknown): { at: string; code: string }[] {
  const out: { at: string; code: string }[] = [];
  const groups = (input as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(groups)) return out;
  groups.forEach((group: unknown, g) => {
    const criteria = (group as { criteria?: unknown } | null)?.criteria;
    if (!Array.isArray(criteria)) return;
    criteria.forEach((c: unknown, i) => {
      const code = (c as { code?: unknown } | null)?.code;
      if (typeof code === 'string') out.push({ at: `groups.${g}.criteria.${i}`, code });
    });
  });
  return out;
}

const pathOf = (path: PropertyKey[]) => path.map(String).join('.');

/**
 * Checks a version's content and answers field problems keyed by path
 * (`groups.0.criteria.2.maxPoints`): shape first, then the rules across criteria.
 */
export function validateContent(input: unknown): ContentCheck {
  const parsed = contentSchema.safeParse(input);
  const fields: Record<string, FieldProblem> = {};
  const add = (path: string, problem: FieldProblem) => {
    fields[path] ??= problem;
  };
  if (!parsed.success)
    for (const issue of parsed.error.issues) add(pathOf(issue.path), problemOf(issue as Issue));
  // Duplicate codes are looked for even when the shape is wrong, so one answer lists both.
  const seen = new Set<string>();
  for (const { at, code } of codesOf(input)) {
    const key = code.trim().toUpperCase();
    if (!key) continue;
    if (seen.has(key)) add(`${at}.code`, { key: 'criterion_code_duplicate', params: { code } });
    seen.add(key);
  }
  if (!parsed.success) return { ok: false, fields };
  const content = parsed.data;
  content.groups.forEach((group, g) =>
    group.criteria.forEach((c, i) => {
      const at = `groups.${g}.criteria.${i}`;
      if (c.kind === 'qualitative' && c.scale === 'levels' && c.levels.length < 2)
        add(`${at}.levels`, { key: 'criterion_levels_needed' });
      if ((c.kind === 'bonus' || c.kind === 'penalty') && c.cap < c.pointsPerEvent)
        add(`${at}.cap`, {
          key: 'criterion_cap_below_event',
          params: { points: c.pointsPerEvent },
        });
      if (c.kind === 'quantitative' && c.rule?.kind === 'steps') {
        const ok = c.rule.steps.every(
          (s, k, all) =>
            k === 0 ||
            (s.atLeastPercent > all[k - 1]!.atLeastPercent && s.share >= all[k - 1]!.share),
        );
        if (!ok) add(`${at}.rule.steps`, { key: 'scoring_steps_order' });
      }
      if (c.kind === 'qualitative' && c.levelPoints) {
        const count = c.scale === 'levels' ? c.levels.length : 0;
        if (c.levelPoints.length !== count)
          add(`${at}.levelPoints`, { key: 'scoring_level_points_count', params: { count } });
        else if (c.levelPoints.some((p) => p > c.maxPoints))
          add(`${at}.levelPoints`, {
            key: 'scoring_level_points_max',
            params: { max: c.maxPoints },
          });
      }
      if (c.kind === 'quantitative') {
        const years = new Set<number>();
        c.targets.forEach((t, k) => {
          if (years.has(t.year))
            add(`${at}.targets.${k}.year`, {
              key: 'criterion_target_year_twice',
              params: { year: t.year },
            });
          years.add(t.year);
        });
      }
    }),
  );
  const bands = content.scoring?.bands ?? [];
  const bandCodes = new Set<string>();
  bands.forEach((b, k) => {
    if (bandCodes.has(b.code))
      add(`scoring.bands.${k}.code`, { key: 'scoring_band_code_twice', params: { code: b.code } });
    bandCodes.add(b.code);
  });
  const ordered = bands.every((b, k) => k === 0 || b.minShare < bands[k - 1]!.minShare);
  if (bands.length && (!ordered || bands[bands.length - 1]!.minShare !== 0))
    add('scoring.bands', { key: 'scoring_bands_order' });
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, content };
}

/** Publishing needs at least one criterion; drafts may be empty while they are written. */
export function checkPublishable(content: CriteriaContent): Record<string, FieldProblem> {
  const count = content.groups.reduce((n, g) => n + g.criteria.length, 0);
  return count === 0 ? { groups: { key: 'criteria_set_empty' } } : {};
}

/** Every criterion of a version, in order. */
export const criteriaOf = (content: CriteriaContent) => content.groups.flatMap((g) => g.criteria);
