import { Alert, Badge, Button, Checkbox, CopyButton, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Share } from '../../../contracts/coach.js';
import { SCOPE_LABELS, type Scope } from '../../../domain/coach/scope.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors } from '../../api/form-errors';
import { formatInstant, formatInstantDay } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { SideScroll } from '../../components/SideScroll';
import { useSession } from '../account/api';
import { useChangeScope, useInviteCoach, useRevokeShare, useShares } from './api';

const OPTIONAL: Scope[] = ['debriefs', 'journal'];

function ScopeBoxes({ value, onChange, disabled, idPrefix }: { value: Scope[]; onChange: (next: Scope[]) => void; disabled?: boolean; idPrefix: string }) {
  return (
    <Stack gap={6}>
      <Checkbox id={`${idPrefix}-progress`} label={SCOPE_LABELS.progress} checked disabled readOnly />
      {OPTIONAL.map((s) => (
        <Checkbox
          key={s}
          id={`${idPrefix}-${s}`}
          label={SCOPE_LABELS[s]}
          checked={value.includes(s)}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.checked ? [...value, s] : value.filter((x) => x !== s))}
        />
      ))}
    </Stack>
  );
}

function InviteForm() {
  const invite = useInviteCoach();
  const [email, setEmail] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['progress']);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim()) return setError('Enter your coach’s email address.');
    setError(null);
    invite.mutate(
      { email, scopes },
      {
        onSuccess: (share) => {
          setEmail('');
          setScopes(['progress']);
          setLink(share.url ?? null);
          notifications.show({ color: 'sage', message: share.url ? 'Invitation ready: pass the link on to your coach.' : `Invitation sent to ${share.coachEmail}.` });
        },
        onError: (err) => setError(serverFieldErrors(err).email ?? errorMessage(err)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-coach-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="invite-coach-heading">
          Invite a coach
        </Title>
        <TextInput label="Your coach’s email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={error} />
        <Text size="sm" fw={500}>
          What they will see
        </Text>
        <ScopeBoxes value={scopes} onChange={setScopes} idPrefix="invite" />
        <Text size="xs" c="dimmed">
          Salaries, contact details and the texts of messages are never shared. You can change this or stop sharing at any time.
        </Text>
        <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
          Send the invitation
        </Button>
        {link ? (
          <Alert color="blue" title="No mail server here: pass this link on yourself">
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="share-link">
                {link}
              </Text>
              <CopyButton value={link}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
            </Group>
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}

const STATUS_TEXT: Record<Share['status'], string> = { pending: 'invited', active: 'sharing', revoked: 'ended' };
const STATUS_COLOR: Record<Share['status'], string> = { pending: 'blue', active: 'green', revoked: 'gray' };

function ShareCard({ share }: { share: Share }) {
  const change = useChangeScope();
  const revoke = useRevokeShare();
  const who = share.coachName ? `${share.coachName} (${share.coachEmail})` : share.coachEmail;
  const confirmRevoke = () =>
    modals.openConfirmModal({
      title: share.status === 'pending' ? `Withdraw the invitation to ${share.coachEmail}?` : `Stop sharing with ${who}?`,
      children: <Text size="sm">{share.status === 'pending' ? 'The link stops working at once.' : 'They lose access at once, starting with their next click. You can invite them again later.'}</Text>,
      labels: { confirm: share.status === 'pending' ? 'Withdraw' : 'Stop sharing', cancel: 'Keep sharing' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        revoke.mutate(share.id, {
          onSuccess: () => notifications.show({ color: 'sage', message: `${share.coachEmail} no longer sees your search.` }),
          onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
        }),
    });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Share with ${share.coachEmail}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} style={{ wordBreak: 'break-all' }}>
            {who}
          </Text>
          <Badge color={STATUS_COLOR[share.status]} variant="light">
            {STATUS_TEXT[share.status]}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {share.status === 'revoked' && share.revokedAt
            ? `Ended ${formatInstantDay(share.revokedAt)}`
            : share.acceptedAt
              ? `Sharing since ${formatInstantDay(share.acceptedAt)}`
              : `Invited ${formatInstantDay(share.createdAt)}; the link works until ${formatInstantDay(share.expiresAt)}`}
        </Text>
        {share.status === 'revoked' ? (
          <Text size="sm">Shared: {share.scopes.join(', ')}</Text>
        ) : (
          <>
            <ScopeBoxes
              idPrefix={`share-${share.id}`}
              value={share.scopes}
              disabled={change.isPending}
              onChange={(scopes) =>
                change.mutate(
                  { id: share.id, scopes },
                  {
                    onSuccess: () => notifications.show({ color: 'sage', message: `${share.coachEmail} now sees: ${scopes.join(', ')}.` }),
                    onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
                  },
                )
              }
            />
            <Button variant="light" color="red" size="xs" onClick={confirmRevoke} style={{ alignSelf: 'flex-start' }}>
              {share.status === 'pending' ? 'Withdraw the invitation' : 'Stop sharing'}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The seeker's settings: who sees what, and what each coach opened and when. */
export function SharingSection() {
  const session = useSession();
  const hosted = session.data?.mode === 'hosted';
  const shares = useShares(hosted);
  return (
    <Stack gap="md" component="section" aria-labelledby="sharing-heading">
      <Title order={2} size="h4" id="sharing-heading">
        Sharing with a coach
      </Title>
      {!hosted ? (
        <Text size="sm" c="dimmed">
          This Debrief runs on your computer for one person, so it cannot share. Sharing with a coach exists when Debrief is run hosted, with accounts.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            A coach sees only what you choose, and you see everything they open. Stopping takes effect at once.
          </Text>
          <InviteForm />
          {shares.isPending ? <LoadingState label="Loading your shares" /> : null}
          {shares.isError ? <ErrorState error={shares.error} onRetry={() => void shares.refetch()} /> : null}
          {shares.data ? (
            <>
              {shares.data.shares.length === 0 ? <Text size="sm">You are not sharing with anyone.</Text> : null}
              {shares.data.shares.map((s) => (
                <ShareCard key={s.id} share={s} />
              ))}
              <Title order={3} size="h5">
                What your coaches opened
              </Title>
              {shares.data.accessLog.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing opened yet.
                </Text>
              ) : (
                <SideScroll label="What your coaches opened" minWidth={420}>
                  <Table data-testid="access-log">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>When</Table.Th>
                        <Table.Th>Who</Table.Th>
                        <Table.Th>What</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {shares.data.accessLog.map((l) => (
                        <Table.Tr key={l.id}>
                          <Table.Td>{formatInstant(l.openedAt)}</Table.Td>
                          <Table.Td>{l.coachName ?? l.coachEmail}</Table.Td>
                          <Table.Td>{l.label}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </SideScroll>
              )}
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}
