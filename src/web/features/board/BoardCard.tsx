import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { IconGripVertical } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Application } from '../../../contracts/applications.js';
import { STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { daysAgo, formatDay, plural } from '../../components/format';
import { MoveMenu } from './MoveMenu';

interface Props {
  app: Application;
  today: string;
  onMove: (app: Application, to: Stage) => void;
  onMarkNoResponse: (app: Application) => void;
  /** Rendered inside the drag overlay: not draggable itself. */
  overlay?: boolean;
}

export function cardLabel(app: Pick<Application, 'company' | 'title'>): string {
  return `${app.title} at ${app.company}`;
}

export function BoardCard({ app, today, onMove, onMarkNoResponse, overlay = false }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: app.id,
    data: { app },
    disabled: overlay,
  });
  const label = cardLabel(app);

  return (
    <Paper
      ref={overlay ? undefined : setNodeRef}
      withBorder
      p="sm"
      radius="md"
      shadow={overlay ? 'lg' : 'xs'}
      data-testid="board-card"
      data-application-id={app.id}
      data-title={app.title}
      style={{ opacity: isDragging ? 0.4 : 1 }}
    >
      <Group align="flex-start" gap={6} wrap="nowrap">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          mt={2}
          aria-label={`Drag ${label}`}
          data-testid="drag-handle"
          style={{ cursor: overlay ? 'grabbing' : 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" c="dimmed" truncate="end">
            {app.company}
          </Text>
          <Title order={3} size="sm" fw={600} lh={1.3}>
            <Anchor component={Link} to={`/applications/${app.id}`} c="inherit" fw={600} data-testid="card-title">
              {app.title}
            </Anchor>
          </Title>
          <Text size="xs" c="dimmed">
            Last news {daysAgo(app.lastEventOn, today)}
          </Text>
          {app.upcoming ? (
            <Text size="xs" fw={600} c="sage.8" data-testid="upcoming-cue">
              {STAGE_LABELS[app.upcoming.stage]} on {formatDay(app.upcoming.occurredOn)}
            </Text>
          ) : null}
          {app.tags.length > 0 ? (
            <Group gap={4}>
              {app.tags.map((tag) => (
                <Badge key={tag} size="xs" color="gray" variant="light" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : null}
          {app.noResponse.flagged ? (
            <Stack gap={6} mt={4} align="flex-start">
              <Badge
                color="orange"
                size="sm"
                tt="none"
                data-testid="no-response-badge"
                styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}
              >
                Silent for {plural(app.noResponse.daysSilent ?? 0, 'day')}
              </Badge>
              <Button size="compact-xs" variant="light" color="orange" onClick={() => onMarkNoResponse(app)}>
                Mark as no response
              </Button>
            </Stack>
          ) : null}
        </Stack>
        {overlay ? null : <MoveMenu label={label} current={app.status} onMove={(to) => onMove(app, to)} />}
      </Group>
    </Paper>
  );
}
