import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { subjectKinds } from '../../shared/commendations/catalogue.ts';
import type { CatalogueAward } from '../../shared/contracts/commendations.ts';
import { useI18n } from '../i18n/index.ts';
import { fieldIds, type DraftField, type RuleDraft } from './RuleDraft.ts';
import { DateField } from './DateField.tsx';

/** What every part of the rule editor needs: the draft, a setter and the field messages. */
export interface DraftProps {
  draft: RuleDraft;
  set: (key: DraftField) => (value: string) => void;
  fieldError: (key: DraftField) => string | undefined;
}

/** The label of each draft field, for the inputs and the error summary. */
export function useRuleLabels(): Record<DraftField, string> {
  const { t } = useI18n();
  return {
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
}

const required: readonly DraftField[] = ['code', 'effectiveFrom', 'instrument', 'article'];

function DraftInput({
  field,
  type,
  description,
  draft,
  set,
  fieldError,
}: DraftProps & { field: DraftField; type?: string; description?: string }) {
  const labels = useRuleLabels();
  const Input = type === 'date' ? DateField : TextInput;
  return (
    <Input
      id={fieldIds[field]}
      label={labels[field]}
      description={description}
      value={draft[field]}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={fieldError(field)}
      withAsterisk={required.includes(field)}
    />
  );
}

/** Code, award, subject (only those the award is for) and the dates in force. */
export function RuleBasicsFields({ awards, ...props }: DraftProps & { awards: CatalogueAward[] }) {
  const { t, pick } = useI18n();
  const labels = useRuleLabels();
  const { draft, set, fieldError } = props;
  const award = awards.find((a) => a.code === draft.awardCode);
  return (
    <>
      <DraftInput {...props} field="code" description={t('commendationRules.codeHint')} />
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
        error={fieldError('awardCode')}
      />
      <NativeSelect
        id={fieldIds.subject}
        label={labels.subject}
        withAsterisk
        value={draft.subject}
        onChange={(e) => set('subject')(e.currentTarget.value)}
        data={[
          { value: '', label: '—' },
          ...(award?.subjects ?? subjectKinds).map((s) => ({
            value: s,
            label: t(`commendations.subjectKinds.${s}`),
          })),
        ]}
        error={fieldError('subject')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DraftInput {...props} field="effectiveFrom" type="date" />
        <DraftInput
          {...props}
          field="effectiveTo"
          type="date"
          description={t('commendationRules.effectiveToHint')}
        />
      </SimpleGrid>
    </>
  );
}

/** The legal basis (instrument and article required) and the optional name in both languages. */
export function RuleCitationFields(props: DraftProps) {
  const { t } = useI18n();
  return (
    <>
      <Fieldset legend={t('commendationRules.citation')}>
        <Stack gap="sm">
          <DraftInput
            {...props}
            field="instrument"
            description={t('commendationRules.instrumentHint')}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <DraftInput {...props} field="article" />
            <DraftInput {...props} field="clause" />
            <DraftInput {...props} field="point" />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('commendationRules.titleLegend')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DraftInput {...props} field="titleVi" />
          <DraftInput {...props} field="titleEn" />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
