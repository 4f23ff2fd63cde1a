import { useParams } from '@tanstack/react-router';
import { SubjectHistoryView } from '../components/SubjectHistoryView.tsx';
import { useI18n } from '../i18n/index.ts';

/** A person's history (ratings, awards, discipline and cases, initiatives) and the eligibility check. */
export function PersonPage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/app/people/$id' });
  return (
    <SubjectHistoryView
      kind="individual"
      id={id}
      title={(h) => t('commendations.historyTitle', { name: h.subject.name })}
      crumbs={(h) => [{ label: t('nav.home'), to: '/home' }, { label: h.subject.name }]}
    />
  );
}
