import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  defaultScoring,
  type CriteriaContent,
  type MissingTargetPolicy,
} from '../../shared/contracts/criteria-content.ts';
import type { Explanation } from '../../shared/contracts/scores.ts';
import { api } from '../api/client.ts';
import { formatNumber } from '../lib/format.ts';
import { useI18n } from '../i18n/index.ts';
import { useErrorMessage } from './PageStates.tsx';

type SampleAnswer = { value?: number; met?: boolean; events?: number };

/**
 * The version's scoring settings (missing-target policy, band thresholds) and a preview of
 * sample answers scored by the server's engine on the draft content (issue 10).
 */
export function ScoringPanel({
  content,
  onChange,
}: {
  content: CriteriaContent;
  onChange?: (next: CriteriaContent) => void;
}) {
  const { t, pick } = useI18n();
  const errorMessage = useErrorMessage();
  const scoring = content.scoring ?? defaultScoring();
  const [answers, setAnswers] = useState<Record<string, SampleAnswer>>({});
  const [result, setResult] = useState<Explanation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const criteria = content.groups.flatMap((g) => g.criteria);
  const set = (next: Partial<typeof scoring>) =>
    onChange?.({ ...content, scoring: { ...scoring, ...next } });
  const preview = () => {
    setProblem(null);
    api
      .post<Explanation>('/api/scores/preview', {
        content,
        year: new Date().getFullYear(),
        answers,
      })
      .then(setResult)
      .catch((e: unknown) => setProblem(errorMessage(e)));
  };
  return (
    <Card withBorder component="section" data-testid="scoring-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('scores.scoringTitle')}
        </Title>
        <Select
          label={t('scores.missingTarget')}
          data={(['skip', 'latest_earlier'] as const).map((v) => ({
            value: v,
            label: t(`scores.mt_${v}`),
          }))}
          value={scoring.missingTarget}
          disabled={!onChange}
          allowDeselect={false}
          onChange={(v) => v && set({ missingTarget: v as MissingTargetPolicy })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {scoring.bands.map((b, i) => (
            <NumberInput
              key={b.code}
              label={t('scores.bandMin', { band: pick(b.name) })}
              value={Math.round(b.minShare * 1000) / 10}
              min={0}
              max={100}
              disabled={!onChange || i === scoring.bands.length - 1}
              onChange={(v) =>
                typeof v === 'number' &&
                set({
                  bands: scoring.bands.map((x, k) => (k === i ? { ...x, minShare: v / 100 } : x)),
                })
              }
            />
          ))}
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('scores.previewTitle')}
        </Title>
        <Text size="sm">{t('scores.previewLead')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {criteria.map((c) =>
            c.kind === 'quantitative' ? (
              <NumberInput
                key={c.code}
                label={`${c.code} · ${pick(c.name)}`}
                value={answers[c.code]?.value ?? ''}
                onChange={(v) =>
                  setAnswers({
                    ...answers,
                    [c.code]: typeof v === 'number' ? { value: v } : {},
                  })
                }
              />
            ) : c.kind === 'qualitative' && c.scale === 'yes_no' ? (
              <Checkbox
                key={c.code}
                label={`${c.code} · ${pick(c.name)}: ${t('scores.previewMet')}`}
                checked={answers[c.code]?.met ?? false}
                onChange={(e) =>
                  setAnswers({ ...answers, [c.code]: { met: e.currentTarget.checked } })
                }
              />
            ) : c.kind === 'bonus' || c.kind === 'penalty' ? (
              <NumberInput
                key={c.code}
                label={`${c.code} · ${pick(c.name)}: ${t('scores.previewEvents')}`}
                min={0}
                value={answers[c.code]?.events ?? ''}
                onChange={(v) =>
                  setAnswers({
                    ...answers,
                    [c.code]: typeof v === 'number' ? { events: v } : {},
                  })
                }
              />
            ) : null,
          )}
        </SimpleGrid>
        <Group>
          <Button variant="default" onClick={preview} data-testid="scoring-preview">
            {t('scores.previewRun')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {result && (
          <Stack gap="xs" data-testid="scoring-preview-result">
            <Text fw={600}>
              {t('scores.summary', {
                total: formatNumber(result.total),
                max: formatNumber(result.maxTotal),
                share: formatNumber(Math.round(result.share * 1000) / 10),
                base: formatNumber(result.base),
                bonus: formatNumber(result.bonus),
                penalty: formatNumber(result.penalty),
              })}
              {result.band ? ` ${t('scores.bandLine', { band: pick(result.band.name) })}` : ''}
            </Text>
            <Table.ScrollContainer minWidth={300}>
              <Table>
                <Table.Tbody>
                  {result.criteria.map((c) => (
                    <Table.Tr key={c.code}>
                      <Table.Td>{c.code}</Table.Td>
                      <Table.Td>{c.skipped ? t('scores.skipped') : c.arithmetic}</Table.Td>
                      <Table.Td ta="right">
                        {formatNumber(c.points)}/{formatNumber(c.max)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
