import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { InsightFilterInput, Insights } from '../../../contracts/insights.js';
import { formatMonth } from '../../components/format';
import { SortableTh, useSortedRows } from '../../components/SortableTh';
import type { Behind } from './ApplicationsDrawer';
import { ChartFigure } from './ChartFigure';
import { LazyTrendChart as TrendChart } from './lazy-charts';
import { pct, pctRange } from './labels';

const shortMonth = (key: string): string => formatMonth(key);

type Pick = (b: Behind) => void;

/** A count that opens the applications behind it; a dimmed 0 when there are none. */
function CountButton({ n, label, behind, onPick }: { n: number; label: string; behind: Behind; onPick: Pick }) {
  if (n === 0) return <Text span c="dimmed">0</Text>;
  return (
    <Button variant="subtle" size="compact-sm" px={4} aria-label={`${label}: show them`} onClick={() => onPick(behind)}>
      {n}
    </Button>
  );
}

/** A headline figure of a section, as a button to its applications. */
function Figure({ label, n, behind, onPick }: { label: string; n: number; behind: Behind; onPick: Pick }) {
  return (
    <Button variant="default" size="compact-sm" onClick={() => onPick(behind)} aria-label={`${label}: ${n}. Show the applications`}>
      {label}: {n}
    </Button>
  );
}

