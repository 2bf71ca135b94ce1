import { Alert, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CohortInsights, Employers, Outcomes } from '../../../contracts/org.js';
import { SideScroll } from '../../components/SideScroll';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);
const HIDDEN = 'fewer than 5';
const stageLabel = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why nothing is shown: fewer than five people count. */
export function NotEnoughPeople({ threshold }: { threshold: number }) {
  return (
    <Alert color="gray" title="Not enough people to show figures yet">
      Figures appear once at least {threshold} members who chose to count have sent applications here. Until then nothing is shown, so
      that no one can be recognised from the numbers.
    </Alert>
  );
}

export function CohortFigures({ data, compact = false }: { data: CohortInsights; compact?: boolean }) {
  if (!data.enough) return <NotEnoughPeople threshold={data.threshold} />;
  const top = Math.max(1, ...data.funnel.map((f) => f.reached ?? 0));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {data.people} members counted ({data.scope}) · {data.totals?.sent ?? 0} applications sent · as of {data.asOf}
      </Text>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="xs">
          Funnel
        </Title>
        <Stack gap={6} aria-label="Funnel">
          {data.funnel.map((f) => (
            <div key={f.stage}>
              <Group justify="space-between" gap="xs">
                <Text size="sm">{stageLabel(f.stage)}</Text>
                <Text size="sm" fw={600} data-testid={`funnel-${f.stage}`}>
                  {f.reached === null ? HIDDEN : f.reached}
                </Text>
              </Group>
              <Progress value={f.reached === null ? 0 : (f.reached / top) * 100} aria-label={`${stageLabel(f.stage)}: ${f.reached ?? HIDDEN}`} />
            </div>
          ))}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: compact ? 1 : 2 }}>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs">
            Step by step
          </Title>
          <SideScroll label="Conversions" minWidth={300}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Step</Table.Th>
                  <Table.Th>Rate</Table.Th>
                  <Table.Th>Likely range</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.conversions.map((c) => (
                  <Table.Tr key={`${c.from}-${c.to}`}>
                    <Table.Td>
                      {stageLabel(c.from)} → {stageLabel(c.to)}
                    </Table.Td>
                    <Table.Td>{c.suppressed ? HIDDEN : `${pct(c.rate)} (${c.successes}/${c.trials})`}</Table.Td>
                    <Table.Td>{c.ci95 && c.trials ? `${pct(c.ci95[0])}–${pct(c.ci95[1])}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SideScroll>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs">
            Replies and silence
          </Title>
          {data.response ? (
            <Stack gap={4}>
              <Text size="sm">Employers replied to {pct(data.response.responseRate.rate)} of the members' applications with a known outcome.</Text>
              <Text size="sm">Never heard back: {pct(data.response.ghostingRate.rate)}.</Text>
              <Text size="sm">
                Typical days to a first reply:{' '}
                {data.response.firstReplyDays.suppressed || data.response.firstReplyDays.median === null ? HIDDEN : `${data.response.firstReplyDays.median} (middle half ${data.response.firstReplyDays.q1}–${data.response.firstReplyDays.q3})`}
              </Text>
            </Stack>
          ) : null}
        </Paper>
      </SimpleGrid>
      {compact ? null : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h4" mb="xs">
              Rejection reasons
            </Title>
            {data.reasons && !data.reasons.suppressed && data.reasons.reasons.length ? (
              <Stack gap={4}>
                {data.reasons.reasons.slice(0, 6).map((r) => (
                  <Group key={r.reason} justify="space-between">
                    <Text size="sm">{r.label}</Text>
                    <Badge variant="light">{r.count}</Badge>
                  </Group>
                ))}
                {data.reasons.hidden ? <Text size="xs" c="dimmed">{data.reasons.hidden} reasons cited by fewer than 5 people are not shown.</Text> : null}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">Not enough members have debriefed their rejections yet to show reasons.</Text>
            )}
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h4" mb="xs">
              Patterns across this cohort
            </Title>
            {data.segments.filter((s) => s.highlight).length ? (
              <Stack gap={4}>
                {data.segments.filter((s) => s.highlight).slice(0, 5).map((s) => (
                  <Text size="sm" key={`${s.dimension}-${s.value}-${s.metric}`}>
                    {s.summary}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">No group of the members' applications stands out from the rest once chance is allowed for.</Text>
            )}
            {data.themes && !data.themes.suppressed && data.themes.themes.length ? (
              <Text size="sm" mt="xs">
                Lessons members keep drawing: {data.themes.themes.slice(0, 4).map((t) => t.label).join(', ')}.
              </Text>
            ) : null}
          </Paper>
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function EmployersTable({ data }: { data: Employers }) {
  if (data.rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No employer has had applications from {data.threshold} or more people yet{data.hidden ? ` (${data.hidden} employers with fewer are not listed)` : ''}.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <SideScroll label="Employers" minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Employer</Table.Th>
              <Table.Th>People</Table.Th>
              <Table.Th>Applications</Table.Th>
              <Table.Th>Replies</Table.Th>
              <Table.Th>Interviews</Table.Th>
              <Table.Th>Offers</Table.Th>
              <Table.Th>Typical days to reply</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.name}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.people}</Table.Td>
                <Table.Td>{r.applications}</Table.Td>
                <Table.Td>{r.replies}</Table.Td>
                <Table.Td>{r.interviews}</Table.Td>
                <Table.Td>{r.offers}</Table.Td>
                <Table.Td>{r.typicalDaysToReply ?? HIDDEN}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SideScroll>
      {data.hidden ? <Text size="xs" c="dimmed">{data.hidden} employers fewer than {data.threshold} people applied to are not listed.</Text> : null}
    </Stack>
  );
}

export function OutcomesSummary({ data }: { data: Outcomes }) {
  if (data.people === null) return <NotEnoughPeople threshold={data.threshold} />;
  const spread = (s: Outcomes['daysToOffer']) => (s ? `${s.median} days (over ${s.people} people)` : HIDDEN);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {[
        ['Placed', data.placed ?? HIDDEN],
        ['Still searching', data.searching ?? HIDDEN],
        ['To a first interview', spread(data.daysToFirstInterview)],
        ['To an offer', spread(data.daysToOffer)],
      ].map(([label, value]) => (
        <Paper key={String(label)} withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={600}>{value}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
