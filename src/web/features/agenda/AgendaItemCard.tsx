import { Anchor, Badge, Button, Collapse, Group, Paper, Popover, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AgendaItemOut } from '../../../contracts/agenda.js';
import { addDays } from '../../../domain/time.js';
import { errorMessage } from '../../api/client';
import { DayInput } from '../../components/DayInput';
import { formatDay } from '../../components/format';
import { copyText } from '../debrief/download';
import { useAgendaAction } from './api';
import { agendaItemLink } from './item-link';

const KIND_WORDS: Record<AgendaItemOut['kind'], { label: string; color: string }> = {
  interview: { label: 'Interview', color: 'blue' },
  thank_you: { label: 'Thank-you', color: 'teal' },
  follow_up: { label: 'Follow-up', color: 'grape' },
  feedback_reminder: { label: 'Feedback', color: 'orange' },
  reconnect: { label: 'Reconnect', color: 'cyan' },
  stay_in_touch: { label: 'Stay in touch', color: 'indigo' },
  debrief: { label: 'Debrief', color: 'gray' },
  growth_action: { label: 'Growth plan', color: 'lime' },
  practice: { label: 'Practice', color: 'yellow' },
};


const DONE_WORDS: Partial<Record<AgendaItemOut['kind'], string>> = { thank_you: 'Mark sent', follow_up: 'Mark sent', reconnect: 'Mark sent', stay_in_touch: 'Mark done', feedback_reminder: 'Mark sent' };

export function AgendaItemCard({ item, today }: { item: AgendaItemOut; today: string }) {
  const act = useAgendaAction();
  const [showDraft, setShowDraft] = useState(false);
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [until, setUntil] = useState<string | null>(addDays(today, 1));
  const kind = KIND_WORDS[item.kind];
  const link = agendaItemLink(item);
  const fail = (e: unknown) => notifications.show({ title: 'That did not work', message: errorMessage(e), color: 'red' });
  const copy = (text: string, what: string) => copyText(text).then(() => notifications.show({ message: `${what} copied.` }), fail);
  const done = () =>
    act.mutate({ key: item.key, action: 'done' }, {
      onSuccess: (r) => notifications.show({ message: r.interactionsLogged ? `Done, and logged with ${r.interactionsLogged === 1 ? 'your contact' : `${r.interactionsLogged} contacts`}.` : 'Done.' }),
      onError: fail,
    });
  const snooze = () => {
    if (!until) return;
    act.mutate({ key: item.key, action: 'snooze', until }, { onSuccess: () => { setSnoozeOpen(false); notifications.show({ message: `Snoozed until ${formatDay(until)}.` }); }, onError: fail });
  };
  const dismiss = () => act.mutate({ key: item.key, action: 'dismiss' }, { onSuccess: () => notifications.show({ message: 'Dismissed. It will not come back.' }), onError: fail });

  return (
    <Paper withBorder p="sm" data-testid="agenda-item" data-kind={item.kind}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge color={kind.color} variant="light">{kind.label}</Badge>
          {item.overdueSince ? <Badge color="red" variant="outline">due {formatDay(item.overdueSince)}</Badge> : null}
          {item.snoozedUntil ? <Badge color="gray" variant="outline">back from a snooze</Badge> : null}
        </Group>
        <Text fw={600}>{item.applicationId ? <Anchor component={Link} to={`/applications/${item.applicationId}`} inherit>{item.title}</Anchor> : item.title}</Text>
        <Text size="sm" c="dimmed">{item.detail}</Text>
        {link ? (
          <Anchor component={Link} to={link.to} size="sm" data-testid="agenda-item-link">
            {link.label}
          </Anchor>
        ) : null}
        {item.draft ? (
          <>
            <Anchor component="button" type="button" size="sm" onClick={() => setShowDraft((s) => !s)} aria-expanded={showDraft} ta="left">
              {showDraft ? 'Hide the draft' : 'Show the draft'}
            </Anchor>
            <Collapse in={showDraft}>
              <Stack gap="xs">
                <Text size="sm"><b>Subject:</b> {item.draft.subject}</Text>
                <Textarea aria-label="Draft" value={item.draft.body} readOnly autosize minRows={4} />
                <Group gap="xs" wrap="wrap">
                  <Button size="xs" variant="light" onClick={() => void copy(item.draft?.body ?? '', 'The draft')}>Copy</Button>
                  <Button size="xs" variant="light" component="a" href={item.draft.mailto}>Open in your mail app</Button>
                  <Button size="xs" variant="light" component="a" href={`/api/agenda/items/${encodeURIComponent(item.key)}/draft.eml`} download>Download .eml</Button>
                  <Button size="xs" variant="light" onClick={() => void copy(item.draft?.linkedin ?? '', 'The LinkedIn message')}>Copy for LinkedIn</Button>
                </Group>
              </Stack>
            </Collapse>
          </>
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Button size="xs" leftSection={<IconCheck size={16} aria-hidden />} onClick={done} loading={act.isPending && act.variables.action === 'done'}>
            {DONE_WORDS[item.kind] ?? 'Done'}
          </Button>
          <Popover opened={snoozeOpen} onChange={setSnoozeOpen} trapFocus withArrow position="bottom-start">
            <Popover.Target>
              <Button size="xs" variant="default" leftSection={<IconClock size={16} aria-hidden />} onClick={() => setSnoozeOpen((o) => !o)}>Snooze</Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="xs">
                <DayInput label="Bring it back on" value={until} onChange={setUntil} minDate={addDays(today, 1)} />
                <Button size="xs" onClick={snooze} disabled={!until}>Snooze</Button>
              </Stack>
            </Popover.Dropdown>
          </Popover>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={16} aria-hidden />} onClick={dismiss}>Dismiss</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
