import { Alert, Anchor, Button, Group, Modal, NumberInput, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFlag, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { GoalsInput, Home } from '../../../contracts/momentum.js';
import { GOAL_KINDS, GOAL_LABELS, MAX_GOAL, type GoalKind } from '../../../domain/momentum/goals.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors } from '../../api/form-errors';
import { useSetGoals } from './api';

type Goals = Home['goals'];

function GoalsForm({ goals, onDone }: { goals: Goals; onDone: () => void }) {
  const save = useSetGoals();
  const [values, setValues] = useState<Record<GoalKind, number | string>>(
    Object.fromEntries(GOAL_KINDS.map((k) => [k, goals.targets[k] ?? 0])) as Record<GoalKind, number | string>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = () => {
    const input: GoalsInput = {};
    const problems: Record<string, string> = {};
    for (const k of GOAL_KINDS) {
      const v = values[k] === '' ? 0 : Number(values[k]);
      if (!Number.isInteger(v) || v < 0 || v > MAX_GOAL) problems[k] = `Use a whole number from 0 to ${MAX_GOAL}`;
      else input[k] = v;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(input, {
      onSuccess: onDone,
      onError: (e) => setErrors(serverFieldErrors(e)),
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Any of them, any numbers: 0 means no goal of that kind. They apply from this week on, and progress counts what you log anyway.
        </Text>
        {GOAL_KINDS.map((k) => (
          <NumberInput
            key={k}
            label={GOAL_LABELS[k].label}
            description={goals.sources[k]}
            min={0}
            max={MAX_GOAL}
            allowDecimal={false}
            allowNegative={false}
            value={values[k]}
            onChange={(v) => setValues((s) => ({ ...s, [k]: v }))}
            error={errors[k]}
          />
        ))}
        {save.isError && Object.keys(errors).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save goals
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** This week's goals with progress bars, and the streak said kindly. */
export function GoalsSection({ goals, lastWeek }: { goals: Goals; lastWeek: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="goals-heading" data-testid="goals">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <div>
            <Title order={2} size="h4" id="goals-heading">
              This week’s goals
            </Title>
            <Text size="xs" c="dimmed">
              {goals.week.label}
            </Text>
          </div>
          <Button size="compact-sm" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={open}>
            {goals.progress.length ? 'Change goals' : 'Set goals'}
          </Button>
        </Group>
        {goals.progress.length === 0 ? (
          <Text size="sm" c="dimmed">
            No goals yet. A small, kind goal (two applications, one practice session) is easier to keep than a big one.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {goals.progress.map((p) => (
              <li key={p.kind} data-testid={`goal-${p.kind}`}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={500}>
                    {p.label}
                  </Text>
                  <Text size="sm" fw={p.met ? 600 : 400} c={p.met ? undefined : 'dimmed'} data-testid="goal-text">
                    {p.text}
                    {p.met ? ' · met' : ''}
                  </Text>
                </Group>
                <Progress
                  value={p.percent}
                  color={p.met ? 'teal' : 'sage'}
                  size="md"
                  mt={4}
                  aria-label={`${p.label}: ${p.text}`}
                  data-testid="goal-bar"
                  data-percent={p.percent}
                />
              </li>
            ))}
          </Stack>
        )}
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconFlag size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" data-testid="streak">
            {goals.streak.message}
          </Text>
        </Group>
        <Anchor component={Link} to={`/review/${lastWeek}`} size="sm">
          Read last week’s review
        </Anchor>
      </Stack>
      <Modal opened={opened} onClose={close} title="Goals for the week" centered closeButtonProps={{ 'aria-label': 'Close' }}>
        {opened ? <GoalsForm goals={goals} onDone={close} /> : null}
      </Modal>
    </Paper>
  );
}
