import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorSummary, useSubmitForm } from './ErrorSummary.tsx';

/**
 * Upload an .xlsx: check first (nothing written), then import a clean file or only its valid
 * rows; every bad row is listed with its column and message. Used by the unit and history imports.
 */
export function ExcelImport({
  templateUrl,
  upload,
  onImported,
  createdText,
}: {
  templateUrl: string;
  upload: (file: File, mode: ImportMode) => Promise<ImportReport>;
  onImported: () => Promise<unknown>;
  createdText: (count: number) => string;
}) {
  const { t } = useI18n();
  const { form, busy: running, submit } = useSubmitForm();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ mode: ImportMode; data: ImportReport } | null>(null);
  const [busy, setBusy] = useState<ImportMode | null>(null);
  const fields = [{ name: 'file', label: t('import.file'), id: 'import-file' }];
  useEffect(() => {
    if (result) document.getElementById('import-result')?.focus();
  }, [result]);

  const run = async (mode: ImportMode) => {
    if (!file) return form.setFields({ file: t('errors.chooseFile') });
    form.clear();
    setBusy(mode);
    await submit(async () => {
      const data = await upload(file, mode);
      setResult({ mode, data });
      if (mode !== 'validate') await onImported();
    });
    setBusy(null);
  };
  const blocked = running || busy !== null;
  const data = result?.data;

  return (
    <Stack gap="md">
      <ErrorSummary errors={form.errors} fields={fields} />
      <Anchor href={templateUrl} download data-testid="import-template">
        {t('import.template')}
      </Anchor>
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={(e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          void run('validate');
        }}
        noValidate
      >
        <Stack gap="sm">
          <div>
            <label htmlFor="import-file">
              <Text fw={500} size="sm" component="span">
                {t('import.file')}
              </Text>
            </label>
            <Text size="xs" c="dimmed" id="import-file-hint">
              {t('import.fileHint')}
            </Text>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={
                form.fieldError('file') ? 'import-file-hint import-file-error' : 'import-file-hint'
              }
              aria-invalid={Boolean(form.fieldError('file'))}
              data-testid="import-file"
              style={{ marginTop: 6, maxWidth: '100%' }}
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setResult(null);
              }}
            />
            {form.fieldError('file') && (
              <Text size="sm" c="red.9" id="import-file-error" mt={4}>
                {form.fieldError('file')}
              </Text>
            )}
          </div>
          <Group gap="xs">
            <Button
              type="submit"
              loading={busy === 'validate'}
              disabled={blocked}
              data-testid="import-validate"
            >
              {t('import.validate')}
            </Button>
            <Button
              variant="default"
              onClick={() => void run('import')}
              loading={busy === 'import'}
              disabled={blocked}
              data-testid="import-run"
            >
              {t('import.import')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {data && (
        <Stack gap="sm" component="section" aria-labelledby="import-result">
          <Title
            order={2}
            size="h4"
            id="import-result"
            tabIndex={-1}
            style={{ outline: 'none' }}
            data-testid="import-summary"
          >
            {t('import.summary', { total: data.total, valid: data.valid, created: data.created })}
          </Title>
          {data.created > 0 && (
            <Alert color="green" variant="light">
              {createdText(data.created)}
            </Alert>
          )}
          {data.errors.length === 0 ? (
            <Text>{t('import.allValid')}</Text>
          ) : (
            <>
              <Title order={3} size="h5">
                {t('import.errorsTitle')}
              </Title>
              <Table striped withTableBorder data-testid="import-errors" layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={64}>{t('import.row')}</Table.Th>
                    <Table.Th w="30%">{t('import.field')}</Table.Th>
                    <Table.Th>{t('import.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.errors.map((e, i) => (
                    <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                      <Table.Td>{e.row}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-word' }}>{e.field}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-word' }}>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {data.valid > 0 && data.created === 0 && (
                <Button
                  onClick={() => void run('import_valid')}
                  loading={busy === 'import_valid'}
                  disabled={blocked}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid="import-valid"
                >
                  {t('import.importValid')}
                </Button>
              )}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
