import { Badge, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconPlayerSkipForward } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Application } from '../../../contracts/applications.js';
import type { FeedbackStatus } from '../../../domain/debrief/progress.js';
import { isApiError } from '../../api/client';
import { useDebrief } from './api';

const FEEDBACK_LABELS = {
  not_requested: 'Not asked',
  requested: 'Asked, waiting',
  received: 'Received',
  declined: 'Declined',
  no_answer: 'No answer',
} as const satisfies Record<FeedbackStatus, string>;

/**
 * The "Debrief" panel on the application page: where the debrief stands, a
 * button to start or resume it, and the lessons of this application.
 */
export function DebriefPanel({ app }: { app: Pick<Application, 'id' | 'status'> }) {
  const rejected = app.status === 'rejected';
  const query = useDebrief(app.id, { enabled: rejected });
  const to = `/applications/${encodeURIComponent(app.id)}/debrief`;
  if (!rejected && !query.data) return null;

  const missing = query.isError && isApiError(query.error) && query.error.status === 404;
  const d = query.data;

  return (
    <Card padding="md" component="section" aria-labelledby="debrief-panel-title" data-testid="debrief-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="debrief-panel-title">
            Debrief
          </Title>
          {d ? (
            <Badge color={d.progress.complete ? 'sage' : 'yellow'}>{d.progress.complete ? 'Done' : `${d.progress.percent}%`}</Badge>
          ) : null}
        </Group>
        {!d ? (
          <>
            <Text size="sm" c="dimmed">
              {missing || !query.isPending
                ? 'A no is data. A few short steps help it land, get you feedback and keep what is useful.'
                : 'Loading…'}
            </Text>
            <Group>
              <Button component={Link} to={to}>
                Start the debrief
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Progress value={d.progress.percent} size="sm" aria-label={`Debrief ${d.progress.percent}% done`} />
            <List spacing={4} size="sm" center>
              {d.progress.steps.map((s) => (
                <List.Item
                  key={s.step}
                  icon={
                    s.status === 'done' ? (
                      <IconCheck size={16} color="var(--mantine-color-sage-7)" aria-hidden />
                    ) : s.status === 'skipped' ? (
                      <IconPlayerSkipForward size={16} aria-hidden />
                    ) : (
                      <IconCircleDashed size={16} aria-hidden />
                    )
                  }
                >
                  {s.label}
                  <Text span c="dimmed" size="xs">
                    {' '}
                    ({s.status === 'done' ? 'done' : s.status === 'skipped' ? 'skipped' : 'to do'})
                  </Text>
                </List.Item>
              ))}
            </List>
            <Text size="sm">
              Feedback: <strong>{FEEDBACK_LABELS[d.feedbackRequest.status]}</strong>
              {d.feedbackRequest.reminderDue ? ' · it has been a while, a nudge is fine' : ''}
            </Text>
            {d.lessons.themes.length > 0 ? (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  Lessons
                </Text>
                <Group gap={6} data-testid="debrief-themes">
                  {d.lessons.themes.map((t) => (
                    <Badge key={t.slug} tt="none" size="md">
                      {t.label}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            ) : null}
            {d.lessons.outside.length > 0 ? (
              <Text size="xs" c="dimmed">
                Not yours to fix: {d.lessons.outside.map((o) => o.text).join('; ')}
              </Text>
            ) : null}
            <Group>
              <Button component={Link} to={to} variant={d.progress.complete ? 'light' : 'filled'}>
                {d.progress.complete ? 'Open the debrief' : d.progress.percent === 0 ? 'Start the debrief' : 'Resume the debrief'}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
