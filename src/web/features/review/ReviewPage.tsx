import { Anchor, Badge, Button, Group, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Review } from '../../../contracts/momentum.js';
import { GOAL_KINDS, GOAL_LABELS } from '../../../domain/momentum/goals.js';
import { addDays, isValidIsoDate } from '../../../domain/time.js';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { formatDay } from '../../components/format';
import { useDocumentTitle } from '../../components/use-document-title';
import { NotFoundPage } from '../../components/NotFoundPage';
import { useReview } from '../home/api';
import { useToday } from '../settings/api';
import classes from '../../components/printable.module.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} className={classes.section} data-testid={`review-${id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

function ActivityTable({ r }: { r: Review }) {
  return (
    <Table data-testid="review-figures" striped={false} withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Activity</Table.Th>
          <Table.Th scope="col" ta="right">
            Done
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Goal
          </Table.Th>
          <Table.Th scope="col">Progress</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {GOAL_KINDS.map((k) => {
          const goal = r.goals.find((g) => g.kind === k);
          return (
            <Table.Tr key={k}>
              <Table.Th scope="row" fw={500}>
                {GOAL_LABELS[k].label}
              </Table.Th>
              <Table.Td ta="right">{r.activity[k]}</Table.Td>
              <Table.Td ta="right">{goal ? goal.target : '–'}</Table.Td>
              <Table.Td miw={120}>
                {goal ? (
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={goal.percent} color={goal.met ? 'teal' : 'sage'} style={{ flex: 1 }} aria-label={`${goal.label}: ${goal.text}`} />
                    {goal.met ? <Badge color="teal" variant="light">met</Badge> : <Text size="xs">{goal.percent}%</Text>}
                  </Group>
                ) : (
                  <Text size="xs" c="dimmed">
                    no goal
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function ReviewBody({ r }: { r: Review }) {
  return (
    <>
      <Section id="activity" title="Activity against goals">
        <ActivityTable r={r} />
      </Section>
      <Section id="wins" title="Wins">
        {r.wins.length === 0 ? (
          <Empty>No wins recorded this week. Showing up still counts.</Empty>
        ) : (
          <List size="sm" spacing={4}>
            {r.wins.map((w) => (
              <List.Item key={`${w.occurredOn}-${w.title}`}>
                <Text span fw={600} size="sm">
                  {w.title}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  ({formatDay(w.occurredOn)}){w.note ? ` · ${w.note}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="rejections" title="Rejections and their lessons">
        {r.rejections.length === 0 ? (
          <Empty>No rejections this week.</Empty>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {r.rejections.map((x) => (
              <li key={x.applicationId}>
                <Anchor component={Link} to={`/applications/${x.applicationId}/debrief`} fw={600} size="sm">
                  {x.title} at {x.company}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatDay(x.day)}
                  {x.reasons.length ? ` · ${x.reasons.join(', ')}` : ''}
                </Text>
                <Text size="sm">
                  {x.lessons.length ? `Lessons: ${x.lessons.join(', ')}` : 'Lessons: not written yet. The debrief is waiting whenever you are ready.'}
                </Text>
                {x.note ? <Text size="sm">{x.note}</Text> : null}
              </li>
            ))}
          </Stack>
        )}
      </Section>
      <Section id="feedback" title="Feedback received">
        {r.feedback.length === 0 ? (
          <Empty>No feedback came in this week.</Empty>
        ) : (
          <Stack gap="xs">
            {r.feedback.map((f) => (
              <div key={f.applicationId}>
                <Text size="sm" fw={600}>
                  {f.company} ({formatDay(f.receivedOn)})
                </Text>
                {f.text ? <Text size="sm">“{f.text}”</Text> : null}
              </div>
            ))}
          </Stack>
        )}
      </Section>
      <Section id="changes" title="Changes in your insights">
        {r.changes.length === 0 ? (
          <Empty>No step changed enough to mention since the week before.</Empty>
        ) : (
          <List size="sm" spacing={4}>
            {r.changes.map((c) => (
              <List.Item key={c.step}>{c.text}</List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="agenda" title={`Next week’s agenda (${r.nextWeek.label})`}>
        {r.agenda.length === 0 ? (
          <Empty>Nothing booked yet for next week.</Empty>
        ) : (
          <List size="sm" spacing={4}>
            {r.agenda.map((a) => (
              <List.Item key={`${a.day}-${a.what}`}>
                <Text span fw={600} size="sm">
                  {formatDay(a.day)}
                </Text>
                : {a.what}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </>
  );
}

/** The weekly review of the week holding the day in the address; prints as a clean PDF. */
export function ReviewPage() {
  const { week = '' } = useParams();
  const valid = isValidIsoDate(week);
  const review = useReview(valid ? week : '');
  // "Week after" only for a week that has begun in the seeker's time zone (the server refuses the others).
  const today = useToday();
  useDocumentTitle(review.data ? `Weekly review, ${review.data.week.label}` : null);
  if (!valid) return <NotFoundPage what="week" />;
  return (
    <Stack gap="lg" className={classes.page}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Weekly review</Title>
          <Text c="dimmed">{review.data ? review.data.week.label : 'Loading the week'}</Text>
        </div>
        {review.data ? (
          <Group gap="xs" data-no-print>
            <Button component={Link} to={`/review/${addDays(review.data.week.start, -7)}`} variant="default" size="compact-md" leftSection={<IconChevronLeft size={16} aria-hidden />}>
              Week before
            </Button>
            {addDays(review.data.week.start, 7) > today ? null : <Button component={Link} to={`/review/${addDays(review.data.week.start, 7)}`} variant="default" size="compact-md" rightSection={<IconChevronRight size={16} aria-hidden />}>
              Week after
            </Button>}
            <Button onClick={() => window.print()} size="compact-md" leftSection={<IconPrinter size={16} aria-hidden />}>
              Print or save as PDF
            </Button>
          </Group>
        ) : null}
      </Group>
      {review.isPending ? <LoadingState label="Loading the review" /> : null}
      {review.isError ? <ErrorState error={review.error} onRetry={() => void review.refetch()} /> : null}
      {review.data ? <ReviewBody r={review.data} /> : null}
    </Stack>
  );
}
