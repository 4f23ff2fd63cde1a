import { Anchor, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type {
  EvidenceResponse as EvidenceFile,
  ReportResponse as Report,
} from '../../shared/contracts/reports.ts';
import { reportCommands, reportUrls } from '../api/reports.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSubmitForm } from './ErrorSummary.tsx';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${formatNumber(bytes / (1024 * 1024))} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;

/**
 * Evidence files of a report — of one criterion, or of the report as a whole — with an
 * upload that shows its progress and a list the unit can prune while the report is editable.
 */
export function ReportEvidence({
  report,
  criterionCode,
  aside,
}: {
  report: Report;
  criterionCode: string | null;
  /** How an upload or a removal runs beside the draft (useReportDraft.aside); absent: read-only. */
  aside?: ((work: () => Promise<unknown>) => Promise<void>) | undefined;
}) {
  const editable = Boolean(aside) && report.abilities.upload;
  const { t } = useI18n();
  const { form, busy, submit } = useSubmitForm();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const files = report.evidence.filter((f) => f.criterionCode === criterionCode);
  const inputId = `evidence-${criterionCode ?? 'report'}`;

  const upload = () =>
    submit(async () => {
      if (!file) return;
      setDone(null);
      setProgress(0);
      try {
        let added: EvidenceFile | undefined;
        await aside!(async () => {
          added = await reportCommands.uploadEvidence(
            report.periodId,
            report.unit.id,
            file,
            criterionCode,
            setProgress,
          );
        });
        setDone(added!.fileName);
        setFile(null);
        form.clear();
      } finally {
        setProgress(null);
      }
    });

  const remove = (id: string) =>
    submit(async () => {
      await aside!(() => reportCommands.deleteEvidence(id));
    });

  const error =
    form.errors?.fields.file ?? form.errors?.fields.criterionCode ?? form.errors?.message;
  return (
    <Stack gap="xs">
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.evidence.none')}
        </Text>
      ) : (
        files.map((f) => (
          <Group key={f.id} gap="xs" justify="space-between" wrap="wrap">
            <Anchor
              href={reportUrls.evidence(f.id)}
              size="sm"
              aria-label={t('reports.evidence.download', { name: f.fileName })}
            >
              {f.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {sizeText(f.size)} · {formatDate(f.uploadedAt)}
            </Text>
            {editable && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                disabled={busy}
                onClick={() => void remove(f.id)}
              >
                {t('reports.evidence.remove', { name: f.fileName })}
              </Button>
            )}
          </Group>
        ))
      )}
      {editable && (
        <Stack gap={6}>
          <FileInput
            id={inputId}
            label={t('reports.evidence.file')}
            description={t('reports.evidence.hint', { mb: report.evidenceMaxMb })}
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.evidence.clear') }}
            error={error}
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,application/pdf,image/png,image/jpeg"
          />
          {progress !== null && (
            <Stack gap={2}>
              <Progress value={progress * 100} aria-label={t('reports.evidence.file')} />
              <Text size="xs" role="status">
                {t('reports.evidence.uploading', { percent: Math.round(progress * 100) })}
              </Text>
            </Stack>
          )}
          {done && (
            <Text size="sm" role="status" c="#1a4d24">
              {t('reports.evidence.uploaded', { name: done })}
            </Text>
          )}
          <Group>
            <Button
              size="sm"
              variant="light"
              disabled={!file}
              loading={busy}
              onClick={() => void upload()}
            >
              {t('reports.evidence.upload')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
