import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowsExchange, IconClockX, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { ApplicationDetail } from '../../../../contracts/applications.js';
import { AWAITING_REPLY } from '../../../../domain/applications/no-response.js';
import { STAGE_LABELS } from '../../../../domain/applications/stages.js';
import { lastRecorded } from '../../../../domain/applications/status.js';
import { errorMessage } from '../../../api/client';
import { plural } from '../../../components/format';
import { StageBadge } from '../../../components/StageBadge';
import { useDeleteApplication } from '../api';
import { useMarkNoResponse, useUndoLastMove } from '../stage-actions';
import { MoveStageModal } from './MoveStageModal';

export function ApplicationHeader({ app }: { app: ApplicationDetail }) {
  const navigate = useNavigate();
  const [moveOpened, moveModal] = useDisclosure(false);
  // "m" opens the move dialog (listed in the shortcuts help).
  useHotkeys([['m', moveModal.open]]);
  const undo = useUndoLastMove();
  const markNoResponse = useMarkNoResponse();
  const remove = useDeleteApplication();
  const newest = lastRecorded(app.events); // undo takes back the last thing recorded, whatever its day

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this application?',
      centered: true,
      children: (
        <Text size="sm">
          “{app.title}” at {app.company}, with its whole history and notes, will be deleted for good. This
          cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete for good', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(app.id, {
          onSuccess: () => {
            notifications.show({ message: `Deleted “${app.title}” at ${app.company}.` });
            void navigate('/');
          },
          onError: (e) => notifications.show({ title: 'Could not delete', message: errorMessage(e), color: 'red' }),
        }),
    });

  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/applications" size="sm">
        ← All applications
      </Anchor>
      <div>
        <Text c="dimmed" fw={500} data-testid="app-company">
          {app.company}
        </Text>
        <Title order={1} data-testid="app-title">
          {app.title}
        </Title>
      </div>
      <Group gap="sm">
        <StageBadge stage={app.status} size="lg" />
        <Text size="sm" c="dimmed" data-testid="stage-reached">
          Stage reached: {STAGE_LABELS[app.stageReached]}
        </Text>
        {app.noResponse.flagged ? (
          <Badge color="orange" tt="none" data-testid="no-response-badge">
            No response for {plural(app.noResponse.daysSilent ?? 0, 'day')}
          </Badge>
        ) : null}
      </Group>
      <Group gap="xs">
        <Button leftSection={<IconArrowsExchange size={18} aria-hidden />} onClick={moveModal.open} aria-keyshortcuts="m">
          Move to stage
        </Button>
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={18} aria-hidden />}
          disabled={!newest || app.events.length < 2}
          loading={undo.isPending}
          onClick={() => newest && undo.mutate({ applicationId: app.id, eventId: newest.id })}
        >
          Undo last move
        </Button>
        {AWAITING_REPLY.includes(app.status) && !app.upcoming ? (
          <Button
            variant="default"
            leftSection={<IconClockX size={18} aria-hidden />}
            loading={markNoResponse.isPending}
            onClick={() => markNoResponse.mutate(app)}
          >
            Mark as no response
          </Button>
        ) : null}
        <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={confirmDelete}>
          Delete
        </Button>
      </Group>
      <MoveStageModal app={app} opened={moveOpened} onClose={moveModal.close} />
    </Stack>
  );
}
