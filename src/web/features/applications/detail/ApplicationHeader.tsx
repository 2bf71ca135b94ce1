import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowsExchange, IconClipboardList, IconClockX, IconTrash } from '@tabler/icons-react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ApplicationDetail } from '../../../../contracts/applications.js';
import { AWAITING_REPLY } from '../../../../domain/applications/no-response.js';
import { STAGE_LABELS } from '../../../../domain/applications/stages.js';
import { lastRecorded } from '../../../../domain/applications/status.js';
import { BOOKABLE_STAGES } from '../../../../domain/prepare/prepare.js';
import { errorMessage } from '../../../api/client';
import { plural } from '../../../components/format';
import { StageBadge } from '../../../components/StageBadge';
import { restoreApplication, useDeleteApplication, useRefreshApplications } from '../api';
import { showUndoToast } from '../../../components/UndoToast';
import { afterDelete, cameFrom } from './back-target';
import { useMarkNoResponse, useUndoLastMove } from '../stage-actions';
import { MoveStageModal } from './MoveStageModal';

const BOOKABLE: readonly string[] = BOOKABLE_STAGES;

export function ApplicationHeader({ app }: { app: ApplicationDetail }) {
  const navigate = useNavigate();
  const [moveOpened, moveModal] = useDisclosure(false);
  // "m" opens the move dialog (listed in the shortcuts help).
  useHotkeys([['m', moveModal.open]]);
  const undo = useUndoLastMove();
  const markNoResponse = useMarkNoResponse();
  const remove = useDeleteApplication();
  const newest = lastRecorded(app.events); // undo takes back the last thing recorded, whatever its day
  const location = useLocation();
  const back = cameFrom(location.state);
  const refresh = useRefreshApplications();
  const hasBooking = app.events.some((e) => e.upcoming && BOOKABLE.includes(e.stage));

  const deleteNow = () =>
    remove.mutate(app.id, {
      onSuccess: () => {
        // Back where the person came from; the deleted page leaves the history.
        void navigate(afterDelete(location.state).to, { replace: true });
        void refresh();
        showUndoToast({
          id: `delete-${app.id}`,
          title: 'Application deleted',
          message: `“${app.title}” at ${app.company}`,
          onUndo: () => void restore(),
        });
      },
      onError: (e) => notifications.show({ title: 'Could not delete', message: errorMessage(e), color: 'red' }),
    });

  const restore = async () => {
    try {
      await restoreApplication(app.id);
      notifications.show({ message: `“${app.title}” is back, with its whole history.`, color: 'sage' });
    } catch (e) {
      notifications.show({ title: 'Could not restore the application', message: errorMessage(e), color: 'red' });
    } finally {
      await refresh();
    }
  };

  return (
    <Stack gap="sm">
      <Anchor component={Link} to={back?.to ?? '/applications'} size="sm" data-testid="back-link">
        ← {back?.label ?? 'All applications'}
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
        <Button
          component={Link}
          to={`/applications/${app.id}/prepare`}
          variant={hasBooking ? 'light' : 'default'}
          leftSection={<IconClipboardList size={18} aria-hidden />}
          data-testid="prepare-link"
        >
          {hasBooking ? 'Prepare for the interview' : 'Prepare'}
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
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={18} aria-hidden />}
          loading={remove.isPending}
          onClick={deleteNow}
        >
          Delete
        </Button>
      </Group>
      <MoveStageModal app={app} opened={moveOpened} onClose={moveModal.close} />
    </Stack>
  );
}
