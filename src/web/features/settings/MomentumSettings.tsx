import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Switch, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Settings, SettingsUpdate } from '../../../contracts/settings.js';
import { DEFAULT_SUPPORT_RESOURCES } from '../../../domain/momentum/nudges.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors } from '../../api/form-errors';
import { useSettings, useUpdateSettings } from './api';

interface Values {
  weekStartsOn: string;
  celebrations: boolean;
  nudgeAfterRejection: boolean;
  nudgeAfterRejectionDays: number | string;
  nudgeLowMood: boolean;
  supportResources: string;
}

function valuesOf(s: Settings): Values {
  return {
    weekStartsOn: s.weekStartsOn ?? 'monday',
    celebrations: s.celebrations !== false,
    nudgeAfterRejection: s.nudgeAfterRejection !== false,
    nudgeAfterRejectionDays: s.nudgeAfterRejectionDays ?? 7,
    nudgeLowMood: s.nudgeLowMood !== false,
    supportResources: (s.supportResources ?? DEFAULT_SUPPORT_RESOURCES).join('\n'),
  };
}

function MomentumForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const [v, setV] = useState<Values>(valuesOf(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => setV(valuesOf(settings)), [settings]);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((s) => ({ ...s, [key]: value }));

  const submit = () => {
    setFormError(null);
    const input: SettingsUpdate = {
      weekStartsOn: v.weekStartsOn === 'sunday' || v.weekStartsOn === 'saturday' ? v.weekStartsOn : 'monday',
      celebrations: v.celebrations,
      nudgeAfterRejection: v.nudgeAfterRejection,
      nudgeAfterRejectionDays: Number(v.nudgeAfterRejectionDays),
      nudgeLowMood: v.nudgeLowMood,
      supportResources: v.supportResources.split('\n').map((l) => l.trim()).filter(Boolean),
    };
    update.mutate(input, {
      onSuccess: () => {
        setErrors({});
        notifications.show({ message: 'Settings saved.', color: 'sage' });
      },
      onError: (e) => {
        const fields = serverFieldErrors(e);
        setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(errorMessage(e));
      },
    });
  };

  return (
    <form
      noValidate
      aria-labelledby="momentum-heading"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="momentum-heading">
          Goals, wins and gentle notes
        </Title>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Select
          label="Weeks start on"
          description="For weekly goals, streaks and the weekly review"
          data={[
            { value: 'monday', label: 'Monday' },
            { value: 'sunday', label: 'Sunday' },
            { value: 'saturday', label: 'Saturday' },
          ]}
          allowDeselect={false}
          value={v.weekStartsOn}
          onChange={(x) => set('weekStartsOn', x ?? 'monday')}
          error={errors.weekStartsOn}
        />
        <Switch
          label="Celebrate new wins"
          description="A small, quiet celebration on the home page (never animated when your system asks for reduced motion)"
          checked={v.celebrations}
          onChange={(e) => set('celebrations', e.currentTarget.checked)}
        />
        <Switch
          label="Suggest a small step after a rejection"
          description="When no application followed a rejection for a while"
          checked={v.nudgeAfterRejection}
          onChange={(e) => set('nudgeAfterRejection', e.currentTarget.checked)}
        />
        <NumberInput
          label="Days after a rejection before that suggestion"
          min={1}
          max={60}
          clampBehavior="none"
          allowDecimal={false}
          disabled={!v.nudgeAfterRejection}
          value={v.nudgeAfterRejectionDays}
          onChange={(x) => set('nudgeAfterRejectionDays', x)}
          error={errors.nudgeAfterRejectionDays}
        />
        <Switch
          label="Check in gently when things feel heavy"
          description="When your mood stays low and the search goes quiet for several days"
          checked={v.nudgeLowMood}
          onChange={(e) => set('nudgeLowMood', e.currentTarget.checked)}
        />
        <Textarea
          label="Support resources"
          description="Shown with that note, one per line: people to call, a helpline you know, what helps you"
          autosize
          minRows={2}
          value={v.supportResources}
          onChange={(e) => set('supportResources', e.currentTarget.value)}
          error={errors.supportResources}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save these settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MomentumSettings() {
  const settings = useSettings();
  return (
    <Paper withBorder p="lg" id="momentum">
      {settings.data ? <MomentumForm settings={settings.data} /> : null}
    </Paper>
  );
}
