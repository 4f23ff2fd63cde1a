import {
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { queryClient } from '../api/query.ts';
import type { ImportMode } from '../../shared/contracts/common.ts';
import type { IndicatorImportResponse as ImportResult } from '../../shared/contracts/report-periods.ts';
import { reportCommands, reportUrls } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';

const columnKeys = { period: 1, unitCode: 1, criterionCode: 1, value: 1, note: 1, file: 1 };

/**
 * Indicator values out to Excel and back: download the pre-filled workbook, upload it with
 * a progress bar, see row errors; nothing is written from a file with errors unless the
 * user asks for the valid rows only.
 */
export function IndicatorExcel({
  periodId,
  unitIds,
  aside,
}: {
  periodId: string;
  /** The units of the exported workbook; every unit the actor may read when omitted. */
  unitIds?: string[];
  /** How a write runs beside an open report draft (useReportDraft.aside). */
  aside?: (work: () => Promise<unknown>, takeAnswers: boolean) => Promise<void>;
}) {
  const { t } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  // The column as the workbook's header names it, not the API's field key.
  const columnLabel = (field: string) =>
    field in columnKeys ? t(`reports.excel.columns.${field as keyof typeof columnKeys}`) : field;

  const run = (mode: ImportMode) =>
    submit(async () => {
      if (!file) return form.setFields({ file: t('reports.excel.file') });
      setResult(null);
      setProgress(0);
      try {
        const box: { out?: ImportResult } = {};
        const send = async () => {
          box.out = await reportCommands.importIndicators(periodId, file, mode, setProgress);
        };
        if (aside && mode !== 'validate') await aside(send, true);
        else await send();
        const out = box.out!;
        setResult(out);
        form.clear();
        if (out.imported > 0)
          await queryClient.invalidateQueries({ queryKey: ['reports', periodId] });
      } finally {
        setProgress(null);
      }
    });

  return (
    <Paper withBorder p="sm" data-testid="indicator-excel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reports.excel.title')}
        </Title>
        <Anchor href={reportUrls.indicators(periodId, unitIds)} download>
          {t('reports.excel.export')}
        </Anchor>
        <ErrorSummary
          errors={form.errors}
          fields={[{ name: 'file', label: t('reports.excel.file'), id: 'indicator-file' }]}
        />
        <FileInput
          id="indicator-file"
          label={t('reports.excel.file')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setResult(null);
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('reports.evidence.clear') }}
          error={form.fieldError('file')}
        />
        {progress !== null && (
          <Stack gap={2}>
            <Progress value={progress * 100} aria-label={t('reports.excel.file')} />
            <Text size="xs" role="status">
              {progress < 1
                ? t('reports.excel.progress', { percent: Math.round(progress * 100) })
                : t('reports.excel.processing')}
            </Text>
          </Stack>
        )}
        <Group>
          <Button
            variant="default"
            disabled={!file}
            loading={busy}
            onClick={() => void run('validate')}
          >
            {t('reports.excel.validate')}
          </Button>
          <Button disabled={!file} loading={busy} onClick={() => void run('import')}>
            {t('reports.excel.import')}
          </Button>
          {result && result.errors.length > 0 && (
            <Button variant="default" loading={busy} onClick={() => void run('import_valid')}>
              {t('reports.excel.importValid')}
            </Button>
          )}
        </Group>
        {result && (
          <Stack gap="xs" data-testid="import-result">
            <Text size="sm" role="status" fw={600}>
              {t('reports.excel.result', {
                rows: result.rows,
                errors: result.errors.length,
                imported: result.imported,
              })}
            </Text>
            {result.errors.length === 0 && result.imported === 0 && (
              <Text size="sm">{t('reports.excel.noErrors')}</Text>
            )}
            {result.errors.length > 0 && (
              <>
                <Title order={3} size="h5">
                  {t('reports.excel.errorsTitle')}
                </Title>
                <Table.ScrollContainer minWidth={0}>
                  <Table withTableBorder layout="fixed">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={60}>{t('reports.excel.row')}</Table.Th>
                        <Table.Th w="30%">{t('reports.excel.column')}</Table.Th>
                        <Table.Th>{t('reports.excel.message')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {result.errors.slice(0, 200).map((e, i) => (
                        <Table.Tr key={i}>
                          <Table.Td>{e.row}</Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>
                            {columnLabel(e.field)}
                          </Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
