import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CaseloadClient } from '../../../contracts/coach.js';
import { STAGE_LABELS, STAGES, type Stage } from '../../../domain/applications/stages.js';
import { formatDay, plural } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useSession } from '../account/api';
import { useCaseload } from './api';

export function LocalModeNote({ what }: { what: string }) {
  return (
    <Alert color="gray" title={`${what} needs a hosted Debrief`}>
      This Debrief runs on your computer for one person, so there is no one to share with and nothing leaves this machine. Sharing with a coach
      exists when Debrief is run hosted, with accounts (see “Hosting Debrief” in the README).
    </Alert>
  );
}

function StageCounts({ stages }: { stages: Record<string, number> }) {
  const shown = (STAGES as readonly Stage[]).filter((s) => (stages[s] ?? 0) > 0);
  if (shown.length === 0) return <Text size="sm" c="dimmed">No applications yet</Text>;
  return (
    <Text size="sm">
      {shown.map((s) => `${STAGE_LABELS[s]} ${stages[s]}`).join(' · ')}
    </Text>
  );
}

function ClientCard({ client }: { client: CaseloadClient }) {
  const { week } = client;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`client-${client.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/coach/clients/${client.id}`} fw={600} id={`client-${client.id}`}>
            {client.name}
          </Anchor>
          <Group gap={4}>
            {client.scopes.map((s) => (
              <Badge key={s} variant="light" color="gray" size="sm">
                {s}
              </Badge>
            ))}
          </Group>
        </Group>
        <Text size="sm">
          Last activity: {client.lastActivityOn ? formatDay(client.lastActivityOn) : 'none yet'}
        </Text>
        <Text size="sm">
          This week: {plural(week.applications, 'application')}
          {week.goal !== null ? ` of ${week.goal} planned` : ' (no weekly goal set)'}
        </Text>
        <StageCounts stages={client.stages} />
        {client.debriefsToFinish !== null ? (
          <Text size="sm">Debriefs to finish: {client.debriefsToFinish}</Text>
        ) : null}
        {client.signals.length > 0 ? (
          <Stack gap={4} mt={4}>
            {client.signals.map((s) => (
              <Group key={s.kind} gap={6} wrap="nowrap">
                <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-orange-7)" />
                <Text size="sm" fw={500}>
                  {s.message}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The coach's caseload: everyone who shares their search with this account. */
export function CoachPage() {
  const session = useSession();
  const hosted = session.data?.mode === 'hosted';
  const caseload = useCaseload();
  return (
    <Stack gap="lg">
      <Title order={1}>Coaching</Title>
      {!hosted ? (
        <LocalModeNote what="Coaching" />
      ) : caseload.isPending ? (
        <LoadingState label="Loading your caseload" />
      ) : caseload.isError ? (
        <ErrorState error={caseload.error} onRetry={() => void caseload.refetch()} />
      ) : caseload.data.clients.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              No one shares their search with you yet
            </Title>
            <Text size="sm" c="dimmed">
              When someone you coach invites you from their settings, you get a message with a link. Open it while signed in with that address and
              they appear here, with what they chose to share.
            </Text>
          </Stack>
        </Paper>
      ) : (
        <>
          <Text c="dimmed" size="sm">
            {caseload.data.clients.length === 1 ? 'One person shares' : `${caseload.data.clients.length} people share`} their search with you. Those who may need a word from you come first
            (no activity for {caseload.data.quietDays} days, several rejections in a row at the same stage, or a low mood for a while when they share
            their journal).
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {caseload.data.clients.map((c) => (
              <ClientCard key={c.id} client={c} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
