import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useSettings, useUpdateSettings } from '../settings/api';
import { useDeleteMyAccount, useSession, useSignOut } from './api';

function DeleteConfirm({ email, onDone }: { email: string; onDone: () => void }) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteMyAccount();
  return (
    <Stack gap="sm">
      <Text size="sm">
        Everything you keep here goes: applications, debriefs, journal, questions. Download your data first if you may want it later. This cannot be undone.
      </Text>
      <TextInput label={`Type ${email} to confirm`} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" error={remove.isError ? errorMessage(remove.error) : null} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Keep my account
        </Button>
        <Button color="red" disabled={typed.trim().toLowerCase() !== email.toLowerCase()} loading={remove.isPending} onClick={() => remove.mutate(typed.trim(), { onSuccess: onDone })}>
          Delete my account
        </Button>
      </Group>
    </Stack>
  );
}

/** Hosted mode: who you are signed in as, signing out, your data to take away, and leaving. */
export function AccountSection() {
  const session = useSession();
  const signOut = useSignOut();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const account = session.data?.mode === 'hosted' ? session.data.account : null;
  if (!account) return null;
  const mailGoesOut = session.data?.mode === 'hosted' && session.data.mail;

  const out = (everywhere: boolean) =>
    signOut.mutate(everywhere, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) });
  const askDelete = () => {
    const id = modals.open({ title: 'Delete your account?', children: <DeleteConfirm email={account.email} onDone={() => modals.close(id)} /> });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="account-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="account-heading">
          Your account
        </Title>
        <Text size="sm">Signed in as {account.email}.</Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => out(false)} loading={signOut.isPending}>
            Sign out
          </Button>
          <Button variant="default" onClick={() => out(true)}>
            Sign out everywhere
          </Button>
        </Group>
        <Switch
          label="Mail me what is due on my agenda"
          description={
            mailGoesOut
              ? `Once a day at most for each item, to ${account.email}. Turn it off whenever you like.`
              : 'This Debrief sends no mail yet; your administrator can set it up.'
          }
          checked={settings.data?.reminderMail ?? false}
          disabled={!mailGoesOut || !settings.data || updateSettings.isPending}
          onChange={(e) =>
            updateSettings.mutate({ reminderMail: e.currentTarget.checked }, { onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })
          }
        />
        <Title order={3} size="h5">
          Your data is yours
        </Title>
        <Group gap="sm">
          <Button component="a" href="/api/account/export" download variant="light">
            Download all my data (JSON)
          </Button>
          <Button variant="subtle" color="red" onClick={askDelete}>
            Delete my account…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
