import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import { useI18n } from '../i18n/index.ts';
import { criterionOfKind, fieldId, move } from './CriteriaChecks.ts';
import { CriterionCard, MoveButtons } from './CriteriaCriterionCard.tsx';

interface EditorProps {
  content: CriteriaContent;
  onChange: (content: CriteriaContent) => void;
  errors: Record<string, string>;
}

/** Groups and criteria: add, edit, delete, move up/down; kind-specific fields. */
export function CriteriaEditor({ content, onChange, errors }: EditorProps) {
  const { t } = useI18n();
  const setGroups = (groups: CriteriaContent['groups']) => onChange({ groups });
  const setGroup = (gi: number, group: CriteriaContent['groups'][number]) =>
    setGroups(content.groups.map((g, i) => (i === gi ? group : g)));
  return (
    <Stack gap="lg">
      {content.groups.length === 0 && <Text>{t('criteria.noGroups')}</Text>}
      {content.groups.map((g, gi) => {
        const what = t('criteria.group', { n: gi + 1 });
        return (
          <Card key={gi} withBorder padding="sm" component="section" data-testid={`group-${gi}`}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={2} size="h4">
                  {what}
                </Title>
                <MoveButtons
                  what={what}
                  onUp={gi > 0 ? () => setGroups(move(content.groups, gi, gi - 1)) : undefined}
                  onDown={
                    gi < content.groups.length - 1
                      ? () => setGroups(move(content.groups, gi, gi + 1))
                      : undefined
                  }
                  onRemove={() => setGroups(content.groups.filter((_, i) => i !== gi))}
                />
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  id={fieldId(`groups.${gi}.name.vi`)}
                  label={t('criteria.groupNameVi')}
                  value={g.name.vi}
                  error={errors[`groups.${gi}.name.vi`]}
                  onChange={(e) =>
                    setGroup(gi, { ...g, name: { ...g.name, vi: e.currentTarget.value } })
                  }
                />
                <TextInput
                  id={fieldId(`groups.${gi}.name.en`)}
                  label={t('criteria.groupNameEn')}
                  value={g.name.en}
                  error={errors[`groups.${gi}.name.en`]}
                  onChange={(e) =>
                    setGroup(gi, { ...g, name: { ...g.name, en: e.currentTarget.value } })
                  }
                />
              </SimpleGrid>
              {g.criteria.length === 0 && <Text c="dimmed">{t('criteria.noCriteria')}</Text>}
              {g.criteria.map((c, ci) => (
                <CriterionCard
                  key={ci}
                  path={`groups.${gi}.criteria.${ci}`}
                  index={ci}
                  criterion={c}
                  errors={errors}
                  onChange={(next) =>
                    setGroup(gi, {
                      ...g,
                      criteria: g.criteria.map((x, i) => (i === ci ? next : x)),
                    })
                  }
                  onUp={
                    ci > 0
                      ? () => setGroup(gi, { ...g, criteria: move(g.criteria, ci, ci - 1) })
                      : undefined
                  }
                  onDown={
                    ci < g.criteria.length - 1
                      ? () => setGroup(gi, { ...g, criteria: move(g.criteria, ci, ci + 1) })
                      : undefined
                  }
                  onRemove={() =>
                    setGroup(gi, { ...g, criteria: g.criteria.filter((_, i) => i !== ci) })
                  }
                />
              ))}
              <Button
                variant="light"
                onClick={() =>
                  setGroup(gi, {
                    ...g,
                    criteria: [...g.criteria, criterionOfKind({}, 'qualitative')],
                  })
                }
              >
                {t('criteria.addCriterion', { n: gi + 1 })}
              </Button>
            </Stack>
          </Card>
        );
      })}
      <Button
        variant="default"
        onClick={() => setGroups([...content.groups, { name: { vi: '', en: '' }, criteria: [] }])}
      >
        {t('criteria.addGroup')}
      </Button>
    </Stack>
  );
}
