import { Button, Paper, Table, Text, Title } from '@mantine/core';
import type { Insights } from '../../../contracts/insights.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { SortableTh, useSortedRows } from '../../components/SortableTh';
import type { Behind } from './ApplicationsDrawer';
import { pct, pctRange } from './labels';

/** The rate as a dot and its 95% interval as a bar, on a 0–100% scale. */
export function IntervalBar({ rate, ci95 }: { rate: number | null; ci95: [number, number] }) {
  const w = 140;
  const x = (v: number) => 4 + v * (w - 8);
  const label = rate === null ? 'No outcome yet' : `${pct(rate)}, likely between ${pct(ci95[0])} and ${pct(ci95[1])}`;
  return (
    <svg width={w} height={18} role="img" aria-label={label} style={{ display: 'block' }}>
      <line x1={x(0)} x2={x(1)} y1={9} y2={9} stroke="var(--mantine-color-gray-5)" strokeWidth={1} />
      {rate === null ? null : (
        <>
          <rect x={x(ci95[0])} y={4} width={Math.max(2, x(ci95[1]) - x(ci95[0]))} height={10} rx={3} fill="var(--mantine-color-blue-6)" fillOpacity={0.35} stroke="var(--mantine-color-blue-7)" />
          <circle cx={x(rate)} cy={9} r={4} fill="var(--mantine-color-blue-9)" />
        </>
      )}
    </svg>
  );
}

type Column = 'step' | 'rate' | 'range' | 'applications';

export function ConversionTable({ insights, onPick }: { insights: Insights; onPick: (b: Behind) => void }) {
  const { sort, setSort, rows } = useSortedRows<Insights['conversions'][number], Column>(insights.conversions, (c, key) =>
    key === 'step' ? insights.conversions.indexOf(c) : key === 'rate' ? c.rate : key === 'range' ? (c.trials ? c.ci95[1] - c.ci95[0] : null) : c.trials,
  );
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="conversions-title">
      <Title order={2} size="h3" id="conversions-title" mb={4}>
        Stage by stage
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Of the applications that reached a stage and have an outcome, how many reached the next. With few applications a
        rate can mislead, so each comes with its likely range: where the true rate lies 19 times out of 20. The range
        narrows as you apply more.
      </Text>
      <Table.ScrollContainer minWidth={520} type="native">
        <Table data-testid="conversion-table" striped verticalSpacing={6}>
          <Table.Caption>How many applications moved on from each stage, with the likely range of each rate.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <SortableTh label="Step" column="step" sort={sort} onSort={setSort} firstOrder="asc" />
              <SortableTh label="Rate" column="rate" sort={sort} onSort={setSort} />
              <SortableTh label="Likely range" column="range" sort={sort} onSort={setSort} firstOrder="asc" />
              <Table.Th scope="col">Rate and range</Table.Th>
              <SortableTh label="Applications" column="applications" sort={sort} onSort={setSort} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.from}>
                <Table.Th scope="row" fw={500}>
                  {STAGE_LABELS[c.from]} → {STAGE_LABELS[c.to]}
                </Table.Th>
                <Table.Td>{pct(c.rate)}</Table.Td>
                <Table.Td>{c.trials ? pctRange(c.ci95[0], c.ci95[1]) : '—'}</Table.Td>
                <Table.Td>
                  <IntervalBar rate={c.rate} ci95={c.ci95} />
                </Table.Td>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" px={4}
                    aria-label={`${c.successes} of ${c.trials}: show the applications that reached ${STAGE_LABELS[c.to].toLowerCase()}`}
                    onClick={() => onPick({ title: `Reached ${STAGE_LABELS[c.to].toLowerCase()}`, filter: { stage: c.to } })}>
                    {c.successes} of {c.trials}
                  </Button>
                  {c.pending ? <Text span size="xs" c="dimmed"> · {c.pending} waiting</Text> : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
