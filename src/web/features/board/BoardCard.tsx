import { ActionIcon, Anchor, Badge, Button, Group, Paper, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { IconGripVertical } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { BoardCard as Card } from '../../../contracts/applications.js';
import { STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';
import { daysAgo, formatDay, plural } from '../../components/format';
import { MoveMenu } from './MoveMenu';

interface Props {
  app: Card;
  today: string;
  onMove: (app: Card, to: Stage) => void;
  onMarkNoResponse: (app: Card) => void;
  /** Rendered inside the drag overlay: not draggable itself. */
  overlay?: boolean;
}

export function cardLabel(app: Pick<Card, 'company' | 'title'>): string {
  return `${app.title} at ${app.company}`;
}

/** A compact card: company and controls on one line, the job title under them, then the last news. */
export function BoardCard({ app, today, onMove, onMarkNoResponse, overlay = false }: Props) {
  // sage.8 is too dark to read on a dark card: the cue of a step booked ahead uses a light shade there.
  const cueColor = useComputedColorScheme('light') === 'dark' ? 'sage.3' : 'sage.8';
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
      px={8}
      py={6}
      radius="md"
      shadow={overlay ? 'lg' : 'xs'}
      className="board-card"
      data-testid="board-card"
      data-application-id={app.id}
      data-title={app.title}
      style={{ opacity: isDragging ? 0.4 : 1 }}
    >
      <Group gap={2} wrap="nowrap" align="center">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          className="touch-target"
          aria-label={`Drag ${label}`}
          data-testid="drag-handle"
          style={{ cursor: overlay ? 'grabbing' : 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>
        <Text size="xs" c="dimmed" truncate="end" style={{ flex: 1, minWidth: 0 }} title={app.company}>
          {app.company}
        </Text>
        {overlay ? null : <MoveMenu label={label} current={app.status} onMove={(to) => onMove(app, to)} />}
      </Group>
      <Title order={3} fz="sm" fw={600} lh={1.3} mt={2} style={{ overflowWrap: 'anywhere' }}>
        <Anchor component={Link} to={`/applications/${app.id}`} state={{ from: '/board' }} c="inherit" fw={600} fz="sm" data-testid="card-title">
          {app.title}
        </Anchor>
      </Title>
      <Text size="xs" c="dimmed" mt={2}>
        Last news {daysAgo(app.lastEventOn, today)}
      </Text>
      {app.upcoming ? (
        <Text size="xs" fw={600} c={cueColor} mt={2} data-testid="upcoming-cue">
          {STAGE_LABELS[app.upcoming.stage]} on {formatDay(app.upcoming.occurredOn)}
        </Text>
      ) : null}
      {app.tags.length > 0 ? (
        <Group gap={4} mt={4}>
          {app.tags.map((tag) => (
            <Badge key={tag} size="xs" color="gray" variant="light" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : null}
      {app.noResponse.flagged ? (
        <Group gap={4} mt={6} align="center">
          <Badge
            color="orange"
            size="sm"
            tt="none"
            data-testid="no-response-badge"
            styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}
          >
            Silent for {plural(app.noResponse.daysSilent ?? 0, 'day')}
          </Badge>
          <Button
            size="compact-xs"
            variant="light"
            color="orange"
            className="touch-target"
            styles={{ root: { height: 'auto', minHeight: 22 }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
            onClick={() => onMarkNoResponse(app)}
          >
            Mark as no response
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}
