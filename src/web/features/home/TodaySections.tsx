import { Anchor, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconCalendarEvent, IconHeartHandshake, IconLeaf } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Home } from '../../../contracts/momentum.js';
import { formatDay } from '../../components/format';
import { agendaItemLink } from '../agenda/item-link';

/** The one next step, chosen with care. */
export function NextStepCard({ step }: { step: Home['nextStep'] }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="next-step-heading" data-testid="next-step" data-kind={step.kind}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
          <IconLeaf size={22} />
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }}>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" id="next-step-heading">
            One next step
          </Text>
          <Title order={2} size="h3">
            {step.title}
          </Title>
          <Text size="sm">{step.text}</Text>
          {step.link ? (
            <Group>
              <Button component={Link} to={step.link.to} rightSection={<IconArrowRight size={16} aria-hidden />}>
                {step.link.label}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}

/** Gentle nudges (each can be switched off in Settings). */
export function Nudges({ nudges }: { nudges: Home['nudges'] }) {
  if (nudges.length === 0) return null;
  return (
    <Stack gap="sm">
      {nudges.map((n) => (
        <Paper key={n.kind} withBorder p="md" component="section" aria-label={n.title} data-testid={`nudge-${n.kind}`}>
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap">
              <IconHeartHandshake size={20} aria-hidden />
              <Title order={2} size="h4">
                {n.title}
              </Title>
            </Group>
            <Text size="sm">{n.message}</Text>
            <List size="sm" spacing={4}>
              {n.steps.map((s) => (
                <List.Item key={s.title}>
                  <Text span fw={600} size="sm">
                    {s.title}:
                  </Text>{' '}
                  {s.text}
                </List.Item>
              ))}
            </List>
            {n.resources.length ? (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  If you need someone now
                </Text>
                {n.resources.map((r) => (
                  <Text size="sm" key={r}>
                    {r}
                  </Text>
                ))}
              </Stack>
            ) : null}
            <Group gap="md">
              <Anchor component={Link} to={n.link.to} size="sm">
                {n.link.label}
              </Anchor>
              <Anchor component={Link} to="/settings#momentum" size="sm" c="dimmed">
                Turn these notes off
              </Anchor>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The agenda from today to a week ahead, from the agenda's rules (switchable on the agenda page). */
export function Agenda({ agenda, count, today }: { agenda: Home['agenda']; count: number; today: string }) {
  const todays = agenda.filter((a) => a.day === today);
  const more = count - agenda.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agenda-heading" data-testid="agenda">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="agenda-heading">
            Your agenda
          </Title>
          <Anchor component={Link} to="/agenda" size="sm">
            Open the agenda
          </Anchor>
        </Group>
        {agenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing due today or in the coming week. Interviews you book, follow-ups, thank-you notes, growth actions and practice show up here when they are due.
          </Text>
        ) : (
          <>
            {todays.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing due today.
              </Text>
            ) : null}
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {agenda.map((a) => {
                const link = agendaItemLink(a);
                return (
                  <Group key={a.key ?? `${a.day}-${a.what}`} component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid="home-agenda-item" data-kind={a.kind ?? undefined}>
                    <IconCalendarEvent size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                    <div>
                      <Text size="sm" fw={600}>
                        {a.day === today ? 'Today' : formatDay(a.day)}
                      </Text>
                      {a.applicationId ? (
                        <Anchor component={Link} to={`/applications/${a.applicationId}`} state={{ from: '/' }} size="sm">
                          {a.what}
                        </Anchor>
                      ) : (
                        <Text size="sm">{a.what}</Text>
                      )}
                      {link ? (
                        <Anchor component={Link} to={link.to} size="xs" display="block">
                          {link.label}
                        </Anchor>
                      ) : null}
                    </div>
                  </Group>
                );
              })}
            </Stack>
            {more > 0 ? (
              <Anchor component={Link} to="/agenda" size="sm" data-testid="agenda-more">
                {more === 1 ? '1 more this week' : `${more} more this week`} in the agenda
              </Anchor>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
