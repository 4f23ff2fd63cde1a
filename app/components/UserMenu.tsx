import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { logout } from '../api/me.ts';
import type { MeResponse as Me } from '../../shared/contracts/auth.ts';
import { useI18n } from '../i18n/index.ts';

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  const last = parts[parts.length - 1] ?? '';
  return (parts.length > 1 ? (parts[0]?.[0] ?? '') + last[0] : last.slice(0, 2)).toUpperCase();
}

/** The account button: change password, sign out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const signOut = async () => {
    await logout().catch(() => undefined);
    await navigate({ to: '/' });
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton
          data-testid="user-menu"
          title={t('nav.userMenu', { name: me.fullName })}
          style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 40 }}
        >
          <span aria-hidden="true">
            <Avatar size={32} variant="filled" color="blue.9" radius="xl">
              {initials(me.fullName || me.username)}
            </Avatar>
          </span>
          <Text span size="sm" fw={500} visibleFrom="md" maw={180} truncate>
            {me.fullName}
          </Text>
          <VisuallyHidden hiddenFrom="md">{me.fullName}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.username}</Menu.Label>
        <Menu.Item onClick={() => void navigate({ to: '/account/password' })}>
          {t('nav.changePassword')}
        </Menu.Item>
        <Menu.Item color="red.9" onClick={() => void signOut()} data-testid="sign-out">
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
