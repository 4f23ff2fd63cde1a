import { Badge } from '@mantine/core';
import type { BoardStatus } from '../../shared/contracts/reports.ts';
import { useI18n } from '../i18n/index.ts';
import type { SectionStatus } from '../lib/report-sections.ts';

/** A light badge colour and a dark text colour that keeps 4.5:1 contrast on it. */
const colors: Record<BoardStatus | SectionStatus, { mantine: string; text: string }> = {
  not_started: { mantine: 'gray', text: '#2b2f33' },
  draft: { mantine: 'blue', text: '#0b3a66' },
  in_progress: { mantine: 'blue', text: '#0b3a66' },
  submitted: { mantine: 'violet', text: '#3b1f73' },
  returned: { mantine: 'orange', text: '#7a2905' },
  accepted: { mantine: 'green', text: '#1a4d24' },
  done: { mantine: 'green', text: '#1a4d24' },
  late: { mantine: 'red', text: '#7f1a1a' },
};

/** A report's status as a coloured badge with its words (never colour alone). */
export function ReportStatusBadge({ status }: { status: BoardStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={status} label={t(`reports.status.${status}`)} />;
}

/** A task-list section's status. */
export function SectionStatusBadge({ status }: { status: SectionStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={status} label={t(`reports.task.section_${status}`)} />;
}

function StatusBadge({ tone, label }: { tone: BoardStatus | SectionStatus; label: string }) {
  const { mantine, text } = colors[tone];
  return (
    <Badge
      variant="light"
      color={mantine}
      c={text}
      radius="sm"
      tt="none"
      data-status={tone}
      // A status is read, not guessed: never cut to "Chưa bắt…" beside a long title.
      style={{ flexShrink: 0, maxWidth: 'none', overflow: 'visible' }}
    >
      {label}
    </Badge>
  );
}
