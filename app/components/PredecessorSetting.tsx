import { Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  commendationSettingsKey,
  commendationSettingsQuery,
  saveCommendationSettings,
  type PredecessorMode,
} from '../api/commendation-settings.ts';
import { useI18n } from '../i18n/index.ts';
import { useCitation } from './EligibilityPanel.tsx';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';

const modes: PredecessorMode[] = ['all_predecessors', 'not_counted'];

/** The office's choice of how merged units' records count (ADR 0021); others read it. */
export function PredecessorSetting() {
  const { t } = useI18n();
  const cite = useCitation();
  const queryClient = useQueryClient();
  const { data } = useQuery(commendationSettingsQuery);
  const [choice, setChoice] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { form, busy, submit } = useSubmitForm();
  if (!data) return null;
  const current = data.predecessorRecords;
  const value = choice ?? (current.setBy === 'office' ? current.mode : '');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    await submit(async () => {
      const next = await saveCommendationSettings({
        predecessorRecords: value ? (value as PredecessorMode) : null,
        version: data.version,
      });
      queryClient.setQueryData(commendationSettingsKey, next);
      setChoice(null);
      setSaved(true);
      form.clear();
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby="predecessor-setting-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="predecessor-setting-title">
          {t('commendationSettings.title')}
        </Title>
        <Text size="sm">{t('commendationSettings.lead')}</Text>
        <Group gap="xs">
          <Text size="sm" fw={500} data-testid="predecessor-mode">
            {t(`commendationSettings.modes.${current.mode}`)}
          </Text>
          <Badge variant="outline" style={{ textTransform: 'none' }}>
            {t(`commendationSettings.setBy.${current.setBy}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('commendationSettings.basis')}: {cite(current.citation)}
        </Text>
        {data.abilities.update && (
          <form noValidate onSubmit={(e) => void save(e)}>
            <Stack gap="xs">
              <ErrorSummary
                errors={form.errors}
                fields={[
                  {
                    name: 'predecessorRecords',
                    label: t('commendationSettings.mode'),
                    id: 'predecessor-mode-select',
                  },
                ]}
              />
              <Group align="flex-end">
                <NativeSelect
                  id="predecessor-mode-select"
                  label={t('commendationSettings.mode')}
                  value={value}
                  onChange={(e) => setChoice(e.currentTarget.value)}
                  data={[
                    {
                      value: '',
                      label: `${t('commendationSettings.useDefault')}: ${t(`commendationSettings.modes.${current.defaultMode}`)}`,
                    },
                    ...modes.map((m) => ({
                      value: m,
                      label: t(`commendationSettings.modes.${m}`),
                    })),
                  ]}
                  error={form.fieldError('predecessorRecords')}
                />
                <Button type="submit" loading={busy} data-testid="predecessor-save">
                  {t('commendationSettings.save')}
                </Button>
              </Group>
              <div aria-live="polite">
                {saved && <Text size="sm">{t('commendationSettings.saved')}</Text>}
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
