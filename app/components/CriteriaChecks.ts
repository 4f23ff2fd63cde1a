import type {
  CriteriaContent,
  Criterion,
  CriterionKind,
} from '../../shared/contracts/criteria-content.ts';
import type { useI18n } from '../i18n/index.ts';

/** The DOM id of the input for an API field path (`groups.0.criteria.2.maxPoints`). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** A criterion of `kind` keeping what the kinds share. */
export function criterionOfKind(c: Partial<Criterion>, kind: CriterionKind): Criterion {
  const base = {
    code: c.code ?? '',
    name: c.name ?? { vi: '', en: '' },
    maxPoints: c.maxPoints ?? 10,
    unitKinds: c.unitKinds ?? [],
    source: c.source ?? { kind: 'department_decision' as const, reference: '' },
  };
  switch (kind) {
    case 'quantitative':
      return {
        ...base,
        kind,
        indicator: '',
        measure: '%',
        direction: 'higher',
        targets: [],
        aggregation: 'none',
      };
    case 'qualitative':
      return { ...base, kind, scale: 'yes_no', levels: [], evidenceRequired: true };
    default:
      return { ...base, kind, pointsPerEvent: 1, cap: base.maxPoints };
  }
}

/** Client-side checks mirroring the server's, keyed by the same field paths. */
export function checkContent(
  content: CriteriaContent,
  t: ReturnType<typeof useI18n>['t'],
): Record<string, string> {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  content.groups.forEach((g, gi) => {
    if (!g.name.vi.trim())
      fields[`groups.${gi}.name.vi`] = t('criteria.errRequired', {
        what: t('criteria.groupNameVi').toLowerCase(),
      });
    g.criteria.forEach((c, ci) => {
      const at = `groups.${gi}.criteria.${ci}`;
      const code = c.code.trim().toUpperCase();
      if (!code)
        fields[`${at}.code`] = t('criteria.errRequired', {
          what: t('criteria.code').toLowerCase(),
        });
      else if (seen.has(code)) fields[`${at}.code`] = t('criteria.errDuplicate', { code: c.code });
      seen.add(code);
      if (!c.name.vi.trim())
        fields[`${at}.name.vi`] = t('criteria.errRequired', {
          what: t('criteria.nameVi').toLowerCase(),
        });
      if (!(c.maxPoints > 0)) fields[`${at}.maxPoints`] = t('criteria.errPoints');
      if (!c.source.reference.trim())
        fields[`${at}.source.reference`] = t('criteria.errRequired', {
          what: t('criteria.sourceReference').toLowerCase(),
        });
      if (c.kind === 'quantitative') {
        if (!c.indicator.trim())
          fields[`${at}.indicator`] = t('criteria.errRequired', {
            what: t('criteria.indicator').toLowerCase(),
          });
        if (!c.measure.trim())
          fields[`${at}.measure`] = t('criteria.errRequired', {
            what: t('criteria.measure').toLowerCase(),
          });
      }
      if ((c.kind === 'bonus' || c.kind === 'penalty') && !(c.pointsPerEvent > 0))
        fields[`${at}.pointsPerEvent`] = t('criteria.errPoints');
    });
  });
  return fields;
}

/** Labels for the error summary: "Group 1 › Criterion 2 › Maximum points". */
export function fieldLabel(path: string, t: ReturnType<typeof useI18n>['t']): string {
  const parts = path.split('.');
  const out: string[] = [];
  if (parts[0] === 'groups' && parts[1]) out.push(t('criteria.group', { n: Number(parts[1]) + 1 }));
  if (parts[2] === 'criteria' && parts[3])
    out.push(t('criteria.criterion', { n: Number(parts[3]) + 1 }));
  const rest = parts.slice(parts[2] === 'criteria' ? 4 : 2).join('.');
  if (rest)
    out.push(parts[2] === 'criteria' ? criterionFieldName(rest, t) : groupFieldName(rest, t));
  return out.join(' › ') || t('criteria.tabEdit');
}

/** Drops blank level lines left while typing, before checks and saving. */
export function tidyContent(content: CriteriaContent): CriteriaContent {
  return {
    groups: content.groups.map((g) => ({
      ...g,
      criteria: g.criteria.map((c) =>
        c.kind === 'qualitative'
          ? { ...c, levels: c.levels.map((l) => l.trim()).filter(Boolean) }
          : c,
      ),
    })),
  };
}

const groupFieldName = (field: string, t: ReturnType<typeof useI18n>['t']) =>
  field === 'name.vi'
    ? t('criteria.groupNameVi')
    : field === 'name.en'
      ? t('criteria.groupNameEn')
      : field;

/** A criterion field's label (`maxPoints` → "Điểm tối đa"); unknown fields as they are. */
export function criterionFieldName(field: string, t: ReturnType<typeof useI18n>['t']): string {
  const names: Record<string, string> = {
    'name.vi': t('criteria.nameVi'),
    'name.en': t('criteria.nameEn'),
    code: t('criteria.code'),
    kind: t('criteria.kind'),
    maxPoints: t('criteria.maxPoints'),
    unitKinds: t('criteria.unitKinds'),
    'source.kind': t('criteria.sourceKind'),
    'source.reference': t('criteria.sourceReference'),
    indicator: t('criteria.indicator'),
    measure: t('criteria.measure'),
    direction: t('criteria.direction'),
    targets: t('criteria.targets'),
    aggregation: t('criteria.aggregation'),
    scale: t('criteria.scale'),
    levels: t('criteria.levels'),
    evidenceRequired: t('criteria.evidenceRequired'),
    pointsPerEvent: t('criteria.pointsPerEvent'),
    cap: t('criteria.cap'),
    group: t('criteria.inGroup', { name: '' }).replace(/[:\s]+$/, ''),
  };
  return names[field] ?? field;
}
