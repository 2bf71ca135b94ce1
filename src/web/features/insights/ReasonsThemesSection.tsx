import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../contracts/insights.js';
import { ChartFigure } from './ChartFigure';
import { pct } from './labels';

/** Shade 7 keeps 3:1 against light and dark backgrounds; "other" is grey. */
const PALETTE = ['blue', 'orange', 'teal', 'grape', 'red', 'lime'].map((c) => `var(--mantine-color-${c}-7)`);
const OTHER = 'var(--mantine-color-gray-6)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TICK = { fill: 'var(--mantine-color-text)', fontSize: 12 };

function shortMonth(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]?.slice(2)}` : key;
}

interface Series {
  key: string;
  label: string;
}

/** Month-by-month stacked bars of the top series; the rest is one "Other" series. */
function TrendChart({ series, trend }: { series: Series[]; trend: { month: string; counts: Record<string, number> }[] }) {
  const top = series.slice(0, PALETTE.length);
  const shown = new Set(top.map((s) => s.key));
  const hasOther = series.length > top.length;
  const data = trend.map((m) => {
    const row: Record<string, number | string> = { month: shortMonth(m.month) };
    let other = 0;
    for (const [k, v] of Object.entries(m.counts)) {
      if (shown.has(k)) row[k] = v;
      else other += v;
    }
    if (hasOther) row.__other = other;
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} />
        <Tooltip contentStyle={{ background: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)' }} />
        <Legend wrapperStyle={{ fontSize: 12, color: 'var(--mantine-color-text)' }} />
        {top.map((s, k) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={PALETTE[k]} isAnimationActive={false} />
        ))}
        {hasOther ? <Bar dataKey="__other" name="Other" stackId="a" fill={OTHER} isAnimationActive={false} /> : null}
      </BarChart>
    </ResponsiveContainer>
  );
}

function ReasonsFigure({ insights }: { insights: Insights }) {
  const r = insights.reasons;
  const series = r.reasons.map((x) => ({ key: x.reason, label: x.label }));
  const [lo, hi] = r.outsideControl.ci95;
  const caption =
    `${r.rejections} debriefed rejection${r.rejections === 1 ? '' : 's'}` +
    (r.withReasons
      ? `; of the ${r.withReasons} with a stated reason, ${r.outsideControl.successes} (${pct(r.outsideControl.rate)}, likely ${pct(lo)}–${pct(hi)}) were entirely outside your control. ` +
        r.reasons.filter((x) => x.informative).slice(0, 3).map((x) => `${x.label}: ${x.count}`).join('; ') + '.'
      : ', none with a stated reason yet.');
  const table = (
    <div style={{ overflowX: 'auto', marginTop: 'var(--mantine-spacing-sm)' }} tabIndex={0} role="region" aria-label="Rejection reasons table">
      <Table verticalSpacing={4} miw={420} data-testid="reasons-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Rejections</Table.Th>
            <Table.Th scope="col">Share</Table.Th>
            <Table.Th scope="col">Marked outside your control</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.reasons.map((x) => (
            <Table.Tr key={x.reason}>
              <Table.Th scope="row" fw={500}>{x.label}</Table.Th>
              <Table.Td>{x.count}</Table.Td>
              <Table.Td>{x.share === null ? '—' : pct(x.share)}</Table.Td>
              <Table.Td>{x.outside}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
  const intro = (
    <Stack gap={4} mb="sm">
      <Text size="sm">{r.note}</Text>
      <Text size="xs" c="dimmed">{insights.definitions.outsideControl}</Text>
    </Stack>
  );
  return (
    <ChartFigure id="reasons" title="Rejection reasons over time" caption={caption} intro={intro} table={table} testId="reasons-chart">
      <TrendChart series={series} trend={r.trend} />
    </ChartFigure>
  );
}

function ThemesFigure({ insights }: { insights: Insights }) {
  const t = insights.themes;
  const caption = `Lessons from ${t.applications} debriefed application${t.applications === 1 ? '' : 's'}. ` +
    t.themes.slice(0, 4).map((x) => `${x.label}: ${x.applications}`).join('; ') + '.';
  const table = (
    <div style={{ overflowX: 'auto', marginTop: 'var(--mantine-spacing-sm)' }} tabIndex={0} role="region" aria-label="Themes table">
      <Table verticalSpacing={4} miw={320} data-testid="themes-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Theme</Table.Th>
            <Table.Th scope="col">Applications</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {t.themes.map((x) => (
            <Table.Tr key={x.slug}>
              <Table.Th scope="row" fw={500}>{x.label}</Table.Th>
              <Table.Td>{x.applications}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
  return (
    <ChartFigure id="themes" title="Recurring themes in your lessons" caption={caption} intro={<Text size="sm" mb="sm">{t.note}</Text>} table={table} testId="themes-chart">
      <TrendChart series={t.themes.map((x) => ({ key: x.slug, label: x.label }))} trend={t.trend} />
    </ChartFigure>
  );
}

/** Reasons and themes from debriefs; an honest explanation while there are none. */
export function ReasonsThemesSection({ insights }: { insights: Insights }) {
  const { reasons, themes } = insights;
  if (!reasons.available && !themes.available) {
    return (
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="reasons-title" data-testid="reasons-empty">
        <Title order={2} size="h3" id="reasons-title" mb={4}>Rejection reasons and themes</Title>
        <Text size="sm">{reasons.note}</Text>
        <Text size="sm" c="dimmed" mt="xs">{themes.note}</Text>
      </Paper>
    );
  }
  return (
    <>
      {reasons.available ? <ReasonsFigure insights={insights} /> : (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="reasons-title">
          <Title order={2} size="h3" id="reasons-title" mb={4}>Rejection reasons</Title>
          <Text size="sm">{reasons.note}</Text>
        </Paper>
      )}
      {themes.available ? <ThemesFigure insights={insights} /> : (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="themes-title">
          <Title order={2} size="h3" id="themes-title" mb={4}>Recurring themes</Title>
          <Text size="sm">{themes.note}</Text>
        </Paper>
      )}
    </>
  );
}
