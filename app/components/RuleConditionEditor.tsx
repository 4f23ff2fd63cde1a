import { Button, Card, Group, NativeSelect, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { LeafKind } from '../../shared/commendations/conditions.ts';
import { describeLeaf } from '../../shared/commendations/leaf-text.ts';
import { useI18n } from '../i18n/index.ts';
import { optionOf } from '../lib/options.ts';
import { RuleConditionPreview } from './RuleConditionPreview.tsx';
import { fieldIds, leafStarters, withLeaf, type ParsedCondition } from './RuleDraft.ts';
import { useRuleLabels, type DraftProps } from './RuleFormFields.tsx';

const leafKinds = Object.keys(leafStarters) as [LeafKind, ...LeafKind[]];

/**
 * The condition as JSON, checked live against the shared schema: a leaf of any kind can be
 * added from a list, and a readable preview follows the text.
 */
export function RuleConditionEditor({
  condition,
  draft,
  set,
  fieldError,
}: DraftProps & { condition: ParsedCondition }) {
  const { t, pick } = useI18n();
  const labels = useRuleLabels();
  const [leafKind, setLeafKind] = useState<LeafKind>('rating_in_year');
  return (
    <>
      <Group align="flex-end" gap="xs">
        <NativeSelect
          id="rule-leaf-kind"
          label={t('commendationRules.leafKind')}
          style={{ flex: '1 1 14rem', minWidth: 0 }}
          value={leafKind}
          onChange={(e) => setLeafKind(optionOf(leafKinds, e.currentTarget.value))}
          data={leafKinds.map((k) => ({ value: k, label: pick(describeLeaf(leafStarters[k])) }))}
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
          kinds: leafKinds.join(', '),
        })}`}
        value={draft.condition}
        onChange={(e) => set('condition')(e.currentTarget.value)}
        error={fieldError('condition')}
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
    </>
  );
}
