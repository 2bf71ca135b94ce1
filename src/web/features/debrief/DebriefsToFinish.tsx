import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DEBRIEF_STEP_LABELS } from '../../../domain/debrief/progress.js';
import { formatDay } from '../../components/format';
import { useDebriefList } from './api';

const path = (id: string) => `/applications/${encodeURIComponent(id)}/debrief`;

/**
 * "Debriefs to finish": open debriefs with their next step, plus feedback
 * requests that have waited long enough for a reminder. Renders nothing when
 * there is nothing to do, so it can sit at the top of any page.
 */
export function DebriefsToFinish() {
  const list = useDebriefList();
  if (!list.data) return null;
  const open = list.data.toFinish.filter((d) => !d.complete);
  const openIds = new Set(open.map((d) => d.applicationId));
  const reminders = list.data.remindersDue.filter((d) => !openIds.has(d.applicationId));
  if (open.length === 0 && reminders.length === 0) return null;

  return (
    <Card padding="md" component="section" aria-labelledby="debriefs-to-finish" data-testid="debriefs-to-finish">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="debriefs-to-finish">
            Debriefs to finish
          </Title>
          <Text size="sm" c="dimmed">
            Pick one up whenever you have ten quiet minutes. Everything you saved is waiting.
          </Text>
        </div>
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {open.map((d) => (
            <Group key={d.applicationId} component="li" justify="space-between" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Anchor component={Link} to={path(d.applicationId)} fw={600} size="sm" lh={1.35}>
                  {d.title} at {d.company}
                </Anchor>
                <Text size="xs" c="dimmed">
                  Rejected {formatDay(d.rejectedOn.slice(0, 10))}
                  {d.next ? ` · next: ${DEBRIEF_STEP_LABELS[d.next]}` : ''}
                </Text>
                <Progress value={d.percent} size="xs" mt={4} maw={220} aria-label={`${d.percent}% done`} />
              </div>
              <Group gap="xs">
                {d.reminderDue ? <Badge color="yellow">No reply yet</Badge> : null}
                <Button component={Link} to={path(d.applicationId)} size="compact-sm" variant="light" aria-label={`Continue the debrief for ${d.title} at ${d.company}`}>
                  Continue
                </Button>
              </Group>
            </Group>
          ))}
          {reminders.map((d) => (
            <Group key={d.applicationId} component="li" justify="space-between" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Anchor component={Link} to={path(d.applicationId)} fw={600} size="sm" lh={1.35}>
                  {d.title} at {d.company}
                </Anchor>
                <Text size="xs" c="dimmed">
                  You asked for feedback a while ago. A short nudge is fine, or mark it as no answer.
                </Text>
              </div>
              <Button component={Link} to={path(d.applicationId)} size="compact-sm" variant="light" aria-label={`Follow up with ${d.company}`}>
                Follow up
              </Button>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
