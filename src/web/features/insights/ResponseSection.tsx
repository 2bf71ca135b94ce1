import { Button, Group, SimpleGrid, Table, Text } from '@mantine/core';
import type { Insights } from '../../../contracts/insights.js';
import { SortableTh, useSortedRows } from '../../components/SortableTh';
import type { Behind } from './ApplicationsDrawer';
import { ChartFigure } from './ChartFigure';
import { LazyResponseChart as ResponseChart } from './lazy-charts';
import { daysWords, pct, rejectedAfter } from './labels';

type Spread = Insights['response']['firstReplyDays'];
const d = daysWords;
type Column = 'label' | 'n' | 'median' | 'q1' | 'min';

function rows(i: Insights) {
  const all: { label: string; s: Spread }[] = [
    { label: 'First reply', s: i.response.firstReplyDays },
    ...i.response.rejectionDaysByStage.map((s) => ({ label: rejectedAfter(s.stage), s })),
  ];
  return all.filter((r) => r.s.n > 0);
}

export function ResponseSection({ insights, onPick }: { insights: Insights; onPick: (b: Behind) => void }) {
  const r = insights.response;
  const all = rows(insights);
  const data = all.map(({ label, s }) => ({
    label,
    median: s.median ?? 0,
    spread: [(s.median ?? 0) - (s.q1 ?? 0), (s.q3 ?? 0) - (s.median ?? 0)],
  }));
  const first = r.firstReplyDays;
  const sorted = useSortedRows<(typeof all)[number], Column>(all, (row, key) => (key === 'label' ? all.indexOf(row) : row.s[key]));
  const caption = first.n
    ? `Employers typically replied after ${d(first.median)}; the middle half of replies took ${d(first.q1)} to ${d(first.q3)}. ` +
      all.slice(1).map(({ label, s }) => `${label}: typically ${d(s.median)}`).join('; ') + '.'
    : 'No replies yet.';
  const table = (
    <div style={{ overflowX: 'auto', marginTop: 'var(--mantine-spacing-sm)' }} tabIndex={0} role="region" aria-label="Reply times table">
      <Table verticalSpacing={4} miw={420}>
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Days until…" column="label" sort={sorted.sort} onSort={sorted.setSort} firstOrder="asc" />
            <SortableTh label="Applications" column="n" sort={sorted.sort} onSort={sorted.setSort} />
            <SortableTh label="Typical (median)" column="median" sort={sorted.sort} onSort={sorted.setSort} />
            <SortableTh label="Middle half" column="q1" sort={sorted.sort} onSort={sorted.setSort} />
            <SortableTh label="Shortest to longest" column="min" sort={sorted.sort} onSort={sorted.setSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.rows.map(({ label, s }) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>{label}</Table.Th>
              <Table.Td>{s.n}</Table.Td>
              <Table.Td>{d(s.median)}</Table.Td>
              <Table.Td>{d(s.q1)}–{d(s.q3)}</Table.Td>
              <Table.Td>{d(s.min)}–{d(s.max)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
  const intro = (
    <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm" spacing="xs">
      <Group gap={4}>
        <Text size="sm">Heard back:</Text>
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => onPick({ title: 'Heard back from the employer', filter: { replied: 'true' } })}>
          {r.responseRate.successes} of {r.responseRate.trials} ({pct(r.responseRate.rate)})
        </Button>
      </Group>
      <Group gap={4}>
        <Text size="sm">Never answered:</Text>
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => onPick({ title: 'No answer', filter: { outcome: 'silence', replied: 'false' } })}>
          {r.ghostingRate.successes} ({pct(r.ghostingRate.rate)})
        </Button>
      </Group>
      <Text size="sm">Still waiting, inside the window: {r.awaiting}</Text>
    </SimpleGrid>
  );
  return (
    <ChartFigure id="response-times" title="Replies and how long they take" caption={caption} intro={intro} table={table} testId="response-chart">
      {data.length ? (
        <ResponseChart data={data} />
      ) : (
        <Text size="sm">No replies yet.</Text>
      )}
    </ChartFigure>
  );
}
