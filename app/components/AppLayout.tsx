import '../styles/mantine-app.css';
import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { meQuery } from '../api/me.ts';
import { movementsQuery } from '../api/movements.ts';
import { useI18n } from '../i18n/index.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { AnchorLink } from './links.tsx';
import { NavLinkLink } from './NavLinkLink.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The frame of every signed-in page: header, navigation (a drawer on phones), content. */
export function AppLayout({ children }: { children?: ReactNode } = {}) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Mantine's `sm` breakpoint, below which the menu is a drawer.
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const { data: me } = useQuery(meQuery);
  const { data: movements } = useQuery(movementsQuery);
  const movementCode = movements?.[0]?.code;

  useEffect(() => close(), [pathname, close]);

  const primaryUnit = me?.grants[0]?.unitName;
  const active = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header style={{ borderTop: '4px solid var(--mantine-color-red-8)' }}>
          <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
                aria-controls="app-navbar"
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <AnchorLink to="/home" c="blue.9" fw={700} underline="never" truncate>
                  <Text span fw={700} visibleFrom="md">
                    {t('app.name')}
                  </Text>
                  <Text span fw={700} hiddenFrom="md">
                    {t('app.shortName')}
                  </Text>
                </AnchorLink>
                {primaryUnit && (
                  <Text size="xs" c="dimmed" truncate visibleFrom="sm" data-testid="header-unit">
                    {primaryUnit}
                  </Text>
                )}
              </Stack>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {me && <NotificationBell />}
              <LanguageToggle />
              {me && <UserMenu me={me} />}
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          p="xs"
          id="app-navbar"
          component="nav"
          aria-label={t('nav.main')}
          // A closed phone menu is off-screen: its links must not take keyboard focus.
          inert={isPhone && !opened}
          style={{ overflowY: 'auto' }}
        >
          <NavGroup title={t('nav.groupWork')}>
            <NavLinkLink to="/home" label={t('nav.home')} active={active('/home')} />
            <NavLinkLink to="/reports" label={t('reports.nav')} active={active('/reports')} />
            <NavLinkLink
              to="/registrations"
              label={t('registrations.nav')}
              // Its sub-pages (overview, pledges) have links of their own.
              active={pathname === '/registrations'}
            />
            {me?.abilities.registrationsOverview && (
              <NavLinkLink
                to="/registrations/overview"
                label={t('registrations.navOverview')}
                active={active('/registrations/overview')}
              />
            )}
            <NavLinkLink
              to="/registrations/pledges"
              label={t('registrations.pledge.nav')}
              active={active('/registrations/pledges')}
            />
          </NavGroup>
          <NavGroup title={t('nav.groupPlan')}>
            {movementCode ? (
              <NavLinkLink
                to="/movements/$code"
                params={{ code: movementCode }}
                label={t('nav.movement')}
              />
            ) : (
              <NavLinkLink to="/" label={t('nav.movement')} />
            )}
            <NavLinkLink to="/targets" label={t('targets.nav')} active={active('/targets')} />
            {me?.abilities.editPlan && (
              <NavLinkLink to="/plan" label={t('plan.nav')} active={pathname.startsWith('/plan')} />
            )}
            <NavLinkLink to="/scores" label={t('scores.nav')} active={active('/scores')} />
            {me?.abilities.editCriteria && (
              <NavLinkLink
                to="/criteria"
                label={t('criteria.nav')}
                active={pathname.startsWith('/criteria')}
              />
            )}
            <NavLinkLink
              to="/units"
              label={t('nav.units')}
              active={pathname === '/units' || /^\/units\/(?!import)/.test(pathname)}
            />
          </NavGroup>
          <NavGroup
            title={t('nav.groupThrift')}
            // Folded unless the user is there: the movement's second half has its own desk.
            folded={!['/waste', '/thrift'].some(active)}
          >
            {me?.abilities.wasteQueue && (
              <NavLinkLink to="/waste" label={t('wasteDesk.nav')} active={active('/waste')} />
            )}
            <NavLinkLink to="/thrift" label={t('thriftDesk.nav')} active={active('/thrift')} />
          </NavGroup>
          <NavGroup
            title={t('nav.groupCommendations')}
            // Folded unless the user works there: a unit's officer rarely does.
            folded={
              !me?.abilities.manageRules &&
              !['/people', '/initiatives', '/households', '/commendations'].some(active)
            }
          >
            <NavLinkLink
              to="/nominations"
              label={t('nominations.title')}
              active={active('/nominations')}
            />
            <NavLinkLink
              to="/commendations/candidates"
              label={t('commendations.history.nav.candidates')}
              active={active('/commendations/candidates')}
            />
            <NavLinkLink
              to="/people"
              label={t('commendations.nav.people')}
              active={active('/people')}
            />
            <NavLinkLink
              to="/initiatives"
              label={t('commendations.nav.initiatives')}
              active={active('/initiatives')}
            />
            <NavLinkLink
              to="/households"
              label={t('commendations.history.nav.households')}
              active={active('/households')}
            />
            {me?.abilities.importHistory && (
              <NavLinkLink
                to="/commendations/import"
                label={t('commendations.history.nav.import')}
                active={active('/commendations/import')}
              />
            )}
            <NavLinkLink
              to="/commendations/catalogue"
              label={t('commendations.nav.catalogue')}
              active={active('/commendations/catalogue')}
            />
            {me?.abilities.manageRules && (
              <NavLinkLink
                to="/commendations/rules"
                label={t('commendationRules.nav')}
                active={active('/commendations/rules')}
              />
            )}
          </NavGroup>
          {(me?.abilities.manageUnits || me?.abilities.manageUsers) && (
            <NavGroup title={t('nav.groupAdmin')}>
              {me?.abilities.manageUnits && (
                <NavLinkLink
                  to="/units/import"
                  label={t('nav.unitsImport')}
                  active={active('/units/import')}
                />
              )}
              {me?.abilities.manageUsers && (
                <NavLinkLink
                  to="/admin/users"
                  label={t('nav.adminUsers')}
                  active={active('/admin/users')}
                />
              )}
            </NavGroup>
          )}
          <NavGroup title={t('nav.groupAccount')}>
            <NavLinkLink
              to="/account/password"
              label={t('nav.changePassword')}
              active={active('/account/password')}
            />
            <NavLinkLink to="/" label={t('nav.publicHome')} />
          </NavGroup>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
          {children ?? <Outlet />}
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/** A group of menu links under the task it serves; a folded group opens on a tap (native details). */
function NavGroup({
  title,
  folded = false,
  children,
}: {
  title: string;
  folded?: boolean;
  children: ReactNode;
}) {
  if (folded)
    return (
      <details className="nav-group">
        <summary className="nav-group-title">{title}</summary>
        {children}
      </details>
    );
  return (
    <div className="nav-group" role="group" aria-label={title}>
      <div className="nav-group-title" aria-hidden="true">
        {title}
      </div>
      {children}
    </div>
  );
}
