import {
  conditionSchema,
  type Condition,
  type Leaf,
  type LeafKind,
} from '../../shared/commendations/conditions.ts';

/** Pure helpers of the rule editor (no React): condition parsing, field mapping, dates. */

export type ParsedCondition =
  | { ok: true; condition: Condition }
  | { ok: false; kind: 'json' | 'shape'; path: string; message: string };

/** The condition text checked live: JSON first, then the domain's condition schema. */
export function parseCondition(text: string): ParsedCondition {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'json', path: '', message: (e as Error).message };
  }
  const parsed = conditionSchema.safeParse(raw);
  if (parsed.success) return { ok: true, condition: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    kind: 'shape',
    path: issue?.path.map(String).join('.') || '—',
    message: issue?.message ?? '',
  };
}

/** A server field path (validateRuleSet's problem paths) → the editor input that shows it. */
export function fieldOf(path: string): string {
  if (path === 'citation' || path === 'citation.instrument') return 'instrument';
  if (path.startsWith('citation.')) return path.slice('citation.'.length);
  if (path.startsWith('condition')) return 'condition';
  if (path.startsWith('title')) return 'titleVi';
  return path;
}

/** The day after an ISO date (calendar arithmetic in UTC, no clock). */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A starting leaf of each kind, with sample parameters the office then adjusts. */
export const leafStarters: Record<LeafKind, Leaf> = {
  rating_in_year: { kind: 'rating_in_year', min: 'HTT' },
  consecutive_years_rating: { kind: 'consecutive_years_rating', min: 'HTT', years: 2 },
  holds_title_in_year: { kind: 'holds_title_in_year', award: 'LDTT' },
  title_held_consecutive: { kind: 'title_held_consecutive', award: 'CSTDCS', years: 2 },
  award_held: { kind: 'award_held', award: 'BK_CT_UBND_TINH', withinYears: 5 },
  award_standard_met: { kind: 'award_standard_met', award: 'LDTT' },
  initiatives_recognised: {
    kind: 'initiatives_recognised',
    count: 1,
    minLevel: 'base',
    windowYears: 1,
  },
  no_discipline: { kind: 'no_discipline', minSeverity: 'reprimand', windowYears: 1 },
  members_share_with_title: { kind: 'members_share_with_title', award: 'LDTT', minShare: 0.7 },
  members_share_with_rating: { kind: 'members_share_with_rating', min: 'HTT', minShare: 0.7 },
  members_count_with_title: { kind: 'members_count_with_title', award: 'CSTDCS', min: 1 },
  no_member_discipline: { kind: 'no_member_discipline', minSeverity: 'warning' },
  household_contributed: { kind: 'household_contributed', kinds: ['land'] },
  months_worked_in_year: { kind: 'months_worked_in_year', min: 10 },
  subject_category_in: { kind: 'subject_category_in', categories: ['official'] },
  local_unit_kind_in: { kind: 'local_unit_kind_in', kinds: ['rural_commune'] },
  attested: { kind: 'attested', fact: 'exemplary_conduct' },
};

/**
 * The condition text with `leaf` added: into the top-level all/any group, or, when the tree is a
 * single leaf or a `not`, both wrapped in a new `all`. Unparsable text is left as it is.
 */
export function withLeaf(text: string, leaf: Leaf): string | null {
  let tree: Condition = { kind: 'all', conditions: [] };
  if (text.trim()) {
    const parsed = parseCondition(text);
    if (!parsed.ok) return null;
    tree = parsed.condition;
  }
  const next: Condition =
    tree.kind === 'all' || tree.kind === 'any'
      ? { ...tree, conditions: [...tree.conditions, leaf] }
      : { kind: 'all', conditions: [tree, leaf] };
  return JSON.stringify(next, null, 2);
}
