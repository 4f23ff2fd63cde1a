import { Text } from '@mantine/core';
import type { PublicTarget } from '../../shared/contracts/targets.ts';
import { useI18n } from '../i18n/index.ts';

/** A done / not-done target: its status in words, not a 0–1 scale. */
export function TargetDoneStatus({ target }: { target: PublicTarget }) {
  const { t } = useI18n();
  const latest = [...target.actualsByYear].sort((a, b) => b.year - a.year)[0];
  return (
    <Text
      size="sm"
      data-testid="target-done-status"
      data-done={latest ? latest.value >= 1 : undefined}
    >
      {latest
        ? `${latest.value >= 1 ? t('targets.done') : t('targets.notDone')} (${latest.year})`
        : t('targets.noActual')}
    </Text>
  );
}
