import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { AnchorLink } from './links.tsx';
import { usePageTitle } from './PageStates.tsx';

export interface Crumb {
  label: string;
  /** A plain path; the last crumb (the page itself) has none. */
  to?:
    | '/home'
    | '/units'
    | '/admin/users'
    | '/criteria'
    | '/commendations/rules'
    | '/reports'
    | '/plan';
  /** A unit in the tree: links to its page. */
  unitId?: string;
}

/** "Where am I": breadcrumb trail, the page's h1 and an optional line under it. */
export function PageHeader({
  title,
  crumbs = [],
  lead,
  actions,
}: {
  title: string;
  crumbs?: Crumb[];
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  usePageTitle(title);
  return (
    <Stack gap={6} mb="md">
      {crumbs.length > 0 && (
        <nav aria-label={t('nav.breadcrumb')}>
          <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
            {crumbs.map((c) =>
              c.unitId ? (
                <AnchorLink key={c.unitId} to="/units/$id" params={{ id: c.unitId }} size="sm">
                  {c.label}
                </AnchorLink>
              ) : c.to ? (
                <AnchorLink key={c.label} to={c.to} size="sm">
                  {c.label}
                </AnchorLink>
              ) : (
                <Anchor
                  key={c.label}
                  component="span"
                  size="sm"
                  c="dimmed"
                  underline="never"
                  aria-current="page"
                >
                  {c.label}
                </Anchor>
              ),
            )}
          </Breadcrumbs>
        </nav>
      )}
      <Title order={1} size="h2">
        {title}
      </Title>
      {lead && <Text c="dimmed">{lead}</Text>}
      {actions}
    </Stack>
  );
}
