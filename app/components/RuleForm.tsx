import { Alert, Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import type { Citation, RuleBody } from '../../shared/contracts/commendations.ts';
import { ApiError } from '../api/client.ts';
import { catalogueQuery } from '../api/commendations.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { RuleConditionEditor } from './RuleConditionEditor.tsx';
import {
  checkDraft,
  fieldIds,
  fieldOf,
  parseCondition,
  type DraftField,
  type ParsedCondition,
  type RuleDraft,
} from './RuleDraft.ts';
import { RuleBasicsFields, RuleCitationFields, useRuleLabels } from './RuleFormFields.tsx';

/**
 * The rule editor: award, subject, dates, legal basis, optional name and the condition. The
 * draft is checked with the shared rule schema before it is sent (the server checks it with
 * the same schema, then against the other versions of its lineage).
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
  onSubmit: (rule: RuleBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const labels = useRuleLabels();
  const { data: catalogue } = useQuery(catalogueQuery);
  const [draft, setDraft] = useState(initial);
  const [stale, setStale] = useState(false);
  const { form, busy, submit: run } = useSubmitForm();
  const awards = catalogue?.awards ?? [];
  const condition = useMemo(() => parseCondition(draft.condition), [draft.condition]);

  const set = (key: DraftField) => (value: string) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (key === 'awardCode') {
        const subjects: readonly string[] = awards.find((a) => a.code === value)?.subjects ?? [];
        if (!subjects.includes(next.subject)) next.subject = subjects[0] ?? '';
      }
      return next;
    });

  const conditionMessage = (c: ParsedCondition & { ok: false }) =>
    c.kind === 'json'
      ? t('commendationRules.invalidJson', { message: c.message })
      : t('commendationRules.invalidCondition', { path: c.path, message: c.message });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(draft, lang, conditionMessage, original);
    if (!checked.ok) return form.setFields(checked.fields);
    await run(async () => {
      try {
        await onSubmit(checked.rule);
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

  const parts = { draft, set, fieldError: (key: DraftField) => form.fieldError(key) };
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
          fields={(Object.keys(fieldIds) as DraftField[]).map((k) => ({
            name: k,
            label: labels[k],
            id: fieldIds[k],
          }))}
        />
        <RuleBasicsFields {...parts} awards={awards} />
        <RuleCitationFields {...parts} />
        <RuleConditionEditor {...parts} condition={condition} />
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
