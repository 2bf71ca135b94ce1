import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, List, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { GrowthAction } from '../../../contracts/plan.js';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, ACTION_TYPE_LABELS, type ActionStatus } from '../../../domain/plan/catalogue.js';
import { errorMessage } from '../../api/client';
import { formatDay, formatInstantDay } from '../../components/format';
import { useAddNote, useDeleteAction, useUpdateAction } from './api';
import { Evidence } from './Evidence';
import { HelpPanel } from './HelpPanel';

const STATUS_COLOR = { planned: 'gray', doing: 'blue', done: 'teal', dropped: 'gray' } as const satisfies Record<ActionStatus, string>;

/** One growth action: status, due day, themes, evidence, progress notes and "did it help?". */
export function ActionCard({ action, onEdit }: { action: GrowthAction; onEdit: () => void }) {
  const update = useUpdateAction();
  const remove = useDeleteAction();
  const note = useAddNote();
  const [text, setText] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);

  const setStatus = (status: ActionStatus) =>
    update.mutate({ id: action.id, input: { status } }, {
      onSuccess: () => notifications.show({ color: 'teal', message: status === 'done' ? `Done: ${action.title}. Well done.` : `Now ${ACTION_STATUS_LABELS[status].toLowerCase()}: ${action.title}` }),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });
  const addNote = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return setNoteError('Write a few words about your progress first.');
    note.mutate({ id: action.id, input: { body: text } }, { onSuccess: () => setText(''), onError: (err) => setNoteError(errorMessage(err)) });
  };
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this action?',
      children: <Text size="sm">“{action.title}” and its progress notes will be gone for good. If you just stopped, marking it dropped keeps the history.</Text>,
      labels: { confirm: 'Delete action', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(action.id, { onSuccess: () => notifications.show({ message: `Deleted: ${action.title}` }) }),
    });

  return (
    <Card withBorder padding="md" component="li" data-testid="plan-action" aria-label={action.title}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>{action.title}</Title>
            <Group gap={6} wrap="wrap">
              <Badge variant="light" color={STATUS_COLOR[action.status]} tt="none">{ACTION_STATUS_LABELS[action.status]}</Badge>
              <Badge variant="outline" color="gray" tt="none">{ACTION_TYPE_LABELS[action.type]}</Badge>
              {action.dueOn ? (
                <Badge variant={action.overdue ? 'light' : 'outline'} color={action.overdue ? 'red' : 'gray'} tt="none">
                  {action.overdue ? 'Overdue · ' : 'Due '}{formatDay(action.dueOn)}
                </Badge>
              ) : null}
              {action.doneOn ? <Badge variant="outline" color="teal" tt="none">Done {formatDay(action.doneOn)}</Badge> : null}
            </Group>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" aria-label={`Edit “${action.title}”`} onClick={onEdit}><IconPencil size={16} aria-hidden /></ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={`Delete “${action.title}”`} onClick={confirmDelete}><IconTrash size={16} aria-hidden /></ActionIcon>
          </Group>
        </Group>
        {action.themes.length > 0 ? (
          <Text size="sm" c="dimmed">
            Works on: {action.themes.map((t) => (t.deleted ? `${t.label} (theme deleted)` : t.label)).join(', ')}
          </Text>
        ) : null}
        {action.link ? (
          <Anchor href={action.link} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {action.link} <IconExternalLink size={12} aria-label="(opens in a new tab)" />
          </Anchor>
        ) : null}
        <NativeSelect label="Status" size="xs" w={160} value={action.status} disabled={update.isPending}
          onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))} aria-label={`Status of “${action.title}”`} />
        <Evidence items={action.evidence} what={`“${action.title}”`} />
        {action.lost.length > 0 ? (
          <Alert color="gray" variant="light" icon={<IconAlertCircle size={16} aria-hidden />} p="xs">
            {action.lost.map((l) => <Text key={l} size="xs">{l}</Text>)}
          </Alert>
        ) : null}
        {action.help && action.status === 'done' ? <HelpPanel help={action.help} /> : null}
        {action.notes.length > 0 ? (
          <List size="sm" spacing={2} aria-label="Progress notes">
            {action.notes.map((n) => (
              <List.Item key={n.id}><Text span size="xs" c="dimmed">{formatInstantDay(n.createdAt)} · </Text>{n.body}</List.Item>
            ))}
          </List>
        ) : null}
        {action.status === 'planned' || action.status === 'doing' ? (
          <form onSubmit={addNote} noValidate>
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Textarea label="Progress note" placeholder="What did you do, what did you notice?" autosize minRows={1} size="xs" style={{ flex: 1 }}
                value={text} onChange={(e) => { setText(e.currentTarget.value); setNoteError(null); }} error={noteError} />
              <Button type="submit" size="xs" variant="light" loading={note.isPending}>Add note</Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
