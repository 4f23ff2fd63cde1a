import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me.ts';
import { importTemplateUrl, importUnits, invalidateUnits } from '../api/units.ts';
import { ExcelImport } from '../components/ExcelImport.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/index.ts';

/** Upload an .xlsx of units: check first, then import all rows or only the valid ones. */
export function UnitsImportPage() {
  const { t } = useI18n();
  const { data: me } = useQuery(meQuery);
  const allowed = !me || me.abilities.manageUnits;
  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={t('import.title')}
        crumbs={[
          { label: t('nav.home'), to: '/home' },
          { label: t('units.title'), to: '/units' },
          { label: t('import.title') },
        ]}
        lead={allowed ? t('import.intro') : undefined}
      />
      {allowed ? (
        <ExcelImport
          templateUrl={importTemplateUrl}
          upload={importUnits}
          onImported={invalidateUnits}
          createdText={(count) => t('import.created', { count })}
        />
      ) : (
        <Alert color="red" variant="outline">
          {t('common.notAllowed')}
        </Alert>
      )}
    </Stack>
  );
}
