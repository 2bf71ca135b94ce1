import { ActionIcon, Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconPlus, IconStar, IconTrash, IconTrophy } from '@tabler/icons-react';
import { useState } from 'react';
import type { Win } from '../../../contracts/momentum.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors } from '../../api/form-errors';
import { DayInput } from '../../components/DayInput';
import { formatDay } from '../../components/format';
import { useAddWin, useDeleteWin } from './api';

function WinForm({ today, onDone }: { today: string; onDone: () => void }) {
  const add = useAddWin();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return setErrors({ title: 'Say what the win was, in a few words' });
        add.mutate({ title, note: note || undefined, date }, { onSuccess: onDone, onError: (err) => setErrors(serverFieldErrors(err)) });
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Big or small: a kind word from an interviewer, a hard call made, a day you kept going.
        </Text>
        <TextInput label="The win" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} maxLength={200} data-autofocus />
        <Textarea label="A note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        <DayInput label="When" value={date} onChange={(d) => setDate(d ?? today)} error={errors.date} maxDate={today} />
        {add.isError && Object.keys(errors).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending}>
            Save the win
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Recent wins, found in what was logged or written down by hand. */
export function WinsSection({ wins, today }: { wins: Win[]; today: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteWin();
  const confirmDelete = (w: Win) =>
    modals.openConfirmModal({
      title: 'Delete this win?',
      children: <Text size="sm">“{w.title}” will be removed from your wins. Wins Debrief found by itself stay.</Text>,
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red.8' },
      closeButtonProps: { 'aria-label': 'Close' },
      onConfirm: () => remove.mutate(w.id),
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="wins-heading" data-testid="wins">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="wins-heading">
            Recent wins
          </Title>
          <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={open}>
            Add a win
          </Button>
        </Group>
        {wins.length === 0 ? (
          <Text size="sm" c="dimmed">
            Your wins gather here: a first screen, feedback received, a week of goals met. You can add your own too.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {wins.map((w) => (
              <Group key={w.id} component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid="win">
                <ThemeIcon size={28} radius="xl" variant="light" color={w.source === 'manual' ? 'grape' : 'yellow'} aria-hidden>
                  {w.source === 'manual' ? <IconStar size={16} /> : <IconTrophy size={16} />}
                </ThemeIcon>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {w.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDay(w.occurredOn)}
                    {w.note ? ` · ${w.note}` : ''}
                  </Text>
                </div>
                {w.source === 'manual' ? (
                  <ActionIcon variant="subtle" color="gray" aria-label={`Delete the win “${w.title}”`} onClick={() => confirmDelete(w)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal opened={opened} onClose={close} title="Add a win" centered closeButtonProps={{ 'aria-label': 'Close' }}>
        {opened ? <WinForm today={today} onDone={close} /> : null}
      </Modal>
    </Paper>
  );
}
