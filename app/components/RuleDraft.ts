import {
  conditionSchema,
  type Condition,
  type Leaf,
  type LeafKind,
} from '../../shared/commendations/conditions.ts';
import {
  catalogueProblems,
  ruleSchema,
  type Rule,
} from '../../shared/commendations/rule-schema.ts';
import type { Citation, RuleResponse } from '../../shared/contracts/commendations.ts';
import { translate } from '../../shared/i18n/errors.ts';
import { describeIssue } from '../../shared/i18n/zod-issues.ts';
import type { Locale } from '../../shared/locale.ts';

/** Pure helpers of the rule editor (no React): the draft, its check, condition parsing, dates. */

/** The editor's state: every input as text. */
export interface RuleDraft {
  code: string;
  awardCode: string;
  subject: string;
  effectiveFrom: string;
  effectiveTo: string;
  instrument: string;
  article: string;
  clause: string;
  point: string;
  titleVi: string;
  titleEn: string;
  condition: string;
}
export type DraftField = keyof RuleDraft;

/** The input id of each draft field (the error summary links to them). */
export const fieldIds: Record<DraftField, string> = {
  code: 'rule-code',
  awardCode: 'rule-award',
  subject: 'rule-subject',
  effectiveFrom: 'rule-from',
  effectiveTo: 'rule-to',
  instrument: 'rule-instrument',
  article: 'rule-article',
  clause: 'rule-clause',
  point: 'rule-point',
  titleVi: 'rule-title-vi',
  titleEn: 'rule-title-en',
  condition: 'rule-condition',
};

const emptyCondition = JSON.stringify(
  { kind: 'all', conditions: [{ kind: 'rating_in_year', min: 'HTT' }] },
  null,
  2,
);

/** A draft from a stored rule (edit), or empty (new). */
export function draftOf(rule?: Partial<RuleResponse>): RuleDraft {
  return {
    code: rule?.code ?? '',
    awardCode: rule?.awardCode ?? '',
    subject: rule?.subject ?? '',
    effectiveFrom: rule?.effectiveFrom ?? '',
    effectiveTo: rule?.effectiveTo ?? '',
    instrument: rule?.citation?.instrument ?? '',
    article: rule?.citation?.article ?? '',
    clause: rule?.citation?.clause ?? '',
    point: rule?.citation?.point ?? '',
    titleVi: rule?.title?.vi ?? '',
    titleEn: rule?.title?.en ?? '',
    condition: rule?.condition ? JSON.stringify(rule.condition, null, 2) : emptyCondition,
  };
}

export type ParsedCondition =
  | { ok: true; condition: Condition }
  | { ok: false; kind: 'json' | 'shape'; path: string; message: string };

/** The condition text checked live: JSON first, then the shared condition schema. */
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

/** Blank inputs are left out, so the schema says "required" rather than "invalid". */
const filled = (s: string) => s.trim() || undefined;

/**
 * The rule a draft describes, as the API takes it (not yet checked). A stored citation keeps
 * its `verified` flag while its text is unchanged, and its `note` always.
 */
function candidateOf(draft: RuleDraft, condition: unknown, original?: Citation) {
  const citation: Record<string, unknown> = {
    instrument: filled(draft.instrument),
    article: filled(draft.article),
    ...(filled(draft.clause) ? { clause: filled(draft.clause) } : {}),
    ...(filled(draft.point) ? { point: filled(draft.point) } : {}),
  };
  if (original) {
    const same =
      original.instrument === citation.instrument &&
      original.article === citation.article &&
      (original.clause ?? '') === (citation.clause ?? '') &&
      (original.point ?? '') === (citation.point ?? '');
    if (same && original.verified !== undefined) citation.verified = original.verified;
    if (original.note !== undefined) citation.note = original.note;
  }
  const titled = filled(draft.titleVi) || filled(draft.titleEn);
  return {
    code: filled(draft.code),
    awardCode: filled(draft.awardCode),
    subject: filled(draft.subject),
    effectiveFrom: filled(draft.effectiveFrom),
    ...(filled(draft.effectiveTo) ? { effectiveTo: filled(draft.effectiveTo) } : {}),
    citation,
    ...(titled ? { title: { vi: filled(draft.titleVi), en: filled(draft.titleEn) } } : {}),
    condition,
  };
}

export type DraftCheck = { ok: true; rule: Rule } | { ok: false; fields: Record<string, string> };

/**
 * Checks a draft with the shared rule schema and the catalogue, as the server will: the same
 * rules and the same messages (shared/i18n), each put on the editor input it belongs to.
 * `conditionMessage` words a problem inside the condition tree (it names the path).
 */
export function checkDraft(
  draft: RuleDraft,
  locale: Locale,
  conditionMessage: (problem: ParsedCondition & { ok: false }) => string,
  original?: Citation,
): DraftCheck {
  const fields: Record<string, string> = {};
  const put = (field: string, message: string) => void (fields[field] ??= message);
  const condition = parseCondition(draft.condition);
  if (!condition.ok && condition.kind === 'json') put('condition', conditionMessage(condition));
  const raw = condition.ok ? condition.condition : safeJson(draft.condition);
  const parsed = ruleSchema.safeParse(candidateOf(draft, raw, original));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const message = describeIssue({ ...issue }, locale);
      if (path.startsWith('condition'))
        put(
          'condition',
          conditionMessage({ ok: false, kind: 'shape', path: path || '—', message }),
        );
      else put(fieldOf(path), message);
    }
    return { ok: false, fields };
  }
  for (const p of catalogueProblems(parsed.data)) put(p.path, translate(p.key, locale, p.params));
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, rule: parsed.data };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A rule field path (the schema's, or the server's problem paths) → the editor input. */
export function fieldOf(path: string): string {
  if (path === 'citation' || path === 'citation.instrument') return 'instrument';
  if (path.startsWith('citation.')) return path.slice('citation.'.length);
  if (path.startsWith('condition')) return 'condition';
  if (path === 'title.en') return 'titleEn';
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
