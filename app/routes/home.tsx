import { Badge, Card, Group, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me.ts';
import { movementsQuery } from '../api/movements.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { RemindersCard } from '../components/RemindersCard.tsx';
import { ReportTaskItems, useReportTasks } from '../components/ReportTasks.tsx';
import { useI18n } from '../i18n/index.ts';

/** "What needs me": reports owed and waiting for review, reminders, roles and units, quick links. */
export function HomePage() {
  const { t } = useI18n();
  const { data: me } = useQuery(meQuery);
  const { data: movements } = useQuery(movementsQuery);
  const movementCode = movements?.[0]?.code;
  const reportTasks = useReportTasks();
  if (!me) return null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('home.title')}
        lead={t('home.greeting', { name: me.fullName || me.username })}
      />

      <Card withBorder component="section" aria-labelledby="tasks-title" padding="lg">
        <Title order={2} size="h4" id="tasks-title">
          {t('home.tasksTitle')}
        </Title>
        {reportTasks === undefined ? (
          <Skeleton height={48} mt="xs" />
        ) : reportTasks.length > 0 ? (
          <Stack mt="sm">
            <ReportTaskItems tasks={reportTasks} />
          </Stack>
        ) : (
          <>
            <Text mt="xs" fw={500} data-testid="tasks-empty">
              {t('home.tasksEmpty')}
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('home.tasksEmptyHint')}
            </Text>
          </>
        )}
      </Card>

      <RemindersCard />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="roles-title" padding="lg">
          <Title order={2} size="h4" id="roles-title" mb="sm">
            {t('home.rolesTitle')}
          </Title>
          {me.grants.length === 0 ? (
            <Text>{t('home.noRoles')}</Text>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              data-testid="my-grants"
            >
              {me.grants.map((g) => (
                <Group component="li" key={g.id} gap="xs" wrap="wrap">
                  <Badge variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
                    {t(`roles.${g.role}`)}
                  </Badge>
                  <AnchorLink to="/units/$id" params={{ id: g.unitId }} size="sm">
                    {g.unitName}
                  </AnchorLink>
                </Group>
              ))}
            </Stack>
          )}
        </Card>

        <Card withBorder component="section" aria-labelledby="links-title" padding="lg">
          <Title order={2} size="h4" id="links-title" mb="sm">
            {t('home.quickLinks')}
          </Title>
          <List spacing="xs">
            {movementCode && (
              <List.Item>
                <AnchorLink to="/movements/$code" params={{ code: movementCode }}>
                  {t('nav.movement')}
                </AnchorLink>
              </List.Item>
            )}
            <List.Item>
              <AnchorLink to="/units">{t('nav.units')}</AnchorLink>
            </List.Item>
            {me.abilities.enterTargets && (
              <List.Item>
                <AnchorLink to="/targets">{t('targets.nav')}</AnchorLink>
              </List.Item>
            )}
            {me.abilities.reportsBoard && (
              <List.Item>
                <AnchorLink to="/reports">{t('reports.nav')}</AnchorLink>
              </List.Item>
            )}
            {me.abilities.registrationsOverview && (
              <List.Item>
                <AnchorLink to="/registrations/overview">
                  {t('registrations.navOverview')}
                </AnchorLink>
              </List.Item>
            )}
            {me.abilities.editCriteria && (
              <List.Item>
                <AnchorLink to="/criteria">{t('criteria.nav')}</AnchorLink>
              </List.Item>
            )}
            {me.abilities.manageUnits && (
              <List.Item>
                <AnchorLink to="/units/import">{t('nav.unitsImport')}</AnchorLink>
              </List.Item>
            )}
            {me.abilities.manageUsers && (
              <List.Item>
                <AnchorLink to="/admin/users">{t('nav.adminUsers')}</AnchorLink>
              </List.Item>
            )}
          </List>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
