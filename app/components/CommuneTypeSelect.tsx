import { NativeSelect } from '@mantine/core';
import { communeTypes } from '../../shared/unit-kinds.ts';
import { useI18n } from '../i18n/index.ts';

/** xã / phường / thị trấn / đặc khu of a commune-level unit; empty for any other kind. */
export function CommuneTypeSelect({
  id,
  defaultValue,
  error,
}: {
  id: string;
  defaultValue?: string | null | undefined;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <NativeSelect
      id={id}
      name="communeType"
      label={t('commendations.history.communeType')}
      description={t('commendations.history.communeTypeHint')}
      defaultValue={defaultValue ?? ''}
      data={[
        { value: '', label: t('commendations.history.communeTypeNone') },
        ...communeTypes.map((c) => ({
          value: c,
          label: t(`commendations.history.communeTypes.${c}`),
        })),
      ]}
      error={error}
    />
  );
}
