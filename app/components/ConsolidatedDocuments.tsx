import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { reportUrls } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';

/** The province's consolidated report: preview first ("Xem trước"), then Word, PDF, Excel. */
export function ConsolidatedDocuments({ periodId }: { periodId: string }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState(false);
  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reports.docs.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.docs.intro')}
        </Text>
        <Button variant="default" onClick={() => setPreview((v) => !v)} aria-expanded={preview}>
          {preview ? t('reports.docs.hidePreview') : t('reports.docs.preview')}
        </Button>
        {preview && (
          <iframe
            title={t('reports.docs.previewTitle')}
            src={reportUrls.consolidated(periodId, 'pdf', true)}
            style={{
              width: '100%',
              height: '70vh',
              border: '1px solid var(--mantine-color-gray-4)',
            }}
          />
        )}
        <Anchor
          href={reportUrls.consolidated(periodId, 'docx')}
          download
          data-testid="download-docx"
        >
          {t('reports.docs.docx')}
        </Anchor>
        <Anchor href={reportUrls.consolidated(periodId, 'pdf')} download>
          {t('reports.docs.pdf')}
        </Anchor>
        <Anchor href={reportUrls.consolidated(periodId, 'xlsx')} download>
          {t('reports.docs.xlsx')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
