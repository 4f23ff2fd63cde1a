import { Badge, Button, Card, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SubjectKind } from '../../shared/commendations/catalogue.ts';
import type { Citation } from '../../shared/contracts/commendations.ts';
import type { Eligibility, Evidence } from '../../shared/contracts/eligibility.ts';
import { catalogueQuery, checkEligibility } from '../api/commendations.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate, todayIso } from '../lib/format.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';
import { DateField } from './DateField.tsx';

const verdictColor = { eligible: 'teal.9', not_eligible: 'gray.7', held: 'grape.9' } as const;

/** "Nghị định 152/2025/NĐ-CP, Điều 50, khoản 1, điểm c". */
export function useCitation() {
  const { t } = useI18n();
  return (c: Citation | undefined) =>
    c
      ? [
          c.instrument,
          c.article && c.article !== '—'
            ? t('commendations.citation.article', { n: c.article })
            : '',
          c.clause ? t('commendations.citation.clause', { n: c.clause }) : '',
          c.point ? t('commendations.citation.point', { n: c.point }) : '',
        ]
          .filter(Boolean)
          .join(', ') + (c.verified === false ? ` (${t('commendations.citation.unverified')})` : '')
      : '';
}

type T = ReturnType<typeof useI18n>['t'];

/**
 * One evidence record in plain words: its values (a merged unit's record names the unit), dates
 * shown the Vietnamese way, whether it counted and why not.
 */
function evidenceText(e: Evidence, t: T): string {
  const parts = Object.entries(e)
    .filter(
      ([k, v]) =>
        !['kind', 'counted', 'why', 'id', 'fromUnitId', 'link'].includes(k) &&
        v !== undefined &&
        !Array.isArray(v),
    )
    .map(([, v]) =>
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : String(v),
    );
  if ('link' in e && e.link === 'unverified')
    parts.push(t('commendations.eligibility.unverifiedLink'));
  const why =
    'why' in e && e.why ? t(`commendations.eligibility.why.${e.why}`, { defaultValue: e.why }) : '';
  if ('counted' in e)
    parts.push(
      e.counted
        ? t('commendations.eligibility.counted')
        : `${t('commendations.eligibility.notCounted')}${why ? ` (${why})` : ''}`,
    );
  return parts.join(' · ');
}

/** Pick an award and a date; shows the verdict, the rule and its citation, and every condition with its evidence. */
export function EligibilityPanel({
  subjectKind = 'individual',
  subjectId,
}: {
  subjectKind?: SubjectKind;
  subjectId: string;
}) {
  const { t, pick } = useI18n();
  const cite = useCitation();
  const { data } = useQuery(catalogueQuery);
  const awards = (data?.awards ?? []).filter((a) => a.subjects.includes(subjectKind));
  const [chosen, setAward] = useState('CSTDCS');
  const award = awards.some((a) => a.code === chosen) ? chosen : (awards[0]?.code ?? chosen);
  const [date, setDate] = useState(todayIso());
  const [result, setResult] = useState<Eligibility | null>(null);
  const { form, busy, submit: run } = useSubmitForm();
  // present only for a collective with units merged into it (the principles are loose data)
  const predecessors = result?.principles.predecessorRecords;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    await run(async () => {
      setResult(await checkEligibility({ subjectKind, subjectId, award, date }));
      form.clear();
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby="eligibility-title">
      <Title order={2} size="h3" id="eligibility-title" mb="sm">
        {t('commendations.eligibility.title')}
      </Title>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ErrorSummary
            errors={form.errors}
            fields={[
              { name: 'award', label: t('commendations.award'), id: 'elig-award' },
              { name: 'date', label: t('commendations.eligibility.date'), id: 'elig-date' },
            ]}
          />
          <NativeSelect
            id="elig-award"
            label={t('commendations.award')}
            value={award}
            onChange={(e) => setAward(e.currentTarget.value)}
            data={awards.map((a) => ({ value: a.code, label: pick(a.name) }))}
            error={form.fieldError('award')}
          />
          <DateField
            id="elig-date"
            label={t('commendations.eligibility.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={form.fieldError('date')}
          />
          <Group>
            <Button type="submit" loading={busy} data-testid="eligibility-check">
              {t('commendations.eligibility.check')}
            </Button>
          </Group>
        </Stack>
      </form>
      <div aria-live="polite">
        {result && (
          <Stack gap="xs" mt="md" data-testid="eligibility-result">
            <Group gap="xs">
              <Badge
                size="lg"
                style={{ textTransform: 'none' }}
                color={verdictColor[result.verdict]}
                variant="outline"
                data-testid="eligibility-verdict"
              >
                {t(`commendations.eligibility.verdicts.${result.verdict}`)}
              </Badge>
              <Text size="sm">
                {t('commendations.eligibility.year', { year: result.assessmentYear })}
              </Text>
            </Group>
            {result.rule ? (
              <Text size="sm">
                {t('commendations.eligibility.rule', {
                  code: result.rule.code,
                  from: formatDate(result.rule.effectiveFrom),
                })}
                {' — '}
                {cite(result.rule.citation)}
              </Text>
            ) : (
              <Text size="sm">
                {t('commendations.eligibility.noRule')}
                {result.reason
                  ? `: ${t(`commendations.eligibility.reasons.${result.reason}`)}`
                  : ''}
              </Text>
            )}
            {predecessors && (
              <Text size="sm" data-testid="eligibility-predecessors">
                {t('commendations.eligibility.predecessors', {
                  units: predecessors.units.map((u) => u.name).join(', '),
                  mode: t(`commendationSettings.modes.${predecessors.mode}`),
                  setBy: t(`commendationSettings.setBy.${predecessors.setBy}`),
                  citation: cite(predecessors.citation),
                })}
              </Text>
            )}
            {result.holds.length > 0 && (
              <Stack gap={2}>
                <Text fw={700} size="sm">
                  {t('commendations.eligibility.holds')}
                </Text>
                {result.holds.map((h) => (
                  <Text key={h.caseId} size="sm" data-testid="eligibility-hold">
                    {[t(`commendations.history.caseKinds.${h.kind}`), formatDate(h.openedOn), h.ref]
                      .filter(Boolean)
                      .join(' · ')}{' '}
                    — {cite(h.citation)}
                  </Text>
                ))}
              </Stack>
            )}
            {result.conditions.length > 0 && (
              <>
                <Title order={3} size="h4">
                  {t('commendations.eligibility.conditions')}
                </Title>
                <List spacing="xs" listStyleType="none" p={0}>
                  {result.conditions.map((c) => (
                    <List.Item key={c.path}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Badge
                          style={{ textTransform: 'none' }}
                          color={c.met ? 'teal.9' : 'red.9'}
                          variant="outline"
                          miw={72}
                        >
                          {c.met
                            ? t('commendations.eligibility.met')
                            : t('commendations.eligibility.missing')}
                        </Badge>
                        <Stack gap={0}>
                          <Text size="sm">{pick(c.description)}</Text>
                          {c.citation && (
                            <Text size="xs" c="dimmed">
                              {cite(c.citation)}
                            </Text>
                          )}
                          <Text size="xs">
                            {t('commendations.eligibility.evidence')}:{' '}
                            {c.evidence.length
                              ? c.evidence.map((e) => evidenceText(e, t)).join('; ')
                              : t('commendations.eligibility.noEvidence')}
                          </Text>
                        </Stack>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
      </div>
    </Card>
  );
}
