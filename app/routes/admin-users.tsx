import {
  Alert,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Modal,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { meQuery } from '../api/me.ts';
import type { UserResponse as User } from '../../shared/contracts/users.ts';
import { invalidateUsers, userCommands, usersQuery } from '../api/users.ts';
import { AnchorLink } from '../components/links.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { QueryError, useErrorMessage } from '../components/PageStates.tsx';
import {
  CreateUserForm,
  EditUserForm,
  GrantForm,
  ResetPasswordForm,
} from '../components/UserForms.tsx';
import { useI18n } from '../i18n/index.ts';
import { fold } from '../lib/format.ts';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset' | 'grant'; user: User } | null;

/** Accounts and their role grants, as cards (they read well on a phone). */
export function AdminUsersPage() {
  const { t } = useI18n();
  const { data: me } = useQuery(meQuery);
  const allowed = Boolean(me?.abilities.manageUsers);
  const { data, error, isPending, refetch } = useQuery({ ...usersQuery, enabled: allowed });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [q, setQ] = useState('');
  const describe = useErrorMessage();
  const crumbs = [{ label: t('nav.home'), to: '/home' as const }, { label: t('users.title') }];

  const users = useMemo(() => {
    const needle = fold(q);
    const list = data?.users ?? [];
    return needle
      ? list.filter((u) => fold(`${u.fullName} ${u.username} ${u.email ?? ''}`).includes(needle))
      : list;
  }, [data, q]);

  if (!allowed) {
    return (
      <Stack>
        <PageHeader title={t('users.title')} crumbs={crumbs} />
        <Alert color="red" variant="outline">
          {t('common.notAllowed')}
        </Alert>
      </Stack>
    );
  }

  const done = (text?: string) => {
    setDialog(null);
    if (text) setStatus({ ok: true, text });
  };
  const revoke = async (grantId: string) => {
    setStatus(null);
    try {
      await userCommands.revoke(grantId);
      await invalidateUsers();
      setStatus({ ok: true, text: t('common.saved') });
    } catch (e) {
      setStatus({ ok: false, text: describe(e) });
    }
  };
  const title =
    dialog?.kind === 'create'
      ? t('users.create')
      : dialog?.kind === 'edit'
        ? t('users.editTitle', { name: dialog.user.fullName })
        : dialog?.kind === 'reset'
          ? t('users.resetTitle', { name: dialog.user.fullName })
          : dialog?.kind === 'grant'
            ? t('users.grantTitle', { name: dialog.user.fullName })
            : '';

  return (
    <Stack gap="md">
      <PageHeader title={t('users.title')} crumbs={crumbs} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('users.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
          maw={420}
        />
        {data?.abilities.create && (
          <Button onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
            {t('users.create')}
          </Button>
        )}
      </Group>
      <div aria-live="polite">
        {status && (
          <Alert
            color={status.ok ? 'green' : 'red'}
            variant="light"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setStatus(null)}
          >
            {status.text}
          </Alert>
        )}
      </div>
      {isPending ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Skeleton height={140} />
          <Skeleton height={140} />
        </SimpleGrid>
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('users.count', { count: users.length })}
          </Text>
          {users.length === 0 && <Text>{t('users.empty')}</Text>}
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {users.map((user) => (
              <UserCard
                key={user.id}
                user={user}
                onDialog={setDialog}
                onRevoke={(id) => void revoke(id)}
              />
            ))}
          </SimpleGrid>
        </>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={title}
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'create' && (
          <CreateUserForm
            onDone={done}
            onCancel={() => setDialog(null)}
            onCreated={(user, text) => {
              setStatus({ ok: true, text });
              setDialog({ kind: 'grant', user });
            }}
          />
        )}
        {dialog?.kind === 'edit' && (
          <EditUserForm user={dialog.user} onDone={done} onCancel={() => setDialog(null)} />
        )}
        {dialog?.kind === 'reset' && (
          <ResetPasswordForm user={dialog.user} onDone={done} onCancel={() => setDialog(null)} />
        )}
        {dialog?.kind === 'grant' && (
          <GrantForm user={dialog.user} onDone={done} onCancel={() => setDialog(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function UserCard({
  user,
  onDialog,
  onRevoke,
}: {
  user: User;
  onDialog: (d: Dialog) => void;
  onRevoke: (grantId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Card component="li" withBorder padding="md" data-testid="user-card">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={2} size="h5">
            {user.fullName}
          </Title>
          <Text size="sm">{user.username}</Text>
          {user.email && (
            <Text size="sm" c="dimmed">
              {user.email}
            </Text>
          )}
        </div>
        <Stack gap={4} align="flex-end">
          <Badge
            color={user.active ? 'teal.9' : 'gray.7'}
            variant="outline"
            style={{ textTransform: 'none' }}
          >
            {user.active ? t('users.active') : t('users.inactive')}
          </Badge>
          {user.mustChangePassword && (
            <Badge color="red.9" variant="outline" style={{ textTransform: 'none' }}>
              {t('users.mustChange')}
            </Badge>
          )}
        </Stack>
      </Group>
      <Text fw={500} size="sm" mt="sm">
        {t('users.grants')}
      </Text>
      {user.grants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('users.noGrants')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {user.grants.map((g) => (
            <Group component="li" key={g.id} gap={6} wrap="nowrap" justify="space-between">
              <Text size="sm">
                {t(`roles.${g.role}`)} —{' '}
                <AnchorLink to="/units/$id" params={{ id: g.unitId }}>
                  {g.unitName}
                </AnchorLink>
              </Text>
              {user.abilities.update && (
                <CloseButton
                  size="sm"
                  aria-label={t('users.removeGrant', {
                    role: t(`roles.${g.role}`),
                    unit: g.unitName,
                  })}
                  onClick={() => onRevoke(g.id)}
                />
              )}
            </Group>
          ))}
        </Stack>
      )}
      {(user.abilities.update || user.abilities.resetPassword) && (
        <Group gap="xs" mt="md">
          {user.abilities.update && (
            <>
              <Button size="xs" variant="default" onClick={() => onDialog({ kind: 'grant', user })}>
                {t('users.addGrant')}
              </Button>
              <Button size="xs" variant="default" onClick={() => onDialog({ kind: 'edit', user })}>
                {t('users.edit')}
              </Button>
            </>
          )}
          {user.abilities.resetPassword && (
            <Button size="xs" variant="default" onClick={() => onDialog({ kind: 'reset', user })}>
              {t('users.resetPassword')}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}
