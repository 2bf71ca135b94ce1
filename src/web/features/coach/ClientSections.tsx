import { Badge, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { ClientBoard, ClientDebriefs, ClientInsights } from '../../../contracts/coach.js';
import type { Journal } from '../../../contracts/debrief.js';
import type { Plan } from '../../../contracts/plan.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { formatDay, plural } from '../../components/format';
import { SideScroll } from '../../components/SideScroll';
import { StageBadge } from '../../components/StageBadge';

/** What a coach sees of a client, one part per tab: read-only. */

export function BoardView({ board }: { board: ClientBoard }) {
  const columns = board.columns.filter((c) => c.total > 0);
  if (columns.length === 0) return <Text c="dimmed">No applications on the board yet.</Text>;
  return (
    <Stack gap="md" data-testid="client-board">
      {columns.map((col) => (
        <section key={col.status} aria-labelledby={`col-${col.status}`}>
          <Group gap="xs" mb={4}>
            <Title order={3} size="h5" id={`col-${col.status}`}>
              {STAGE_LABELS[col.status]}
            </Title>
            <Text size="sm" c="dimmed">
              {col.total}
            </Text>
          </Group>
          <SideScroll label={`${STAGE_LABELS[col.status]} applications`} minWidth={520}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Company</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>Applied</Table.Th>
                  <Table.Th>Last step</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {col.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.company}</Table.Td>
                    <Table.Td>{a.title}</Table.Td>
                    <Table.Td>
                      <StageBadge stage={a.status} size="sm" />
                    </Table.Td>
                    <Table.Td>{a.appliedOn ? formatDay(a.appliedOn) : '—'}</Table.Td>
                    <Table.Td>
                      {formatDay(a.lastEventOn)}
                      {a.upcoming ? ` · ${STAGE_LABELS[a.upcoming.stage]} on ${formatDay(a.upcoming.occurredOn)}` : ''}
                      {a.noResponse ? ' · no response yet' : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SideScroll>
          {col.total > col.items.length ? (
            <Text size="xs" c="dimmed">
              And {col.total - col.items.length} more.
            </Text>
          ) : null}
        </section>
      ))}
    </Stack>
  );
}

export function InsightsView({ insights }: { insights: ClientInsights }) {
  return (
    <Stack gap="md">
      <Text>
        {plural(insights.totals.sent, 'application')} sent, {insights.totals.inProgress} in progress, {insights.totals.saved} saved for later.
      </Text>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          How far applications get
        </Title>
        <Stack gap={6}>
          {insights.funnel.map((f) => (
            <Group key={f.stage} gap="sm" wrap="nowrap">
              <Text size="sm" w={110}>
                {STAGE_LABELS[f.stage]}
              </Text>
              <Progress value={insights.totals.sent ? (100 * f.reached) / insights.totals.sent : 0} style={{ flex: 1 }} aria-label={`${STAGE_LABELS[f.stage]}: ${f.reached}`} />
              <Text size="sm" w={32} ta="right">
                {f.reached}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Text size="sm">{insights.bottleneck.message}</Text>
      {insights.reasons ? <Text size="sm">{insights.reasons.note}</Text> : null}
      {insights.themes ? <Text size="sm">{insights.themes.note}</Text> : null}
    </Stack>
  );
}

export function DebriefsView({ debriefs }: { debriefs: ClientDebriefs }) {
  if (debriefs.items.length === 0) return <Text c="dimmed">No rejection debriefed yet.</Text>;
  return (
    <Stack gap="sm" data-testid="client-debriefs">
      <Text size="sm" c="dimmed">
        {debriefs.toFinish > 0 ? `${plural(debriefs.toFinish, 'debrief')} still to finish.` : 'Every debrief is finished.'}
      </Text>
      {debriefs.items.map((d) => (
        <Paper key={d.applicationId} withBorder p="md" radius="md" component="article">
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fw={600}>
                {d.company} — {d.title}
              </Text>
              <Text size="sm" c="dimmed">
                {formatDay(d.rejectedOn)}, at {d.stageReached}
              </Text>
            </Group>
            {d.reasons.length > 0 ? (
              <Group gap={4}>
                {d.reasons.map((r) => (
                  <Badge key={r.reason} variant="light" color={r.control === 'outside' ? 'gray' : 'blue'} size="sm">
                    {r.label}
                  </Badge>
                ))}
              </Group>
            ) : null}
            {d.feedback.text ? (
              <Text size="sm">
                <Text span fw={500}>
                  Feedback received:{' '}
                </Text>
                {d.feedback.text}
              </Text>
            ) : null}
            {d.themes.length > 0 ? <Text size="sm">Lessons: {d.themes.map((t) => t.label).join(', ')}</Text> : null}
            {d.lessonsNote ? <Text size="sm">{d.lessonsNote}</Text> : null}
            <Group gap="xs" wrap="nowrap">
              <Progress value={d.percent} size="sm" style={{ flex: 1 }} aria-label={`Debrief ${d.percent}% done`} />
              <Text size="xs" c="dimmed">
                {d.complete ? 'Debrief finished' : `Debrief ${d.percent}% done`}
              </Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

export function PlanView({ plan }: { plan: Plan }) {
  return (
    <Stack gap="md">
      {plan.themes.length === 0 ? <Text c="dimmed">No recurring theme yet.</Text> : null}
      {plan.themes.map((t) => (
        <Paper key={t.slug} withBorder p="md" radius="md">
          <Text fw={600}>
            {t.rank}. {t.label}
          </Text>
          <Text size="sm" c="dimmed">
            {t.why}
          </Text>
        </Paper>
      ))}
      <Title order={3} size="h5">
        Actions
      </Title>
      {plan.actions.length === 0 ? <Text c="dimmed">No growth action planned yet.</Text> : null}
      {plan.actions.map((a) => (
        <Group key={a.id} gap="xs">
          <Badge variant="light" size="sm">
            {a.status}
          </Badge>
          <Text size="sm">{a.title}</Text>
        </Group>
      ))}
    </Stack>
  );
}

export function JournalView({ journal }: { journal: Journal }) {
  if (journal.entries.length === 0) return <Text c="dimmed">No journal entries yet.</Text>;
  return (
    <Stack gap="xs">
      {journal.entries.slice(0, 60).map((e) => (
        <Paper key={e.id} withBorder p="sm" radius="md">
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {formatDay(e.date)}
            </Text>
            <Text size="sm">
              Mood {e.mood}/5 ({e.moodLabel})
            </Text>
          </Group>
          {e.note ? <Text size="sm">{e.note}</Text> : null}
        </Paper>
      ))}
    </Stack>
  );
}
