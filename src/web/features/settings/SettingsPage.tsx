import {
  Alert,
  Button,
  Group,
  Input,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { zSettings, type Settings } from '../../../contracts/settings.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../api/form-errors';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { AccountSection } from '../account/AccountSection';
import { OrgSettingsSection } from '../org/OrgSettingsSection';
import { SampleSettings } from '../demo/SampleControls';
import { MailboxSection } from '../mailbox/MailboxSection';
import { DataSection } from '../import/DataSection';
import { MomentumSettings } from './MomentumSettings';
import { SharingSection } from '../sharing/SharingSection';
import { useSettings, useUpdateSettings } from './api';

function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

const schemes: { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Like my system' },
];

function SettingsForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const zones = useMemo(timeZones, []);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Settings>({ initialValues: settings, validate: (v) => zodFieldErrors(zSettings, v) });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues(settings);
    resetDirty(settings);
  }, [settings, setValues, resetDirty]);

  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => notifications.show({ message: 'Settings saved.', color: 'sage' }),
      onError: (e) => {
        const fields = serverFieldErrors(e);
        form.setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(errorMessage(e));
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="tracking-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="tracking-heading">
          Tracking
        </Title>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Your name"
          description="Signs the feedback requests and other drafts Debrief writes for you"
          autoComplete="name"
          {...form.getInputProps('yourName')}
        />
        <Select
          label="Time zone"
          description="Used to decide what “today” is"
          data={zones}
          searchable
          allowDeselect={false}
          limit={50}
          {...form.getInputProps('timezone')}
        />
        <NumberInput
          label="Flag “no response” after (days)"
          description="Applications with no news for this many days get a badge and a one-click close"
          min={1}
          max={365}
          clampBehavior="none"
          allowDecimal={false}
          {...form.getInputProps('noResponseDays')}
        />
        <NumberInput
          label="Remind me about feedback after (days)"
          description="How long to wait for feedback you asked for before a reminder"
          min={1}
          max={60}
          clampBehavior="none"
          allowDecimal={false}
          {...form.getInputProps('feedbackReminderDays')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>Settings</Title>
      <AccountSection />
      <OrgSettingsSection />
      <Paper withBorder p="lg">
        {settings.isPending ? <LoadingState label="Loading settings" /> : null}
        {settings.isError ? <ErrorState error={settings.error} onRetry={() => void settings.refetch()} /> : null}
        {settings.data ? <SettingsForm settings={settings.data} /> : null}
      </Paper>
      <MomentumSettings />
      <Paper withBorder p="lg">
        <SharingSection />
      </Paper>
      <MailboxSection />
      <Paper withBorder p="lg" component="section" aria-labelledby="appearance-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="appearance-heading">
            Appearance
          </Title>
          <Input.Wrapper label="Colour scheme" labelElement="div" id="scheme">
            <SegmentedControl
              mt={4}
              aria-labelledby="scheme-label"
              data={schemes}
              value={colorScheme}
              onChange={(v) => setColorScheme(schemes.find((s) => s.value === v)?.value ?? 'auto')}
            />
          </Input.Wrapper>
          <Text size="xs" c="dimmed">
            Saved in this browser.
          </Text>
        </Stack>
      </Paper>
      <DataSection />
      <SampleSettings />
    </Stack>
  );
}
