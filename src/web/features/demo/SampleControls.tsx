import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFlask, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useLoadSample, useRemoveSample, useSampleStatus } from './api';

/** Asks before removing the sample, saying what goes and what stays. */
function useConfirmRemove(): { open: () => void; pending: boolean } {
  const remove = useRemoveSample();
  const open = () =>
    modals.openConfirmModal({
      title: 'Remove the sample job search?',
      children: (
        <Text size="sm">
          This removes the sample’s applications, debriefs, journal entries and practice questions. Anything you added yourself stays
          exactly as it is. You can load the sample again from Settings.
        </Text>
      ),
      labels: { confirm: 'Remove the sample', cancel: 'Keep it' },
      // Shade 8 keeps white text above 4.5:1; the close button needs a name of its own.
      confirmProps: { color: 'red.8' },
      closeButtonProps: { 'aria-label': 'Close' },
      onConfirm: () => remove.mutate(),
    });
  return { open, pending: remove.isPending };
}

/** A slim notice on every page while the sample is loaded, with the way out. */
export function SampleBanner() {
  const status = useSampleStatus();
  const confirm = useConfirmRemove();
  if (!status.data?.loaded) return null;
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconFlask size={18} aria-hidden />}
      mb="md"
      py={8}
      data-testid="sample-banner"
      role="region"
      aria-label="Sample job search"
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm">You are exploring a sample job search. Your own entries sit beside it and stay when you remove it.</Text>
        <Button size="compact-sm" variant="default" leftSection={<IconTrash size={14} aria-hidden />} loading={confirm.pending} onClick={confirm.open}>
          Remove the sample
        </Button>
      </Group>
    </Alert>
  );
}

/** The settings section: load the sample, or remove it. */
export function SampleSettings() {
  const status = useSampleStatus();
  const load = useLoadSample();
  const confirm = useConfirmRemove();
  const loaded = status.data?.loaded ?? false;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sample-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="sample-heading">
          Sample job search
        </Title>
        <Text size="sm" c="dimmed">
          {loaded
            ? `A sample three-month search is loaded (${status.data?.applications ?? 0} applications). Removing it leaves your own data untouched.`
            : 'Three months of a made-up search, with debriefs, a journal and practised questions, so you can see what Debrief does. It sits beside your own data and comes out in one click.'}
        </Text>
        <Group>
          {loaded ? (
            <Button color="red.8" leftSection={<IconTrash size={16} aria-hidden />} loading={confirm.pending} onClick={confirm.open}>
              Remove the sample
            </Button>
          ) : (
            <Button variant="light" leftSection={<IconSparkles size={16} aria-hidden />} loading={load.isPending} disabled={status.isPending} onClick={() => load.mutate()}>
              Load a sample job search
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
