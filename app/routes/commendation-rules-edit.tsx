import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { invalidateRules, ruleCommands, rulesQuery } from '../api/commendations.ts';
import { PageHeader, type Crumb } from '../components/PageHeader.tsx';
import { PageSkeleton, QueryError } from '../components/PageStates.tsx';
import { dayAfter } from '../components/RuleDraft.ts';
import { draftOf } from '../components/RuleDraft.ts';
import { RuleForm } from '../components/RuleForm.tsx';
import { useI18n } from '../i18n/index.ts';

function useCrumbs(label: string): Crumb[] {
  const { t } = useI18n();
  return [
    { label: t('nav.home'), to: '/home' },
    { label: t('commendationRules.nav'), to: '/commendations/rules' },
    { label },
  ];
}

/** A new rule, or with `?from=<id>` the next dated version of that rule's lineage. */
export function RuleNewPage() {
  const { t } = useI18n();
  const { from } = useSearch({ from: '/app/commendations/rules/new' });
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(rulesQuery);
  const crumbs = useCrumbs(t('commendationRules.newTitle'));
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (from && !data) return <PageSkeleton />;
  const base = from ? data?.rules.find((r) => r.id === from) : undefined;
  const initial = base
    ? {
        ...draftOf(base),
        effectiveFrom: base.effectiveTo ? dayAfter(base.effectiveTo) : '',
        effectiveTo: '',
      }
    : draftOf();
  const done = () => void navigate({ to: '/commendations/rules' });
  return (
    <>
      <PageHeader title={t('commendationRules.newTitle')} crumbs={crumbs} />
      <RuleForm
        key={base?.id ?? 'new'}
        initial={initial}
        onSubmit={async (rule) => {
          await ruleCommands.create(rule);
          await invalidateRules();
          done();
        }}
        onCancel={done}
      />
    </>
  );
}

/** Edits one stored rule version (optimistic lock on its version). */
export function RuleEditPage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/app/commendations/rules/$id' });
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(rulesQuery);
  const rule = data?.rules.find((r) => r.id === id);
  const title = rule
    ? t('commendationRules.editTitle', { code: rule.code })
    : t('commendationRules.title');
  const crumbs = useCrumbs(title);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const done = () => void navigate({ to: '/commendations/rules' });
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} />
      {rule ? (
        <RuleForm
          key={`${rule.id}:${rule.version}`}
          initial={draftOf(rule)}
          original={rule.citation}
          onSubmit={async (input) => {
            await ruleCommands.update(rule.id, rule.version, input);
            await invalidateRules();
            done();
          }}
          onCancel={done}
        />
      ) : (
        <Text>{t('commendationRules.notFound')}</Text>
      )}
    </>
  );
}
