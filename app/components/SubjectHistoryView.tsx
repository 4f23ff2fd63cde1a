import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { SubjectKind } from '../../shared/commendations/catalogue.ts';
import type { HistoryRecord, SubjectHistory } from '../../shared/contracts/people.ts';
import { catalogueQuery } from '../api/commendations.ts';
import { invalidateHistory, recordCommands, subjectHistoryQuery } from '../api/subject-history.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { CaseForm, CloseCaseForm, DisciplineForm } from './CaseForms.tsx';
import { EligibilityPanel } from './EligibilityPanel.tsx';
import { AwardForm, ContributionForm, RatingForm } from './HistoryRecordForms.tsx';
import { PageHeader, type Crumb } from './PageHeader.tsx';
import { PageSkeleton, QueryError } from './PageStates.tsx';

type RecordOf<T extends HistoryRecord['type']> = Extract<HistoryRecord, { type: T }>;

/**
 * A person's, a unit's or a household's history: ratings, titles and forms received (decision
 * number and date), discipline and open cases, initiatives, contributions, with the forms to
 * add to it and the eligibility check. A unit's page also lists its predecessors' records.
 */
export function SubjectHistoryView({
  kind,
  id,
  title,
  crumbs,
}: {
  kind: SubjectKind;
  id: string;
  title: (h: SubjectHistory) => string;
  crumbs: (h: SubjectHistory) => Crumb[];
}) {
  const { t, pick } = useI18n();
  const { data, error, refetch } = useQuery(subjectHistoryQuery(kind, id));
  const { data: cat } = useQuery(catalogueQuery);
  const [done, setDone] = useState<string | null>(null);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const commands = recordCommands(kind, id);
  const saved = async () => {
    setDone(t('commendations.saved'));
    await invalidateHistory(kind, id);
  };
  const may = data.abilities.record;
  const of = <T extends HistoryRecord['type']>(type: T) =>
    data.records.filter((r): r is RecordOf<T> => r.type === type);
  const awardName = (code: string) => pick(cat?.awards.find((a) => a.code === code)?.name) || code;
  const h = (key: string, params?: Record<string, unknown>) =>
    t(`commendations.history.${key}` as 'commendations.history.open', params ?? {});
  const from = (r: HistoryRecord) =>
    r.fromUnit ? ` — ${h('fromUnit', { name: r.fromUnit.name })}` : '';
  const cases = [...of('discipline'), ...of('case')];

  return (
    <Stack gap="md">
      <PageHeader
        title={title(data)}
        crumbs={crumbs(data)}
        lead={[
          data.subject.category ? t(`commendations.categories.${data.subject.category}`) : '',
          data.subject.kind === 'collective' ? '' : data.subject.unitName,
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <div aria-live="polite">{done && <Alert color="green">{done}</Alert>}</div>
      {data.records.some((r) => r.fromUnit) && <Text size="sm">{h('mergedNote')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section id="h-ratings" title={t('commendations.ratings')}>
          <Lines
            rows={of('rating')}
            line={(r) => `${r.year}: ${t(`commendations.ratingNames.${r.data.rating}`)}${from(r)}`}
          />
          {may && <RatingForm commands={commands} onSaved={saved} />}
        </Section>
        <Section id="h-awards" title={t('commendations.awards')}>
          <Lines
            rows={of('award')}
            line={(r) =>
              `${r.year}: ${awardName(r.data.awardCode)} — ${r.data.decisionNo}, ${formatDate(r.data.decisionDate)}${from(r)}`
            }
          />
          {may && <AwardForm subjectKind={kind} commands={commands} onSaved={saved} />}
        </Section>
        <Section id="h-cases" title={t('commendations.cases')}>
          <Lines
            rows={cases}
            testId="case-list"
            line={(r) =>
              r.type === 'discipline'
                ? [
                    h('disciplineLine', {
                      severity: h(`severities.${r.data.severity}`),
                      from: formatDate(r.data.decidedOn),
                      to: formatDate(r.data.endsOn),
                    }),
                    r.data.ref,
                  ]
                    .filter(Boolean)
                    .join(' · ') + from(r)
                : [
                    h(`caseKinds.${r.data.kind}`),
                    formatDate(r.data.openedOn),
                    r.data.closedOn
                      ? h('closed', { date: formatDate(r.data.closedOn) })
                      : h('open'),
                    r.data.ref,
                  ]
                    .filter(Boolean)
                    .join(' · ') + from(r)
            }
            extra={(r) =>
              may && r.type === 'case' && !r.data.closedOn && !r.fromUnit ? (
                <CloseCaseForm caseId={r.id} commands={commands} onSaved={saved} />
              ) : null
            }
          />
          {may && kind === 'individual' && (
            <>
              <Title order={3} size="h5" mt="sm">
                {h('disciplineTitle')}
              </Title>
              <DisciplineForm commands={commands} onSaved={saved} />
            </>
          )}
          {may && (
            <>
              <Title order={3} size="h5" mt="sm">
                {h('caseTitle')}
              </Title>
              <CaseForm commands={commands} onSaved={saved} />
            </>
          )}
        </Section>
        {kind === 'household' ? (
          <Section id="h-contributions" title={h('contributions')}>
            <Lines
              rows={of('contribution')}
              line={(r) =>
                [h(`contributionKinds.${r.data.kind}`), formatDate(r.data.date), r.data.project]
                  .filter(Boolean)
                  .join(' · ')
              }
            />
            {may && <ContributionForm commands={commands} onSaved={saved} />}
          </Section>
        ) : (
          <Section id="h-initiatives" title={t('commendations.initiatives')}>
            <Initiatives history={data} />
          </Section>
        )}
        {of('attestation').length > 0 && (
          <Section id="h-attestations" title={h('attestations')}>
            <Lines
              rows={of('attestation')}
              line={(r) => `${r.year}: ${r.data.fact} — ${r.data.ref}${from(r)}`}
            />
          </Section>
        )}
      </SimpleGrid>
      {data.abilities.checkEligibility && <EligibilityPanel subjectKind={kind} subjectId={id} />}
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Lines<R extends HistoryRecord>({
  rows,
  line,
  extra,
  testId,
}: {
  rows: R[];
  line: (r: R) => string;
  extra?: (r: R) => ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  if (!rows.length) return <Text size="sm">{t('commendations.noRecords')}</Text>;
  return (
    <Stack gap={4} component="ul" style={{ paddingLeft: 18, margin: 0 }} data-testid={testId}>
      {rows.map((r) => (
        <li key={r.id}>
          <Text size="sm">{line(r)}</Text>
          {extra?.(r)}
        </li>
      ))}
    </Stack>
  );
}

function Initiatives({ history }: { history: SubjectHistory }) {
  const { t } = useI18n();
  if (!history.initiatives.length) return <Text size="sm">{t('commendations.noRecords')}</Text>;
  return (
    <Stack gap={4}>
      {history.initiatives.map((i) => (
        <Group key={i.id} gap="xs">
          <Text size="sm">{i.title}</Text>
          <Badge style={{ textTransform: 'none' }} color="blue.9" variant="outline">
            {t(`commendations.statuses.${i.status}`)}
          </Badge>
          {i.level && (
            <Text size="sm">
              {t('commendations.recognisedLine', {
                level: t(`commendations.levels.${i.level}`),
                decision: i.decisionNumber ?? '',
                date: formatDate(i.recognisedOn),
              })}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
