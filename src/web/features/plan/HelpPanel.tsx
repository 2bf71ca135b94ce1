import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { HelpComparison } from '../../../contracts/plan.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

const VERDICT = {
  not_done: { color: 'gray', label: 'After it is done' },
  too_early: { color: 'gray', label: 'Too early to tell' },
  higher_after: { color: 'teal', label: 'Higher after' },
  lower_after: { color: 'orange', label: 'Lower after' },
  no_clear_difference: { color: 'blue', label: 'No clear difference yet' },
} as const;

function Side({ name, side }: { name: string; side: HelpComparison['before'] }) {
  return (
    <Stack gap={0} miw={140}>
      <Text size="xs" c="dimmed">{name}</Text>
      <Text size="sm" fw={600}>
        {side.outcomes === 0 ? 'no outcomes yet' : `${side.converted} of ${side.outcomes} · ${pct(side.rate ?? 0)}`}
      </Text>
      {side.outcomes > 0 ? <Text size="xs" c="dimmed">likely {pct(side.interval[0])}–{pct(side.interval[1])}</Text> : null}
      {side.open > 0 ? <Text size="xs" c="dimmed">{side.open} still waiting</Text> : null}
    </Stack>
  );
}

/** "Did it help?": the target stage's conversion before and after, in plain words; never "because". */
export function HelpPanel({ help }: { help: HelpComparison }) {
  const v = VERDICT[help.verdict];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="did-it-help">
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm" fw={600}>Did it help?</Text>
          <Badge color={v.color} variant="light" tt="none">{v.label}</Badge>
          <Text size="xs" c="dimmed">{help.targetLabel}</Text>
        </Group>
        {help.verdict !== 'not_done' ? (
          <Group gap="lg" wrap="wrap">
            <Side name="Before" side={help.before} />
            <Side name="After" side={help.after} />
          </Group>
        ) : null}
        <Text size="sm">{help.summary}</Text>
      </Stack>
    </Paper>
  );
}
