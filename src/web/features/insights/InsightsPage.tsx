import { useState } from 'react';
import { Alert, Button, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconBulb, IconChartSankey } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Insights, Outcome } from '../../../contracts/insights.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { formatCount, formatDay } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { SortableTh, useSortedRows } from '../../components/SortableTh';
import { ApplicationsDrawer, type Behind } from './ApplicationsDrawer';
import { ChartFigure } from './ChartFigure';
import { ConversionTable } from './ConversionTable';
import { LazySankeyChart } from './lazy-charts';
import { ReasonsThemesSection } from './ReasonsThemesSection';
import { ResponseSection } from './ResponseSection';
import { SegmentsSection } from './SegmentsSection';
import { useInsights } from './api';
import { heardBackLine, OUTCOME_LABELS, pct, stageLabel } from './labels';

/** Below this many sent applications, the page explains instead of charting noise. */
export const MIN_FOR_INSIGHTS = 5;
const ENDINGS: Outcome[] = ['in_progress', 'rejected', 'silence', 'withdrawn'];

function Stat({ label, value, detail, onClick }: { label: string; value: string; detail: string; onClick: () => void }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Button variant="subtle" px={0} size="lg" fz={26} fw={700} onClick={onClick} aria-label={`${label}: ${value}. Show the applications`}>
        {value}
      </Button>
      <Text size="xs" c="dimmed">{detail}</Text>
    </Paper>
  );
}

function EmptyInsights({ sent }: { sent: number }) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid="insights-empty">
      <Stack align="center" gap="sm" ta="center">
        <IconChartSankey size={40} aria-hidden />
        <Title order={2} size="h3">Not enough applications to see patterns yet</Title>
        <Text maw={520}>
          {sent === 0 ? 'You have not sent any applications yet.' : `You have sent ${sent} application${sent === 1 ? '' : 's'}.`}{' '}
          Insights start at {MIN_FOR_INSIGHTS}, and the honest verdicts (where your search loses most, what works better) need
          about 20 with an answer. One “no” is noise; many of them show where to change.
        </Text>
        <Button component={Link} to="/applications/new">Add an application</Button>
      </Stack>
    </Paper>
  );
}

/** Where each application stands: the numbers behind the Sankey, each a link to its applications. */
type OutcomeColumn = 'stage' | 'reached' | Outcome;

