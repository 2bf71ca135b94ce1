import {
  Alert, Anchor, Badge, Button, Checkbox, Collapse, Group, NumberInput, Paper, PasswordInput, Progress, Select, Stack, Switch, TagsInput, Text, TextInput, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { MailAccount } from '../../../contracts/mail-accounts.js';
import { knownServer } from '../../../domain/mail/imap.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors } from '../../api/form-errors';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useChangeMailbox, useConnectMailbox, useDisconnectMailbox, useMailAccount, useStartSync } from './api';

const SCHEDULES = [
  { value: 'off', label: 'Only when I press “Sync now”' },
  { value: '15', label: 'Every 15 minutes' },
  { value: '30', label: 'Every 30 minutes' },
  { value: '60', label: 'Every hour' },
  { value: '360', label: 'Every 6 hours' },
  { value: '1440', label: 'Once a day' },
];

function scheduleValue(minutes: number | null): string {
  return minutes === null ? 'off' : String(minutes);
}

function scheduleMinutes(value: string | null): number | null {
  return !value || value === 'off' ? null : Number(value);
}

interface ConnectValues {
  user: string;
  password: string;
  host: string;
  port: number | string;
  tls: boolean;
  folders: string[];
  savePassword: boolean;
  schedule: string;
}

function ConnectForm() {
  const connect = useConnectMailbox();
  const [advanced, setAdvanced] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ConnectValues>({
    initialValues: { user: '', password: '', host: '', port: '', tls: true, folders: ['INBOX'], savePassword: false, schedule: 'off' },
  });
  const provider = knownServer(form.values.user);
  const needsHost = form.values.user.includes('@') && !provider;

  const submit = form.onSubmit((v) => {
    setFormError(null);
    connect.mutate(
      {
        user: v.user.trim(), password: v.password, host: v.host.trim() || undefined, port: v.port === '' ? undefined : Number(v.port), tls: v.tls,
        folders: v.folders, savePassword: v.savePassword, syncEveryMinutes: v.savePassword ? scheduleMinutes(v.schedule) : null,
      },
      {
        onSuccess: (result) => notifications.show({ color: 'sage', message: `Connected ${result.account.user}. Press “Sync now” to read your mail.` }),
        onError: (e) => {
          // A refused password is said once, in the alert above the form.
          const { password: _password, syncEveryMinutes, ...fields } = serverFieldErrors(e);
          form.setErrors(syncEveryMinutes ? { ...fields, schedule: syncEveryMinutes } : fields);
          if (fields.host || fields.port) setAdvanced(true);
          setFormError(errorMessage(e));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Connect a mailbox">
      <Stack gap="sm">
        <Text size="sm">
          Debrief can read your job mail straight from your mailbox over IMAP: replies, invitations and rejections land in the{' '}
          <Anchor component={Link} to="/import-mail" underline="always">review queue</Anchor>, as with a mailbox upload. It only reads: nothing is moved, flagged, marked as read or deleted.
        </Text>
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <TextInput label="Email address or user name" required autoComplete="email" {...form.getInputProps('user')} />
        <PasswordInput
          label={provider ? `${provider.provider} app password` : 'Password'}
          description={provider ? `${provider.provider} needs an app password: ${provider.appPasswordHint}.` : 'Most providers need an app password here, made in your account’s security settings.'}
          required
          autoComplete="off"
          {...form.getInputProps('password')}
        />
        {provider ? <Text size="xs" c="dimmed">Server: {provider.host}:{provider.port}</Text> : null}
        <Anchor component="button" type="button" size="sm" style={{ alignSelf: "flex-start" }} onClick={() => setAdvanced((a) => !a)} aria-expanded={advanced || needsHost}>
          {advanced || needsHost ? 'Hide server settings' : 'Server settings'}
        </Anchor>
        <Collapse in={advanced || needsHost}>
          <Stack gap="sm">
            <TextInput label="IMAP server" placeholder={provider?.host ?? 'imap.example.org'} {...form.getInputProps('host')} />
            <Group grow align="flex-start">
              <NumberInput label="Port" placeholder={form.values.tls ? '993' : '143'} min={1} max={65535} allowDecimal={false} {...form.getInputProps('port')} />
              <Switch mt="xl" label="TLS from the start" {...form.getInputProps('tls', { type: 'checkbox' })} />
            </Group>
          </Stack>
        </Collapse>
        <TagsInput
          label="Folders to read"
          description="Press Enter after each name. INBOX is your inbox; add a label or folder where job mail goes."
          {...form.getInputProps('folders')}
        />
        <Checkbox
          label="Keep the password on this computer"
          description="Then syncs need no password and can run on their own while Debrief runs. It is stored in your Debrief database, never shown again."
          {...form.getInputProps('savePassword', { type: 'checkbox' })}
        />
        <Select
          label="Sync on its own"
          data={SCHEDULES}
          allowDeselect={false}
          disabled={!form.values.savePassword}
          description={form.values.savePassword ? undefined : 'Needs a kept password'}
          {...form.getInputProps('schedule')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={connect.isPending}>Connect</Button>
        </Group>
      </Stack>
    </form>
  );
}

function summaryLine(a: MailAccount): string | null {
  const r = a.lastResult;
  if (!r) return null;
  const s = r.summary;
  const parts = [`${s.read} new message${s.read === 1 ? '' : 's'} read`, `${s.proposed} proposed for review`];
  if (s.duplicates) parts.push(`${s.duplicates} seen before`);
  if (r.tooLarge) parts.push(`${r.tooLarge} too large to read`);
  return `Last sync: ${parts.join(', ')}.`;
}

function ConnectedMailbox({ account }: { account: MailAccount }) {
  const qc = useQueryClient();
  const sync = useStartSync();
  const change = useChangeMailbox();
  const disconnect = useDisconnectMailbox();
  const [password, setPassword] = useState('');
  const [folders, setFolders] = useState(account.folders);
  const [error, setError] = useState<string | null>(null);
  const wasRunning = useRef(account.sync.running);

  useEffect(() => {
    if (wasRunning.current && !account.sync.running) {
      void qc.invalidateQueries({ queryKey: ['mail', 'proposals'] });
      const line = summaryLine(account);
      notifications.show({ color: account.lastError ? 'red' : 'sage', message: account.lastError ?? line ?? 'Sync finished.' });
    }
    wasRunning.current = account.sync.running;
  }, [account, qc]);

  const startSync = () => {
    setError(null);
    sync.mutate(account.passwordSaved ? undefined : password, {
      onSuccess: () => setPassword(''),
      onError: (e) => setError(errorMessage(e)),
    });
  };
  const confirmDisconnect = () =>
    modals.openConfirmModal({
      title: 'Disconnect this mailbox?',
      children: <Text size="sm">Debrief forgets the server, the password and how far it has read. Mail already imported and its proposals stay.</Text>,
      labels: { confirm: 'Disconnect', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => disconnect.mutate(undefined, { onSuccess: () => notifications.show({ message: 'Mailbox disconnected.' }) }),
    });

  const running = account.sync.running;
  const percent = account.sync.total > 0 ? Math.round((account.sync.done / account.sync.total) * 100) : 0;
  const line = summaryLine(account);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text fw={600}>{account.user}</Text>
          <Text size="sm" c="dimmed">{account.host}:{account.port}{account.tls ? ' · TLS' : ''}</Text>
        </div>
        <Badge variant="light" color={account.passwordSaved ? 'sage' : 'gray'}>{account.passwordSaved ? 'Password kept' : 'Password asked at each sync'}</Badge>
      </Group>
      <Text size="sm">
        Last sync: {account.lastSyncAt ? new Date(account.lastSyncAt).toLocaleString() : 'not yet'}
        {account.folderStates.length > 0 ? ` · ${account.folderStates.map((f) => `${f.folder}: ${f.messagesRead} read`).join(', ')}` : ''}
      </Text>
      {account.lastError && !running ? <Alert color="red" title="The last sync did not finish">{account.lastError}</Alert> : null}
      {error ? <Alert color="red" role="alert">{error}</Alert> : null}
      {running ? (
        <Stack gap={4} aria-live="polite">
          <Text size="sm">Reading {account.sync.folder ?? 'the mailbox'}… {account.sync.total > 0 ? `${account.sync.done} of ${account.sync.total} new messages` : ''}</Text>
          <Progress value={percent} animated aria-label="Sync progress" />
        </Stack>
      ) : line ? (
        <Text size="sm">
          {line} <Anchor component={Link} to="/import-mail" underline="always">Review proposals</Anchor>
        </Text>
      ) : null}
      <Group align="flex-end" wrap="wrap">
        {account.passwordSaved ? null : (
          <PasswordInput label="Password for this sync" value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="off" w={260} />
        )}
        <Button onClick={startSync} loading={sync.isPending} disabled={running || (!account.passwordSaved && password === '')}>
          {running ? 'Syncing…' : 'Sync now'}
        </Button>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TagsInput label="Folders" value={folders} onChange={setFolders} w={320} />
        <Button variant="default" disabled={folders.join('\n') === account.folders.join('\n') || folders.length === 0} loading={change.isPending}
          onClick={() => change.mutate({ folders }, { onError: (e) => setError(errorMessage(e)), onSuccess: () => notifications.show({ message: 'Folders saved.' }) })}>
          Save folders
        </Button>
      </Group>
      <Select
        label="Sync on its own"
        data={SCHEDULES}
        allowDeselect={false}
        w={320}
        disabled={!account.passwordSaved || change.isPending}
        description={account.passwordSaved ? 'While Debrief runs' : 'Needs a kept password: disconnect and connect again with “Keep the password”'}
        value={scheduleValue(account.syncEveryMinutes)}
        onChange={(v) => change.mutate({ syncEveryMinutes: scheduleMinutes(v) }, { onError: (e) => setError(errorMessage(e)) })}
      />
      <Group justify="flex-end">
        <Button variant="subtle" color="red" onClick={confirmDisconnect} loading={disconnect.isPending} disabled={running}>Disconnect</Button>
      </Group>
    </Stack>
  );
}

/** The settings section that connects a mailbox over IMAP and syncs it. */
export function MailboxSection() {
  const account = useMailAccount();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mailbox-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="mailbox-heading">Mailbox</Title>
        {account.isPending ? <LoadingState label="Loading the mailbox" /> : null}
        {account.isError ? <ErrorState error={account.error} onRetry={() => void account.refetch()} /> : null}
        {account.data === null ? <ConnectForm /> : null}
        {account.data ? <ConnectedMailbox account={account.data} /> : null}
      </Stack>
    </Paper>
  );
}
