import { Alert, Anchor, Button, CopyButton, Group, NumberInput, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { AgendaRulesBody } from '../../../contracts/agenda.js';
import { errorMessage } from '../../api/client';
import { formatInstantDay } from '../../components/format';
import { useAgendaRules, useCalendarFeed, useCreateFeed, useDeleteFeed, useSaveAgendaRules } from './api';

const TOGGLES: { key: 'interviews' | 'thankYou' | 'followUp' | 'reconnect' | 'stayInTouch' | 'feedbackReminders' | 'debriefs' | 'growthActions' | 'practice'; label: string }[] = [
  { key: 'interviews', label: 'Upcoming interviews' },
  { key: 'thankYou', label: 'Thank-you notes after an interview' },
  { key: 'followUp', label: 'Follow-ups when an application goes quiet' },
  { key: 'reconnect', label: 'Reconnects when a door was left open' },
  { key: 'stayInTouch', label: 'Stay-in-touch reminders for your contacts' },
  { key: 'feedbackReminders', label: 'Feedback reminders' },
  { key: 'debriefs', label: 'Debriefs to finish' },
  { key: 'growthActions', label: 'Growth actions on their due day' },
  { key: 'practice', label: 'Practice due today' },
];

export function AgendaRulesPanel() {
  const rules = useAgendaRules();
  const save = useSaveAgendaRules();
  const [draft, setDraft] = useState<AgendaRulesBody | null>(null);
  useEffect(() => {
    if (rules.data) setDraft(rules.data);
  }, [rules.data]);
  if (!draft) return null;
  const toggle = (key: (typeof TOGGLES)[number]['key'], enabled: boolean) => setDraft({ ...draft, [key]: { ...draft[key], enabled } });
  const num = (v: string | number, fallback: number) => (typeof v === 'number' ? v : Number(v) || fallback);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">What goes on the agenda</Title>
        {TOGGLES.map((t) => (
          <Switch key={t.key} label={t.label} checked={draft[t.key].enabled} onChange={(e) => toggle(t.key, e.currentTarget.checked)} />
        ))}
        <Group grow wrap="wrap" align="flex-start">
          <NumberInput label="Thank-you within (days)" min={0} max={7} allowDecimal={false} value={draft.thankYou.withinDays} onChange={(v) => setDraft({ ...draft, thankYou: { ...draft.thankYou, withinDays: num(v, 1) } })} miw={150} />
          <NumberInput label="Follow up after (days)" min={1} max={90} allowDecimal={false} value={draft.followUp.afterDays} onChange={(v) => setDraft({ ...draft, followUp: { ...draft.followUp, afterDays: num(v, 10) } })} miw={150} />
          <NumberInput label="Reconnect after (months)" min={1} max={24} allowDecimal={false} value={draft.reconnect.afterMonths} onChange={(v) => setDraft({ ...draft, reconnect: { ...draft.reconnect, afterMonths: num(v, 3) } })} miw={150} />
        </Group>
        <Select
          label="Your week starts on"
          data={[{ value: 'monday', label: 'Monday' }, { value: 'sunday', label: 'Sunday' }, { value: 'saturday', label: 'Saturday' }]}
          value={draft.weekStartsOn}
          onChange={(v) => v && setDraft({ ...draft, weekStartsOn: v as AgendaRulesBody['weekStartsOn'] })}
          allowDeselect={false}
          maw={240}
        />
        <Group justify="flex-end">
          <Button
            loading={save.isPending}
            onClick={() => save.mutate(draft, { onSuccess: () => notifications.show({ message: 'Agenda rules saved.' }), onError: (e) => notifications.show({ title: 'Not saved', message: errorMessage(e), color: 'red' }) })}
          >
            Save rules
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function CalendarPanel() {
  const feed = useCalendarFeed();
  const create = useCreateFeed();
  const remove = useDeleteFeed();
  const [url, setUrl] = useState<string | null>(null);
  const make = () => create.mutate(undefined, { onSuccess: (r) => setUrl(r.url), onError: (e) => notifications.show({ title: 'No feed made', message: errorMessage(e), color: 'red' }) });
  const regenerate = () =>
    modals.openConfirmModal({
      title: 'Make a new feed address?',
      centered: true,
      children: <Text size="sm">The old address stops working at once: calendars subscribed to it will need the new one.</Text>,
      labels: { confirm: 'Make a new address', cancel: 'Keep the old one' },
      onConfirm: make,
    });
  const turnOff = () =>
    modals.openConfirmModal({
      title: 'Turn the calendar feed off?',
      centered: true,
      children: <Text size="sm">Subscribed calendars stop receiving updates. You can make a new address any time.</Text>,
      labels: { confirm: 'Turn off', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(undefined, { onSuccess: () => setUrl(null) }),
    });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Calendar</Title>
        <Text size="sm">Your interviews and due follow-ups, for Google Calendar, Apple Calendar or Outlook.</Text>
        <Group>
          <Button component="a" href="/api/calendar.ics" download="debrief.ics" variant="light">Download .ics</Button>
        </Group>
        {url ? (
          <Alert color="teal" title="Your private feed address">
            <Stack gap="xs">
              <Text size="sm">Subscribe to it from your calendar app. It is shown only now: anyone with it can see your interviews, so keep it to yourself.</Text>
              <TextInput aria-label="Feed address" value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={url}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy the address'}</Button>}</CopyButton>
            </Stack>
          </Alert>
        ) : null}
        {feed.data?.active ? (
          <Group gap="xs" wrap="wrap">
            <Text size="sm">A feed address made on {formatInstantDay(feed.data.createdAt ?? '')} is active.</Text>
            <Anchor component="button" type="button" size="sm" onClick={regenerate}>Make a new address</Anchor>
            <Anchor component="button" type="button" size="sm" c="red" onClick={turnOff}>Turn off</Anchor>
          </Group>
        ) : (
          <Group>
            <Button variant="default" onClick={make} loading={create.isPending}>Make a subscribable feed address</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
