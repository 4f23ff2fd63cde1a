import type { Locale } from '../locale.ts';
import { isMessageKey, translate } from './errors.ts';

/** The parts of a Zod 4 issue we read (kept structural so shared/ needs no zod import). */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  values?: unknown[];
  keys?: string[];
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

const typeNames: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'đúng/sai', en: 'true/false' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'a list' },
  date: { vi: 'ngày', en: 'a date' },
};

/** One message per issue, in the user's language; custom issues carry a message key. */
export function describeIssue(issue: IssueLike, locale: Locale): string {
  // A schema may name its own message (`{ error: 'rule_code_format' }`): that key wins.
  if (issue.code !== 'custom' && isMessageKey(issue.message))
    return translate(issue.message, locale, issue);
  const sized = (origin: unknown) =>
    origin === 'string' ? 'text' : origin === 'array' || origin === 'set' ? 'items' : 'number';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && /received undefined|Required/i.test(issue.message))
        return translate('required', locale);
      if (issue.input === undefined && issue.message.includes('undefined'))
        return translate('required', locale);
      return translate('invalid_type', locale, {
        expected: typeNames[String(issue.expected)]?.[locale] ?? String(issue.expected),
      });
    case 'too_small': {
      const kind = sized(issue.origin);
      if (kind === 'text')
        return Number(issue.minimum) <= 1
          ? translate('required', locale)
          : translate('too_short', locale, issue);
      if (kind === 'items') return translate('too_few_items', locale, issue);
      return translate('too_small', locale, issue);
    }
    case 'too_big': {
      const kind = sized(issue.origin);
      if (kind === 'text') return translate('too_long', locale, issue);
      if (kind === 'items') return translate('too_many_items', locale, issue);
      return translate('too_big', locale, issue);
    }
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime')
        return translate('invalid_date', locale);
      if (issue.format === 'uuid') return translate('invalid_uuid', locale);
      if (issue.format === 'email') return translate('invalid_email', locale);
      return translate('invalid_format', locale);
    case 'invalid_value':
      return translate('invalid_option', locale, {
        options: (issue.values ?? []).map(String).join(', '),
      });
    case 'unrecognized_keys':
      return translate('unknown_field', locale, { keys: (issue.keys ?? []).join(', ') });
    case 'custom': {
      const key = String(issue.params?.key ?? issue.message);
      return isMessageKey(key) ? translate(key, locale, issue.params ?? {}) : issue.message;
    }
    default:
      return translate('invalid_value', locale);
  }
}

/** Field path → first message, the shape of `error.fields` in API answers. */
export function fieldErrors(issues: IssueLike[], locale: Locale): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    // An unknown field is reported under its own name, so the form (or the caller) sees which.
    const keys =
      issue.code === 'unrecognized_keys' && issue.keys?.length
        ? issue.keys.map((k) => [...issue.path, k])
        : [issue.path];
    for (const path of keys) {
      const key = path.length ? path.map(String).join('.') : '_';
      fields[key] ??= describeIssue(
        issue.code === 'unrecognized_keys' ? { ...issue, keys: [String(path.at(-1))] } : issue,
        locale,
      );
    }
  }
  return fields;
}
