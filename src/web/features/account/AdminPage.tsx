import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { CopyValue as Copy, FreshInvitation, InvitationList, invitationState, shortDay as day } from '../../components/Invitations';
import { NotFoundPage } from '../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { SideScroll } from '../../components/SideScroll';
import { useAdminAccounts, useAdminAction, useAdminInvitations, useAdminLinks, useInvite, useRevokeInvitation, useSession, type AdminAccount } from './api';


function AccountsSection({ me }: { me: string }) {
  const accounts = useAdminAccounts();
  const act = useAdminAction();
  const run = (account: AdminAccount, action: 'disable' | 'enable' | 'delete') =>
    act.mutate(
      { id: account.id, action },
      {
        onSuccess: () =>
          notifications.show({ color: 'sage', message: action === 'delete' ? `${account.email} and all its data are deleted.` : action === 'disable' ? `${account.email} is disabled and signed out.` : `${account.email} can sign in again.` }),
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );
  const confirm = (account: AdminAccount, action: 'disable' | 'delete') =>
    modals.openConfirmModal({
      title: action === 'delete' ? `Delete ${account.email}?` : `Disable ${account.email}?`,
      children: (
        <Text size="sm">
          {action === 'delete'
            ? 'Every application, debrief and note of this account is removed for good. This cannot be undone.'
            : 'They are signed out everywhere at once and cannot sign in until you enable the account again. Their data stays.'}
        </Text>
      ),
      labels: { confirm: action === 'delete' ? 'Delete for good' : 'Disable', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => run(account, action),
    });

  if (accounts.isPending) return <LoadingState label="Loading accounts" />;
  if (accounts.isError) return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  return (
    <SideScroll label="Accounts" minWidth={560}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.data.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Text size="sm">{a.email}</Text>
                {a.name && a.name !== a.email ? (
                  <Text size="xs" c="dimmed">
                    {a.name}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{day(a.createdAt)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {a.role === 'admin' ? <Badge variant="light">Administrator</Badge> : null}
                  {a.disabled ? <Badge color="red" variant="light">Disabled</Badge> : null}
                  {!a.emailVerified ? <Badge color="gray" variant="light">Unconfirmed</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {a.id === me ? (
                  <Text size="xs" c="dimmed">
                    You
                  </Text>
                ) : (
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {a.disabled ? (
                      <Button size="compact-sm" variant="light" onClick={() => run(a, 'enable')}>
                        Enable
                      </Button>
                    ) : (
                      <Button size="compact-sm" variant="light" color="orange" onClick={() => confirm(a, 'disable')}>
                        Disable
                      </Button>
                    )}
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => confirm(a, 'delete')}>
                      Delete
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SideScroll>
  );
}

function InviteSection({ mail }: { mail: boolean }) {
  const invitations = useAdminInvitations();
  const invite = useInvite();
  const revoke = useRevokeInvitation();
  const [email, setEmail] = useState('');
  const [fresh, setFresh] = useState<{ url: string; email: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    invite.mutate(email.trim(), {
      onSuccess: (made) => {
        setFresh({ url: made.url ?? '', email: made.email });
        setEmail('');
      },
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Invite someone"
            description={mail ? 'With an address, the invitation is mailed too' : 'Copy the link and send it yourself'}
            placeholder="name@example.org (optional)"
            type="email"
            value={email}
            error={error}
            onChange={(e) => setEmail(e.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" loading={invite.isPending}>
            Make an invitation link
          </Button>
        </Group>
      </form>
      {fresh ? (
        <FreshInvitation
          url={fresh.url}
          title={fresh.email && mail ? `Invitation sent to ${fresh.email}` : 'Invitation ready'}
          validity="It works for one sign-up within 14 days."
          testId="invitation-link"
        />
      ) : null}
      <InvitationList
        rows={invitations.data?.map((i) => ({ id: i.id, name: i.email ?? 'a link without address', label: `${i.email ?? 'Link without address'} · ${invitationState(i)}`, withdrawable: !i.usedAt }))}
        onWithdraw={(id) => revoke.mutate(id)}
      />
    </Stack>
  );
}

function LinksSection() {
  const links = useAdminLinks();
  if (links.isPending) return <LoadingState label="Loading links" />;
  if (links.isError) return <ErrorState error={links.error} />;
  if (links.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody is waiting for a link. When someone asks to reset a password, the link appears here for you to pass on.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {links.data.map((l) => (
        <Group key={`${l.accountId}-${l.kind}`} justify="space-between" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text size="sm">
              {l.kind === 'reset' ? 'New password' : 'Confirm address'} for {l.email}
            </Text>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {l.url}
            </Text>
          </div>
          <Copy value={l.url} label={`Copy the link for ${l.email}`} />
        </Group>
      ))}
    </Stack>
  );
}

/** Accounts, invitations and waiting links, for administrators of a hosted Debrief. */
export function AdminPage() {
  const session = useSession();
  const info = session.data;
  if (!info || info.mode !== 'hosted' || info.account?.role !== 'admin') return <NotFoundPage />;
  return (
    <Stack gap="lg">
      <Title order={1}>Administration</Title>
      <Text size="sm" c="dimmed">
        New accounts: {info.signup === 'open' ? 'anyone may sign up' : info.signup === 'invite' ? 'by invitation link' : 'closed (administrators create them)'}.
      </Text>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Accounts
          </Title>
          <AccountsSection me={info.account.id} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Invitations
          </Title>
          <InviteSection mail={info.mail} />
        </Stack>
      </Paper>
      {info.mail ? null : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Links to pass on
            </Title>
            <Text size="sm">No mail server is set up (SMTP_URL), so password links wait here. Send each one to its person yourself.</Text>
            <LinksSection />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
