import { List, Text } from '@mantine/core';
import type { Condition } from '../../shared/commendations/conditions.ts';
import { describeLeaf } from '../../shared/commendations/leaf-text.ts';
import { useI18n } from '../i18n/index.ts';

/** A condition tree read aloud: groups as nested lists, leaves by the domain's own labels. */
export function RuleConditionPreview({ condition }: { condition: Condition }) {
  const { t, pick } = useI18n();
  const render = (c: Condition, key: string) => {
    if (c.kind === 'all' || c.kind === 'any' || c.kind === 'not') {
      const children = c.kind === 'not' ? [c.condition] : c.conditions;
      const head =
        c.kind === 'all'
          ? t('commendationRules.groupAll')
          : c.kind === 'any'
            ? t('commendationRules.groupAny')
            : t('commendationRules.groupNot');
      return (
        <List.Item key={key}>
          <Text size="sm" fw={700} span>
            {head}
          </Text>
          <List withPadding size="sm" spacing={2}>
            {children.map((child, i) => render(child, `${key}.${i}`))}
          </List>
        </List.Item>
      );
    }
    return (
      <List.Item key={key}>
        <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
          {pick(describeLeaf(c))}
        </Text>
      </List.Item>
    );
  };
  return (
    <List size="sm" spacing={2} data-testid="rule-condition-preview">
      {render(condition, 'c')}
    </List>
  );
}
