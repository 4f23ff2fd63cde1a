import type { FieldProblem } from '../../../shared/errors.ts';
import { planContentSchema, type PlanContent } from '../../../shared/contracts/plan-content.ts';
import { problemOf, type Issue } from '../criteria/validate.ts';

export type PlanCheck =
  { ok: true; content: PlanContent } | { ok: false; fields: Record<string, FieldProblem> };

const pathOf = (path: PropertyKey[]) => path.map(String).join('.');

/**
 * Checks a version's content: shape first (paths like `targets.2.values.4.value`), then the
 * rules across items — unique codes, years inside the movement, phases in order.
 */
export function validatePlanContent(input: unknown): PlanCheck {
  const parsed = planContentSchema.safeParse(input);
  const fields: Record<string, FieldProblem> = {};
  const add = (path: string, problem: FieldProblem) => {
    fields[path] ??= problem;
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(pathOf(issue.path), problemOf(issue as Issue));
    return { ok: false, fields };
  }
  const c = parsed.data;
  const span = { start: c.startYear, end: c.endYear };
  const inside = (y: number) => y >= c.startYear && y <= c.endYear;
  if (c.endYear < c.startYear) add('endYear', { key: 'plan_years_order' });
  const unique = (items: { code: string }[], at: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = item.code.toUpperCase();
      if (seen.has(key))
        add(`${at}.${i}.code`, { key: 'plan_code_duplicate', params: { code: item.code } });
      seen.add(key);
    });
  };
  unique(c.targets, 'targets');
  unique(c.phases, 'phases');
  unique(c.sectors, 'sectors');
  unique(c.categories, 'categories');
  c.phases.forEach((p, i) => {
    if (p.endYear < p.startYear) add(`phases.${i}.endYear`, { key: 'plan_years_order' });
    if (!inside(p.startYear))
      add(`phases.${i}.startYear`, { key: 'plan_year_outside', params: span });
    if (!inside(p.endYear)) add(`phases.${i}.endYear`, { key: 'plan_year_outside', params: span });
  });
  c.targets.forEach((t, i) => {
    const years = new Set<number>();
    t.values.forEach((v, k) => {
      const at = `targets.${i}.values.${k}.year`;
      if (years.has(v.year))
        add(at, { key: 'criterion_target_year_twice', params: { year: v.year } });
      if (!inside(v.year)) add(at, { key: 'plan_year_outside', params: span });
      years.add(v.year);
    });
  });
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, content: c };
}

/** Issuing needs every opened year filled (or removed) and at least one target. */
export function checkIssuable(content: PlanContent): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  content.targets.forEach((t, i) =>
    t.values.forEach((v, k) => {
      if (v.value === null)
        fields[`targets.${i}.values.${k}.value`] = {
          key: 'plan_value_open',
          params: { code: t.code, year: v.year },
        };
    }),
  );
  return fields;
}

/** Values in a content with years sorted, so saved drafts compare and diff stably. */
export function normalise(content: PlanContent): PlanContent {
  return {
    ...content,
    targets: content.targets.map((t) => ({
      ...t,
      values: [...t.values].sort((a, b) => a.year - b.year),
    })),
  };
}
