import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import type { LeafKind } from '../../shared/commendations/conditions.ts';
import { describeLeaf } from '../../shared/commendations/leaf-text.ts';
import { ApiError } from '../api/client.ts';
import {
  catalogueQuery,
  type Citation,
  type RuleInput,
  type RuleView,
} from '../api/commendations.ts';
import { useI18n } from '../i18n/index.ts';
import { isIsoDate } from '../lib/format.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { fieldOf, leafStarters, parseCondition, withLeaf } from './RuleDraft.ts';
import { RuleConditionPreview } from './RuleConditionPreview.tsx';

type SubjectKey = 'individual' | 'collective' | 'household';

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

const emptyCondition = JSON.stringify(
  { kind: 'all', conditions: [{ kind: 'rating_in_year', min: 'HTT' }] },
  null,
  2,
);

/** A draft from a stored rule (edit), or empty (new). */
export function draftOf(rule?: Partial<RuleView>): RuleDraft {
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

const fieldIds: Record<keyof RuleDraft, string> = {
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

/**
 * The rule editor: award, subject, dates, legal basis (instrument and article required), optional
 * name, and the condition as JSON checked live against the domain's schema, with a readable preview.
 */
export function RuleForm({
  initial,
  original,
  onSubmit,
  onCancel,
}: {
  initial: RuleDraft;
  /** The stored citation when editing, to keep its `verified` / `note` while the text is unchanged. */
  original?: Citation;
  onSubmit: (rule: RuleInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, pick } = useI18n();
  const { data: catalogue } = useQuery(catalogueQuery);
  const [draft, setDraft] = useState(initial);
  const [stale, setStale] = useState(false);
  const [leafKind, setLeafKind] = useState<LeafKind>('rating_in_year');
  const { form, busy, submit: run } = useSubmitForm();
  const awards = catalogue?.awards ?? [];
  const award = awards.find((a) => a.code === draft.awardCode);
  const condition = useMemo(() => parseCondition(draft.condition), [draft.condition]);

  const set = (key: keyof RuleDraft) => (value: string) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (key === 'awardCode') {
        const subjects = awards.find((a) => a.code === value)?.subjects ?? [];
        if (!subjects.includes(next.subject)) next.subject = subjects[0] ?? '';
      }
      return next;
    });

  const labels: Record<keyof RuleDraft, string> = {
    code: t('commendationRules.code'),
    awardCode: t('commendationRules.award'),
    subject: t('commendationRules.subject'),
    effectiveFrom: t('commendationRules.effectiveFrom'),
    effectiveTo: t('commendationRules.effectiveTo'),
    instrument: t('commendationRules.instrument'),
    article: t('commendationRules.article'),
    clause: t('commendationRules.clause'),
    point: t('commendationRules.point'),
    titleVi: t('commendationRules.titleVi'),
    titleEn: t('commendationRules.titleEn'),
    condition: t('commendationRules.condition'),
  };

  const check = (): Record<string, string> => {
    const fields: Record<string, string> = {};
    const required = (key: keyof RuleDraft) => {
      if (!draft[key].trim())
        fields[key] = t('commendationRules.required', { field: labels[key].toLowerCase() });
    };
    required('code');
    if (draft.code.trim() && !/^[a-z0-9][a-z0-9._-]*$/.test(draft.code.trim()))
      fields.code = t('commendationRules.invalidCode');
    required('awardCode');
    required('subject');
    if (award && draft.subject && !award.subjects.includes(draft.subject))
      fields.subject = t('commendationRules.subjectNotAllowed');
    required('effectiveFrom');
    if (draft.effectiveFrom && !isIsoDate(draft.effectiveFrom))
      fields.effectiveFrom = t('commendationRules.invalidDate');
    if (draft.effectiveTo && !isIsoDate(draft.effectiveTo))
      fields.effectiveTo = t('commendationRules.invalidDate');
    else if (draft.effectiveTo && draft.effectiveFrom && draft.effectiveTo < draft.effectiveFrom)
      fields.effectiveTo = t('commendationRules.datesReversed');
    required('instrument');
    required('article');
    if (!draft.titleVi.trim() !== !draft.titleEn.trim())
      fields[draft.titleVi.trim() ? 'titleEn' : 'titleVi'] = t('commendationRules.titleBoth');
    if (!condition.ok)
      fields.condition =
        condition.kind === 'json'
          ? t('commendationRules.invalidJson', { message: condition.message })
          : t('commendationRules.invalidCondition', {
              path: condition.path,
              message: condition.message,
            });
    return fields;
  };

  const build = (): RuleInput => {
    const citation: Citation = {
      instrument: draft.instrument.trim(),
      article: draft.article.trim(),
      ...(draft.clause.trim() ? { clause: draft.clause.trim() } : {}),
      ...(draft.point.trim() ? { point: draft.point.trim() } : {}),
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
    return {
      code: draft.code.trim(),
      awardCode: draft.awardCode,
      subject: draft.subject,
      effectiveFrom: draft.effectiveFrom,
      ...(draft.effectiveTo ? { effectiveTo: draft.effectiveTo } : {}),
      citation,
      ...(draft.titleVi.trim()
        ? { title: { vi: draft.titleVi.trim(), en: draft.titleEn.trim() } }
        : {}),
      condition: condition.ok ? condition.condition : null,
    };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields = check();
    if (Object.keys(fields).length) return form.setFields(fields);
    await run(async () => {
      try {
        await onSubmit(build());
        form.clear();
      } catch (error) {
        // a stale version and the rule's nested field paths are shown here; the rest as usual
        if (error instanceof ApiError && error.status === 409) {
          setStale(true);
          form.clear();
        } else if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
          const fields: Record<string, string> = {};
          for (const [path, message] of Object.entries(error.fields))
            fields[fieldOf(path)] ??= message;
          form.setFields(fields);
        } else throw error;
      }
    });
  };

  const input = (key: keyof RuleDraft, extra: { type?: string; description?: string } = {}) => (
    <TextInput
      id={fieldIds[key]}
      label={labels[key]}
      type={extra.type}
      description={extra.description}
      value={draft[key]}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={form.fieldError(key)}
      withAsterisk={['code', 'effectiveFrom', 'instrument', 'article'].includes(key)}
    />
  );

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack gap="md">
        {stale && (
          <Alert
            color="red"
            role="alert"
            data-testid="rule-stale"
            title={t('commendationRules.stale')}
          >
            <Button variant="outline" color="red.9" onClick={() => window.location.reload()}>
              {t('commendationRules.reload')}
            </Button>
          </Alert>
        )}
        <ErrorSummary
          errors={form.errors}
          fields={(Object.keys(fieldIds) as (keyof RuleDraft)[]).map((k) => ({
            name: k,
            label: labels[k],
            id: fieldIds[k],
          }))}
        />
        {input('code', { description: t('commendationRules.codeHint') })}
        <NativeSelect
          id={fieldIds.awardCode}
          label={labels.awardCode}
          withAsterisk
          value={draft.awardCode}
          onChange={(e) => set('awardCode')(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...awards.map((a) => ({ value: a.code, label: pick(a.name) })),
          ]}
          error={form.fieldError('awardCode')}
        />
        <NativeSelect
          id={fieldIds.subject}
          label={labels.subject}
          withAsterisk
          value={draft.subject}
          onChange={(e) => set('subject')(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...(award?.subjects ?? ['individual', 'collective', 'household']).map((s) => ({
              value: s,
              label: t(`commendations.subjectKinds.${s as SubjectKey}`),
            })),
          ]}
          error={form.fieldError('subject')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('effectiveFrom', { type: 'date' })}
          {input('effectiveTo', {
            type: 'date',
            description: t('commendationRules.effectiveToHint'),
          })}
        </SimpleGrid>
        <Fieldset legend={t('commendationRules.citation')}>
          <Stack gap="sm">
            {input('instrument', { description: t('commendationRules.instrumentHint') })}
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              {input('article')}
              {input('clause')}
              {input('point')}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('commendationRules.titleLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {input('titleVi')}
            {input('titleEn')}
          </SimpleGrid>
        </Fieldset>
        <Group align="flex-end" gap="xs">
          <NativeSelect
            id="rule-leaf-kind"
            label={t('commendationRules.leafKind')}
            style={{ flex: '1 1 14rem', minWidth: 0 }}
            value={leafKind}
            onChange={(e) => setLeafKind(e.currentTarget.value as LeafKind)}
            data={(Object.keys(leafStarters) as LeafKind[]).map((k) => ({
              value: k,
              label: pick(describeLeaf(leafStarters[k])),
            }))}
          />
          <Button
            variant="default"
            data-testid="rule-add-leaf"
            disabled={!condition.ok && !!draft.condition.trim()}
            onClick={() => {
              const next = withLeaf(draft.condition, leafStarters[leafKind]);
              if (next) set('condition')(next);
            }}
          >
            {t('commendationRules.addLeaf')}
          </Button>
        </Group>
        <Textarea
          id={fieldIds.condition}
          label={labels.condition}
          description={`${t('commendationRules.conditionHint')} ${t('commendationRules.leafKinds', {
            kinds: Object.keys(leafStarters).join(', '),
          })}`}
          value={draft.condition}
          onChange={(e) => set('condition')(e.currentTarget.value)}
          error={form.fieldError('condition')}
          autosize
          minRows={8}
          maxRows={24}
          styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
          spellCheck={false}
          withAsterisk
        />
        <Card withBorder aria-labelledby="rule-preview-title">
          <Title order={2} size="h4" id="rule-preview-title" mb="xs">
            {t('commendationRules.preview')}
          </Title>
          <div aria-live="polite">
            {condition.ok ? (
              <RuleConditionPreview condition={condition.condition} />
            ) : (
              <Text size="sm" c="red.9" data-testid="rule-condition-invalid">
                {t('commendationRules.previewInvalid')}
              </Text>
            )}
          </div>
        </Card>
        <Group>
          <Button type="submit" loading={busy} data-testid="rule-save">
            {t('commendationRules.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('commendationRules.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
