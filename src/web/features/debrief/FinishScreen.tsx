import { Anchor, Button, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Debrief } from '../../../contracts/debrief.js';
import type { DebriefStep } from '../../../domain/debrief/progress.js';
import { formatDay } from '../../components/format';

function feedbackLine(d: Debrief): string {
  const fr = d.feedbackRequest;
  switch (fr.status) {
    case 'requested':
      return `You asked for feedback${fr.requestedOn ? ` on ${formatDay(fr.requestedOn.slice(0, 10))}` : ''}. Debrief will remind you if nothing comes back.`;
    case 'received':
      return 'You asked for feedback and got an answer. That takes courage.';
    case 'declined':
      return 'You asked for feedback. They could not share it, and asking was still right.';
    case 'no_answer':
      return 'You asked for feedback. No answer came, which says more about their inbox than about you.';
    case 'not_requested':
      return 'You chose not to ask for feedback this time. That is allowed.';
  }
}

/** The end of the flow: a kind summary and the way back. It says "done" only when the server says so. */
export function FinishScreen({ debrief, onReview, onOpenStep }: { debrief: Debrief; onReview: () => void; onOpenStep: (step: DebriefStep) => void }) {
  const themes = debrief.lessons.themes;
  const outside = debrief.lessons.outside;
  const share = debrief.outsideShare;
  const open = debrief.progress.steps.filter((s) => s.status === 'todo');
  if (open.length > 0) {
    return (
      <Stack gap="md" data-testid="debrief-open-steps">
        <Title order={2} size="h3">
          Saved. {open.length === 1 ? 'One step is' : `${open.length} steps are`} still open
        </Title>
        <Text>
          Everything you saved is kept. Finish {open.length === 1 ? 'it' : 'them'} now, or skip what does not help, and
          the debrief is done.
        </Text>
        <Group gap="sm">
          {open.map((s) => (
            <Button key={s.step} variant="light" onClick={() => onOpenStep(s.step)}>
              Go to {s.label}
            </Button>
          ))}
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid="debrief-finished">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size="xl" radius="xl" variant="light" aria-hidden>
          <IconCheck size={24} />
        </ThemeIcon>
        <Title order={2} size="h3">
          Debrief done. Well done for seeing it through.
        </Title>
      </Group>
      <Text>
        You took a no from {debrief.application.company} and turned it into something you can use. Here is what you are
        taking with you:
      </Text>
      <List spacing="xs">
        <List.Item>{feedbackLine(debrief)}</List.Item>
        {themes.length > 0 ? (
          <List.Item>
            To work on: <strong>{themes.map((t) => t.label).join(', ')}</strong>.
          </List.Item>
        ) : (
          <List.Item>No themes to work on from this one. Sometimes it really was not about you.</List.Item>
        )}
        {outside.length > 0 ? (
          <List.Item>
            Not yours to fix: {outside.map((o) => o.text).join('; ')}.
          </List.Item>
        ) : null}
        {share !== null && share > 0 ? (
          <List.Item>
            {Math.round(share * 100)}% of the reasons here sat outside your control.
          </List.Item>
        ) : null}
      </List>
      <Text c="dimmed" size="sm">
        Rest if you need to. When you are ready, one new application or one message to someone you know is a good next
        step.
      </Text>
      <Group gap="sm">
        <Button component={Link} to={`/applications/${encodeURIComponent(debrief.application.id)}`}>
          Back to the application
        </Button>
        <Button component={Link} to="/journal" variant="light">
          Open the journal
        </Button>
        <Anchor component="button" type="button" onClick={onReview} size="sm">
          Review the steps
        </Anchor>
      </Group>
    </Stack>
  );
}
