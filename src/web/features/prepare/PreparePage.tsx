import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Preparation } from '../../../contracts/prepare.js';
import { STAGE_REACHED_LABELS } from '../../../domain/debrief/stage-reached.js';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS } from '../../../domain/plan/catalogue.js';
import { QUESTION_KIND_LABELS } from '../../../domain/practice/question-kinds.js';
import { isApiError } from '../../api/client';
import { formatDay, plural } from '../../components/format';
import { NotFoundPage } from '../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePreparation } from './api';
import printable from '../../components/printable.module.css';
import classes from './prepare.module.css';

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`prep-${id}`} className={printable.section} data-testid={`prep-${id}`}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={`prep-${id}`}>
            {title}
          </Title>
          {intro ? (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function StoryRefs({ stories }: { stories: { id: string; title: string }[] }) {
  if (stories.length === 0) return null;
  return (
    <Text size="sm">
      Stories that fit: {stories.map((s) => s.title).join(', ')}
    </Text>
  );
}

function Questions({ p, stageWords }: { p: Preparation; stageWords: string }) {
  return (
    <Section id="questions" title="Questions you met before" intro={p.stage ? `Asked at the ${stageWords} stage in earlier processes, the shakiest first.` : 'From every stage, the shakiest first.'}>
      {p.questions.length === 0 ? (
        <Empty>
          None yet. Questions you found hard, noted in a debrief, land here; you can also add your own in the <Anchor component={Link} to="/questions" underline="always">question bank</Anchor>.
        </Empty>
      ) : (
        <Stack gap="sm" component="ol" style={{ margin: 0, paddingLeft: 20 }}>
          {p.questions.map((q) => (
            <li key={q.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {q.question}
                  </Text>
                  {q.kind ? <Badge size="sm" variant="light" tt="none">{QUESTION_KIND_LABELS[q.kind]}</Badge> : null}
                  {q.selfRating ? <Badge size="sm" variant="outline" color="gray" tt="none">Your rating {q.selfRating}/5</Badge> : null}
                </Group>
                {q.company ? <Text size="xs" c="dimmed">Met at {q.company}</Text> : null}
                {q.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{q.notes}</Text> : <Text size="sm" c="dimmed">No notes yet: a line on a better answer helps.</Text>}
                <StoryRefs stories={q.stories} />
              </Stack>
            </li>
          ))}
        </Stack>
      )}
      <Group gap="md" data-no-print>
        <Anchor component={Link} to="/practice" size="sm">Practise them now</Anchor>
        <Anchor component={Link} to="/questions" size="sm">Open the question bank</Anchor>
      </Group>
    </Section>
  );
}

function Stories({ p }: { p: Preparation }) {
  return (
    <Section id="stories" title="Stories to have ready" intro="Situation, task, action, result, and what you learned: the ones that answer the questions and themes above.">
      {p.stories.length === 0 ? (
        <Empty>
          No story is linked to these questions or themes yet. In the <Anchor component={Link} to="/stories" underline="always">story bank</Anchor>, link a story to a question and it shows here.
        </Empty>
      ) : (
        p.stories.map((s) => (
          <Stack key={s.id} gap={4}>
            <Text fw={600}>{s.title}</Text>
            <Text size="xs" c="dimmed">For: {s.fits.join(' · ')}</Text>
            <dl className={classes.story} style={{ margin: 0 }}>
              {(
                [
                  ['Situation', s.situation],
                  ['Task', s.task],
                  ['Action', s.action],
                  ['Result', s.result],
                  ['What you learned', s.learned],
                ] as const
              )
                .filter(([, text]) => text)
                .map(([label, text]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{text}</dd>
                  </div>
                ))}
            </dl>
          </Stack>
        ))
      )}
    </Section>
  );
}

/** A printable page to prepare for the interview booked on an application (or general preparation). */
export function PreparePage() {
  const { id = '' } = useParams();
  const prep = usePreparation(id);
  useDocumentTitle(prep.data ? `Prepare: ${prep.data.application.company}` : null);
  if (prep.isPending) return <LoadingState label="Gathering your preparation" />;
  if (prep.isError) return isApiError(prep.error) && prep.error.status === 404 ? <NotFoundPage what="application" /> : <ErrorState error={prep.error} onRetry={() => void prep.refetch()} />;
  const p = prep.data;
  const stageWords = p.stage ? STAGE_REACHED_LABELS[p.stage].toLowerCase() : 'any';
  return (
    <Stack gap="lg" className={printable.page} maw={900} data-testid="prepare-page">
      <Anchor component={Link} to={`/applications/${p.application.id}`} size="sm" data-no-print>
        ← {p.application.company}, {p.application.title}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Prepare for {p.application.company}</Title>
          <Text c="dimmed">{p.application.title}</Text>
        </div>
        <Button onClick={() => window.print()} size="compact-md" leftSection={<IconPrinter size={16} aria-hidden />} data-no-print>
          Print or save as PDF
        </Button>
      </Group>
      {p.booked ? (
        <Alert icon={<IconCalendarEvent size={20} aria-hidden />} color="sage" title={`${STAGE_REACHED_LABELS[p.booked.stage]} on ${formatDay(p.booked.day)}`} data-testid="prep-booked">
          {p.summary}
          {p.booked.people.length > 0 ? ` You will meet ${p.booked.people.map((x) => x.name).join(', ')}.` : ''}
        </Alert>
      ) : (
        <Alert color="gray" title="No interview booked yet" data-testid="prep-not-booked">
          {p.summary}
        </Alert>
      )}

      <Section id="research" title="Research the company" intro="A few minutes on each; write a line or two.">
        <Stack gap="sm" component="ol" style={{ margin: 0, paddingLeft: 20 }}>
          {p.research.map((r) => (
            <li key={r.id}>
              <Text fw={600} size="sm">{r.prompt}</Text>
              <Text size="sm" c="dimmed">{r.help}</Text>
              <span className={classes.writeIn} aria-hidden />
            </li>
          ))}
        </Stack>
      </Section>

      <Questions p={p} stageWords={stageWords} />

      <Section id="themes" title="Keep in mind" intro={p.stage ? `What earlier rejections at the ${stageWords} stage pointed to.` : 'What your earlier rejections pointed to.'}>
        {p.themes.length === 0 ? (
          <Empty>No theme from earlier rejections{p.stage ? ' at this stage' : ''}. Nothing to carry in but your preparation.</Empty>
        ) : (
          <List size="sm" spacing={6}>
            {p.themes.map((t) => (
              <List.Item key={t.slug}>
                <Text span fw={600} size="sm">{t.label}</Text>{' '}
                <Text span size="sm" c="dimmed">
                  raised in {plural(t.count, 'rejection')}, last on {formatDay(t.lastOn)}
                </Text>
                <StoryRefs stories={t.stories} />
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Stories p={p} />

      <Section id="ask" title="Questions to ask them" intro="Two or three are plenty. Pick the ones you really want answered.">
        {p.toAsk.own.length > 0 ? (
          <List size="sm" spacing={4} data-testid="prep-ask-own">
            {p.toAsk.own.map((q) => <List.Item key={q.id}>{q.question}</List.Item>)}
          </List>
        ) : null}
        <Text size="sm" fw={600}>{p.toAsk.own.length > 0 ? 'More ideas' : 'Some ideas'}</Text>
        <List size="sm" spacing={4}>
          {p.toAsk.suggested.map((q) => <List.Item key={q}>{q}</List.Item>)}
        </List>
        <Anchor component={Link} to="/questions" size="sm" data-no-print>
          Write your own questions to ask in the question bank
        </Anchor>
      </Section>

      <Section id="actions" title="Your growth actions for this stage" intro={p.stage ? `From your plan, the actions aimed at the ${stageWords} stage.` : 'From your plan, the actions still open.'}>
        {p.actions.length === 0 ? (
          <Empty>
            None aimed here. The <Anchor component={Link} to="/plan" underline="always">growth plan</Anchor> turns recurring themes into actions.
          </Empty>
        ) : (
          <List size="sm" spacing={6}>
            {p.actions.map((a) => (
              <List.Item key={a.id}>
                <Text span fw={600} size="sm">{a.title}</Text>{' '}
                <Text span size="sm" c={a.overdue ? 'orange.8' : 'dimmed'}>
                  {ACTION_TYPE_LABELS[a.type]} · {ACTION_STATUS_LABELS[a.status]}
                  {a.status === 'done' && a.doneOn ? ` on ${formatDay(a.doneOn)}` : a.dueOn ? ` · due ${formatDay(a.dueOn)}${a.overdue ? ' (overdue)' : ''}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