function OutcomeTable({ insights, onPick }: { insights: Insights; onPick: (b: Behind) => void }) {
  const count = (stage: string, o: Outcome) => insights.outcomes.find((x) => x.stage === stage && x.outcome === o)?.count ?? 0;
  const order = insights.funnel.map((f) => f.stage);
  const { sort, setSort, rows } = useSortedRows<Insights['funnel'][number], OutcomeColumn>(
    insights.funnel.filter((f) => f.reached > 0),
    (f, key) => (key === 'stage' ? order.indexOf(f.stage) : key === 'reached' ? f.reached : count(f.stage, key)),
  );
  return (
    <Table.ScrollContainer minWidth={520} mt="sm" type="native">
      <Table verticalSpacing={2} data-testid="sankey-table">
        <Table.Caption>Applications by the furthest stage they reached and how they stand now.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Furthest stage" column="stage" sort={sort} onSort={setSort} firstOrder="asc" />
            <SortableTh label="Reached" column="reached" sort={sort} onSort={setSort} />
            {ENDINGS.map((o) => <SortableTh key={o} label={`${OUTCOME_LABELS[o]} there`} column={o} sort={sort} onSort={setSort} />)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((f) => (
            <Table.Tr key={f.stage}>
              <Table.Th scope="row" fw={500}>{stageLabel(f.stage)}</Table.Th>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" px={4} aria-label={`${f.reached} reached ${STAGE_LABELS[f.stage].toLowerCase()}: show them`}
                  onClick={() => onPick({ title: `Reached ${STAGE_LABELS[f.stage].toLowerCase()}`, filter: { stage: f.stage } })}>
                  {f.reached}
                </Button>
              </Table.Td>
              {ENDINGS.map((o) => {
                const n = count(f.stage, o);
                return (
                  <Table.Td key={o}>
                    {n === 0 ? <Text span c="dimmed">0</Text> : (
                      <Button variant="subtle" size="compact-sm" px={4} aria-label={`${n} ${OUTCOME_LABELS[o].toLowerCase()} after ${STAGE_LABELS[f.stage].toLowerCase()}: show them`}
                        onClick={() => onPick({ title: `${OUTCOME_LABELS[o]} after ${STAGE_LABELS[f.stage].toLowerCase()}`, filter: { stage: f.stage, outcome: o } })}>
                        {n}
                      </Button>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function sankeyCaption(i: Insights): string {
  const by = (o: Outcome) => i.outcomes.filter((x) => x.outcome === o).reduce((s, x) => s + x.count, 0);
  const steps = i.funnel.filter((f) => f.stage !== 'applied' && f.reached > 0).map((f) => `${formatCount(f.reached)} reached ${STAGE_LABELS[f.stage].toLowerCase()}`);
  return `Of ${formatCount(i.totals.sent)} applications sent, ${steps.join(', ') || 'none has moved on yet'}. Now: ${formatCount(by('rejected'))} rejected, ${formatCount(by('silence'))} with no answer, ${formatCount(by('withdrawn'))} withdrawn, ${formatCount(by('in_progress'))} in progress.`;
}

export function InsightsPage() {
  const query = useInsights();
  const [behind, setBehind] = useState<Behind | null>(null);
  const i = query.data;
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Insights</Title>
        <Text c="dimmed">
          {i && i.totals.sent >= MIN_FOR_INSIGHTS ? `Patterns across your ${formatCount(i.totals.sent)} sent applications, as of ${formatDay(i.asOf)}. Every number opens the applications behind it.` : 'Patterns across all your applications and rejections.'}
        </Text>
      </div>
      {query.isLoading ? <LoadingState label="Loading insights" /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {i && i.totals.sent < MIN_FOR_INSIGHTS ? <EmptyInsights sent={i.totals.sent} /> : null}
      {i && i.totals.sent >= MIN_FOR_INSIGHTS ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Stat label="Sent" value={formatCount(i.totals.sent)} detail={`${formatCount(i.totals.inProgress)} still in progress, ${formatCount(i.totals.sent - i.totals.inProgress)} ended`}
              onClick={() => setBehind({ title: 'All applications sent', filter: { stage: 'applied' } })} />
            <Stat label="Heard back" value={pct(i.response.responseRate.rate)} detail={heardBackLine(i.response.responseRate.successes, i.response.responseRate.trials, i.response.awaiting)}
              onClick={() => setBehind({ title: 'Heard back from the employer', filter: { replied: 'true' } })} />
            <Stat label="Reached an interview" value={formatCount(i.funnel.find((f) => f.stage === 'interview')?.reached ?? 0)} detail="interview or further"
              onClick={() => setBehind({ title: 'Reached interview', filter: { stage: 'interview' } })} />
            <Stat label="Offers" value={formatCount(i.funnel.find((f) => f.stage === 'offer')?.reached ?? 0)} detail={`${formatCount(i.funnel.find((f) => f.stage === 'accepted')?.reached ?? 0)} accepted`}
              onClick={() => setBehind({ title: 'Reached an offer', filter: { stage: 'offer' } })} />
          </SimpleGrid>

          <Alert variant="light" color={i.bottleneck.stage ? 'orange' : 'blue'} icon={<IconBulb aria-hidden />} data-testid="bottleneck"
            title={i.bottleneck.stage ? `Where your search loses most: ${STAGE_LABELS[i.bottleneck.stage].toLowerCase()}` : 'Where your search loses most'}>
            {i.bottleneck.message}
          </Alert>

          <ChartFigure id="sankey" title="The whole search" testId="sankey" minWidth={640} caption={sankeyCaption(i)}
            intro={<Text size="sm" c="dimmed" mb="xs">From sent applications through every stage they reached, to where they stand now. Click a flow or use the table to see its applications.</Text>}
            table={<OutcomeTable insights={i} onPick={setBehind} />}>
            <LazySankeyChart insights={i} onPick={setBehind} />
          </ChartFigure>

          <ConversionTable insights={i} onPick={setBehind} />
          <ResponseSection insights={i} onPick={setBehind} />
          <SegmentsSection insights={i} onPick={setBehind} />

          <ReasonsThemesSection insights={i} onPick={setBehind} />
        </>
      ) : null}
      <ApplicationsDrawer behind={behind} onClose={() => setBehind(null)} />
    </Stack>
  );
}

export default InsightsPage;
