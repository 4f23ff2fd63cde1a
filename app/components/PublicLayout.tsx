import { Box, Container, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { cachedMe } from '../api/me.ts';
import { useI18n } from '../i18n/index.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { AnchorLink } from './links.tsx';

/** Header, main and footer for pages anyone can read. It never asks the server who you are. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const signedIn = Boolean(cachedMe());
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box
        component="header"
        py="xs"
        style={{
          borderTop: '4px solid var(--mantine-color-red-8)',
          borderBottom: '1px solid var(--mantine-color-gray-3)',
        }}
      >
        <Container size="lg">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <AnchorLink to="/" c="blue.9" fw={700} underline="never" style={{ minWidth: 0 }}>
              <Text span fw={700} visibleFrom="sm">
                {t('app.name')}
              </Text>
              <Text span fw={700} hiddenFrom="sm">
                {t('app.shortName')}
              </Text>
            </AnchorLink>
            <Group gap="xs" wrap="nowrap">
              <AnchorLink to="/phan-anh" fw={500} data-testid="waste-link">
                {t('waste.nav')}
              </AnchorLink>
              <LanguageToggle />
              {signedIn ? (
                <AnchorLink to="/home" fw={500}>
                  {t('nav.myPage')}
                </AnchorLink>
              ) : (
                <AnchorLink to="/login" fw={500} data-testid="sign-in-link">
                  {t('nav.signIn')}
                </AnchorLink>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container
        size="lg"
        component="main"
        id="main"
        tabIndex={-1}
        py="lg"
        px="md"
        style={{ outline: 'none' }}
      >
        {children ?? <Outlet />}
      </Container>
      <Box component="footer" bg="gray.1" py="lg" mt="xl">
        <Container size="lg">
          <Text size="sm" c="dimmed">
            {t('app.footer')}
          </Text>
        </Container>
      </Box>
    </>
  );
}
