import { Group } from '@mantine/core';
import { useI18n } from '../i18n/index.ts';
import { AnchorLink } from './links.tsx';

/** The public waste pages' links: file, look up, outcomes, the province's thrift results. */
export function WasteLinks() {
  const { t } = useI18n();
  return (
    <Group gap="md" mb="md" component="nav" aria-label={t('waste.nav')}>
      <AnchorLink to="/phan-anh">{t('waste.links.file')}</AnchorLink>
      <AnchorLink to="/phan-anh/tra-cuu">{t('waste.links.lookup')}</AnchorLink>
      <AnchorLink to="/phan-anh/ket-qua">{t('waste.links.outcomes')}</AnchorLink>
      <AnchorLink to="/tiet-kiem">{t('thrift.nav')}</AnchorLink>
    </Group>
  );
}
