import { useState } from 'react';
import { Badge, Button, Card, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { SEGMENTS_TOP, type InsightSegment, type Insights } from '../../../contracts/insights.js';
import { METRIC_PHRASES, segmentLabel } from '../../../domain/insights/segment-labels.js';
import { SortableTh, useSortedRows } from '../../components/SortableTh';
import { errorMessage } from '../../api/client';
import type { Behind } from './ApplicationsDrawer';
import { useAllSegments } from './api';
import { chanceWords, pct } from './labels';

const SHOWN = SEGMENTS_TOP;
type Column = 'group' | 'measure' | 'rate' | 'rest' | 'gap' | 'chance';

function behind(s: InsightSegment): Behind {
  return { title: `${segmentLabel(s.dimension, s.value)} (${METRIC_PHRASES[s.metric]})`, filter: { dimension: s.dimension, value: s.value, metric: s.metric } };
}

const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.round(Math.abs(x) * 100)} pts`;

function Highlight({ s, onPick }: { s: InsightSegment; onPick: (b: Behind) => void }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Group justify="space-between" mb={4} gap="xs">
        <Badge color={s.difference >= 0 ? 'teal' : 'red'} variant="light">
          {s.difference >= 0 ? 'Does better' : 'Does worse'}
        </Badge>
        <Text size="xs" c="dimmed">{chanceWords(s.qValue)}</Text>
      </Group>
      <Text fw={500}>{s.summary}</Text>
      <Button mt="xs" variant="light" size="compact-sm" onClick={() => onPick(behind(s))}>
        See the {s.trials} applications
      </Button>
    </Card>
  );
}

export function SegmentsSection({ insights, onPick }: { insights: Insights; onPick: (b: Behind) => void }) {
  const [all, setAll] = useState(false);
  // The report holds the comparisons shown at first; the others are asked for when "Show all" is pressed.
  const everything = useAllSegments(all && insights.segments.length < insights.segmentCount);
  const segments = all && everything.data ? everything.data : insights.segments;
  const highlighted = segments.filter((s) => s.highlight);
  const rest = segments.filter((s) => !s.highlight);
  const restCount = insights.segmentCount - insights.segments.filter((s) => s.highlight).length;
  const { sort, setSort, rows } = useSortedRows<InsightSegment, Column>(all ? rest : rest.slice(0, SHOWN), (s, key) =>
    key === 'group' ? segmentLabel(s.dimension, s.value)
    : key === 'measure' ? METRIC_PHRASES[s.metric]
    : key === 'rate' ? s.rate
    : key === 'rest' ? s.restRate
    : key === 'gap' ? s.difference
    : s.qValue,
  );
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="segments-title" data-testid="segments">
      <Title order={2} size="h3" id="segments-title" mb={4}>
        What does better or worse
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each group of applications is compared with all the others. Debrief only points something out when the gap is at
        least 10 points and unlikely to be chance, even after checking {insights.segmentCount} comparisons.
      </Text>
      {highlighted.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" data-testid="segment-highlights">
          {highlighted.map((s) => (
            <Highlight key={`${s.dimension}/${s.value}/${s.metric}`} s={s} onPick={onPick} />
          ))}
        </SimpleGrid>
      ) : (
        <Text mb="md">Nothing stands out yet: no group does clearly better or worse than the rest with the evidence so far.</Text>
      )}
      <Title order={3} size="h5" mb={4}>
        Not enough evidence yet
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        These differences could still be chance. The closest to standing out come first.
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh label="Group" column="group" sort={sort} onSort={setSort} firstOrder="asc" />
              <SortableTh label="Measure" column="measure" sort={sort} onSort={setSort} firstOrder="asc" />
              <SortableTh label="This group" column="rate" sort={sort} onSort={setSort} />
              <SortableTh label="The rest" column="rest" sort={sort} onSort={setSort} />
              <SortableTh label="Gap" column="gap" sort={sort} onSort={setSort} />
              <SortableTh label="Could it be chance?" column="chance" sort={sort} onSort={setSort} firstOrder="asc" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={`${s.dimension}/${s.value}/${s.metric}`}>
                <Table.Th scope="row" fw={400}>
                  <Button variant="subtle" size="compact-sm" px={4} onClick={() => onPick(behind(s))}
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto">
                    {segmentLabel(s.dimension, s.value)}
                  </Button>
                </Table.Th>
                <Table.Td>{METRIC_PHRASES[s.metric]}</Table.Td>
                <Table.Td>{pct(s.rate)} ({s.successes}/{s.trials})</Table.Td>
                <Table.Td>{pct(s.restRate)} ({s.restSuccesses}/{s.restTrials})</Table.Td>
                <Table.Td>{points(s.difference)}</Table.Td>
                <Table.Td>{chanceWords(s.qValue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {all && everything.isError ? (
        <Text size="sm" c="red" mt="xs" role="alert">Could not load every comparison: {errorMessage(everything.error)}</Text>
      ) : null}
      {restCount > SHOWN ? (
        <Button variant="default" size="xs" mt="sm" onClick={() => setAll((v) => !v)} aria-expanded={all} loading={all && everything.isFetching && !everything.data}>
          {all ? `Show the first ${SHOWN}` : `Show all ${restCount} comparisons`}
        </Button>
      ) : null}
    </Paper>
  );
}