function ReasonsFigure({ insights, onPick }: { insights: Insights; onPick: Pick }) {
  const r = insights.reasons;
  const pick = (title: string, filter: InsightFilterInput): Behind => ({ title, filter });
  const labelOf = new Map(r.reasons.map((x) => [x.reason, x.label]));
  const series = r.reasons.map((x) => ({ key: x.reason, label: x.label }));
  const [lo, hi] = r.outsideControl.ci95;
  const sorted = useSortedRows<Insights['reasons']['reasons'][number], 'reason' | 'count' | 'share' | 'outside'>(r.reasons, (x, key) =>
    key === 'reason' ? x.label : key === 'count' ? x.count : key === 'share' ? x.share : x.outside,
  );
  const caption =
    `${r.rejections} debriefed rejection${r.rejections === 1 ? '' : 's'}` +
    (r.withReasons
      ? `; of the ${r.withReasons} with a stated reason, ${r.outsideControl.successes} (${pct(r.outsideControl.rate)}, likely range ${pctRange(lo, hi)}) were entirely outside your control. ` +
        r.reasons.filter((x) => x.informative).slice(0, 3).map((x) => `${x.label}: ${x.count}`).join('; ') + '.'
      : ', none with a stated reason yet.');
  const table = (
    <ScrollTable label="Rejection reasons table" minWidth={420} testId="reasons-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Reason" column="reason" sort={sorted.sort} onSort={sorted.setSort} firstOrder="asc" />
            <SortableTh label="Rejections" column="count" sort={sorted.sort} onSort={sorted.setSort} />
            <SortableTh label="Share" column="share" sort={sorted.sort} onSort={sorted.setSort} />
            <SortableTh label="Marked outside your control" column="outside" sort={sorted.sort} onSort={sorted.setSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.rows.map((x) => {
            const all = pick(`Rejections citing “${x.label}”`, { reason: x.reason });
            const outside = pick(`Rejections citing “${x.label}”, marked outside your control`, { reason: x.reason, control: 'outside' });
            const reason = x.label.toLowerCase();
            return (
              <Table.Tr key={x.reason}>
                <Table.Th scope="row" fw={500}>
                  <RowLabel label={x.label} onClick={() => onPick(all)} />
                </Table.Th>
                <Table.Td>
                  <CountButton n={x.count} label={`${x.count} rejection${x.count === 1 ? '' : 's'} citing ${reason}`} behind={all} onPick={onPick} />
                </Table.Td>
                <Table.Td>
                  {x.share === null ? '—' : (
                    <Button variant="subtle" size="compact-sm" px={4} aria-label={`${pct(x.share)} of rejections with a stated reason cite ${reason}: show them`}
                      onClick={() => onPick(all)}>
                      {pct(x.share)}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  <CountButton n={x.outside} label={`${x.outside} citing ${reason} marked outside your control`} behind={outside} onPick={onPick} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
    </ScrollTable>
  );
  const intro = (
    <Stack gap={4} mb="sm">
      <Text size="sm">{r.note}</Text>
      <Text size="xs" c="dimmed">
        A rejection counts as outside your control when every reason it states is marked so (you can change the mark on
        each rejection). “No reason given” says nothing about you, so it is left out of the share.
      </Text>
      <Group gap="xs" data-testid="reasons-figures">
        <Figure label="Debriefed rejections" n={r.rejections} onPick={onPick} behind={pick('Debriefed rejections', { rejection: 'recorded' })} />
        <Figure label="With a stated reason" n={r.withReasons} onPick={onPick} behind={pick('Rejections with a stated reason', { rejection: 'stated' })} />
        <Figure label="Entirely outside your control" n={r.outsideControl.successes} onPick={onPick}
          behind={pick('Rejections entirely outside your control', { outsideControl: 'true' })} />
        <Figure label="Partly within your control" n={r.withReasons - r.outsideControl.successes} onPick={onPick}
          behind={pick('Rejections with a stated reason within your control', { outsideControl: 'false' })} />
        <Figure label="No reason given" n={r.noReasonGiven} onPick={onPick} behind={pick('Rejections with no stated reason', { rejection: 'unstated' })} />
      </Group>
    </Stack>
  );
  return (
    <ChartFigure id="reasons" title="Rejection reasons over time" caption={caption} intro={intro} table={table} testId="reasons-chart">
      <TrendChart series={series} trend={r.trend}
        onBar={(s, month) => onPick(pick(`Rejections citing “${labelOf.get(s.key) ?? s.label}” in ${shortMonth(month)}`, { reason: s.key, month }))} />
    </ChartFigure>
  );
}

function ThemesFigure({ insights, onPick }: { insights: Insights; onPick: Pick }) {
  const t = insights.themes;
  const sorted = useSortedRows<Insights['themes']['themes'][number], 'theme' | 'applications'>(t.themes, (x, key) => (key === 'theme' ? x.label : x.applications));
  const caption = `Lessons from ${t.applications} debriefed application${t.applications === 1 ? '' : 's'}. ` +
    t.themes.slice(0, 4).map((x) => `${x.label}: ${x.applications}`).join('; ') + '.';
  const table = (
    <ScrollTable label="Themes table" minWidth={320} testId="themes-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Theme" column="theme" sort={sorted.sort} onSort={sorted.setSort} firstOrder="asc" />
            <SortableTh label="Applications" column="applications" sort={sorted.sort} onSort={sorted.setSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.rows.map((x) => {
            const behind: Behind = { title: `Lessons on “${x.label}”`, filter: { theme: x.slug } };
            return (
              <Table.Tr key={x.slug}>
                <Table.Th scope="row" fw={500}>
                  <RowLabel label={x.label} onClick={() => onPick(behind)} />
                </Table.Th>
                <Table.Td>
                  <CountButton n={x.applications} label={`${x.applications} application${x.applications === 1 ? '' : 's'} with a lesson on ${x.label.toLowerCase()}`}
                    behind={behind} onPick={onPick} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
    </ScrollTable>
  );
  const intro = (
    <Stack gap={4} mb="sm">
      <Text size="sm">{t.note}</Text>
      <Group gap="xs">
        <Figure label="Debriefed applications with lessons" n={t.applications} onPick={onPick}
          behind={{ title: 'Debriefed applications with lessons', filter: { lessons: 'true' } }} />
      </Group>
    </Stack>
  );
  return (
    <ChartFigure id="themes" title="Recurring themes in your lessons" caption={caption} intro={intro} table={table} testId="themes-chart">
      <TrendChart series={t.themes.map((x) => ({ key: x.slug, label: x.label }))} trend={t.trend}
        onBar={(s, month) => onPick({ title: `Lessons on “${s.label}” in ${shortMonth(month)}`, filter: { theme: s.key, month } })} />
    </ChartFigure>
  );
}

/** Reasons and themes from debriefs; an honest explanation while there are none. */
export function ReasonsThemesSection({ insights, onPick }: { insights: Insights; onPick: Pick }) {
  const { reasons, themes } = insights;
  if (!reasons.available && !themes.available) {
    return (
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="reasons-title" data-testid="reasons-empty">
        <Title order={2} size="h3" id="reasons-title" mb={4}>Rejection reasons and themes</Title>
        <Text size="sm">
          No rejection has been debriefed yet. When you debrief one, its reasons and the lessons you draw from it appear
          here: which reasons recur, how many were outside your control, and which themes keep coming back.
        </Text>
        <Button component={Link} to="/applications?status=rejected" variant="light" size="sm" mt="sm">
          Debrief a rejection
        </Button>
      </Paper>
    );
  }
  return (
    <>
      {reasons.available ? <ReasonsFigure insights={insights} onPick={onPick} /> : (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="reasons-title">
          <Title order={2} size="h3" id="reasons-title" mb={4}>Rejection reasons</Title>
          <Text size="sm">
            No rejection reasons recorded yet. Add the message and its reasons in a rejection’s debrief to see which reasons
            recur and how many were outside your control.
          </Text>
        </Paper>
      )}
      {themes.available ? <ThemesFigure insights={insights} onPick={onPick} /> : (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="themes-title">
          <Title order={2} size="h3" id="themes-title" mb={4}>Recurring themes</Title>
          <Text size="sm">{themes.note}</Text>
        </Paper>
      )}
    </>
  );
}

/** A table that scrolls sideways on a narrow screen, reachable by keyboard. */
function ScrollTable({ label, minWidth, testId, children }: { label: string; minWidth: number; testId: string; children: ReactNode }) {
  return (
    <div className="side-scroll" style={{ marginTop: 'var(--mantine-spacing-sm)' }} tabIndex={0} role="region" aria-label={label}>
      <Table verticalSpacing={4} miw={minWidth} data-testid={testId}>
        {children}
      </Table>
    </div>
  );
}

/** A row heading that opens the applications behind the row. */
function RowLabel({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" px={4} onClick={onClick} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto">
      {label}
    </Button>
  );
}
