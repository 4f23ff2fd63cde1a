import { useParams } from '@tanstack/react-router';
import { SubjectHistoryView } from '../components/SubjectHistoryView.tsx';
import { useI18n } from '../i18n/index.ts';

/** A household's contributions, awards and cases, and its eligibility (e.g. Bằng khen for land given). */
export function HouseholdPage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/app/households/$id' });
  return (
    <SubjectHistoryView
      kind="household"
      id={id}
      title={(h) => t('commendations.history.householdTitle', { name: h.subject.name })}
      crumbs={(h) => [{ label: t('nav.home'), to: '/home' }, { label: h.subject.name }]}
    />
  );
}
