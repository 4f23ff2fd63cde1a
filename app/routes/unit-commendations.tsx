import { useParams } from '@tanstack/react-router';
import { SubjectHistoryView } from '../components/SubjectHistoryView.tsx';
import { useI18n } from '../i18n/index.ts';

/** A collective's (unit's) history, with the records of the units merged into it, and its eligibility. */
export function UnitCommendationsPage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/app/units/$id/commendations' });
  return (
    <SubjectHistoryView
      kind="collective"
      id={id}
      title={(h) => t('commendations.history.unitTitle', { name: h.subject.name })}
      crumbs={(h) => [
        { label: t('units.title'), to: '/units' },
        { label: h.subject.name, unitId: id },
        { label: t('commendations.history.unitLink') },
      ]}
    />
  );
}
