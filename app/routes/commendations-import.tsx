import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me.ts';
import { historyTemplateUrl, importHistory, invalidateAllHistory } from '../api/subject-history.ts';
import { ExcelImport } from '../components/ExcelImport.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/index.ts';

/** Past years' ratings and awards of people and collectives from a workbook, row by row. */
export function CommendationsImportPage() {
  const { t } = useI18n();
  const { data: me } = useQuery(meQuery);
  const title = t('commendations.history.import.title');
  // the server checks each row's unit too
  const allowed = !me || me.abilities.importHistory;
  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={title}
        crumbs={[{ label: t('nav.home'), to: '/home' }, { label: title }]}
        lead={allowed ? t('commendations.history.import.intro') : undefined}
      />
      {allowed ? (
        <ExcelImport
          templateUrl={historyTemplateUrl}
          upload={importHistory}
          onImported={invalidateAllHistory}
          createdText={(count) => t('commendations.history.import.created', { count })}
        />
      ) : (
        <Alert color="red" variant="outline">
          {t('common.notAllowed')}
        </Alert>
      )}
    </Stack>
  );
}
