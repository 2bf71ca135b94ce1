import { ActionIcon, Alert, Badge, Button, Grid, Group, Paper, SegmentedControl, Select, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ClientOverview } from '../../../contracts/coach.js';
import { ACTION_TYPE_LABELS, ACTION_TYPES, type ActionType } from '../../../domain/plan/catalogue.js';
import { errorMessage, isApiError } from '../../api/client';
import { formatInstant, formatInstantDay } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession } from '../account/api';
import { useAddCoachNote, useClientOverview, useClientSection, useCoachNotes, useCoachSuggestions, useDeleteCoachNote, useSuggest } from './api';
import { LocalModeNote } from './CoachPage';
import { BoardView, DebriefsView, InsightsView, JournalView, PlanView } from './ClientSections';

function AccessEnded() {
  return (
    <Stack gap="sm" maw={560}>
      <Title order={1}>Access ended</Title>
      <Text>
        This person no longer shares their job search with you (or this page never existed). Their search is theirs: when they share again, they
        appear on your caseload.
      </Text>
      <Button component={Link} to="/coach" variant="light" style={{ alignSelf: 'flex-start' }}>
        Back to your caseload
      </Button>
    </Stack>
  );
}

const is404 = (e: unknown) => isApiError(e) && e.status === 404;

function Section<T>({ query, render, label }: { query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown }; render: (d: T) => ReactNode; label: string }) {
  if (query.isError) return is404(query.error) ? <Text c="dimmed">Not shared with you any more.</Text> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <LoadingState label={`Loading ${label}`} />;
  return <>{render(query.data)}</>;
}

function NotShared({ name, what }: { name: string; what: string }) {
  return (
    <Text c="dimmed" py="md">
      {name} does not share their {what} with you. Only they can change that.
    </Text>
  );
}

function ClientTabs({ id, client }: { id: string; client: ClientOverview }) {
  const [tab, setTab] = useState<string | null>('board');
  const debriefs = client.scopes.includes('debriefs');
  const journal = client.scopes.includes('journal');
  const board = useClientSection(id, 'board', tab === 'board');
  const insights = useClientSection(id, 'insights', tab === 'insights');
  const debriefList = useClientSection(id, 'debriefs', tab === 'debriefs' && debriefs);
  const plan = useClientSection(id, 'plan', tab === 'plan' && debriefs);
  const entries = useClientSection(id, 'journal', tab === 'journal' && journal);
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="board">Board</Tabs.Tab>
        <Tabs.Tab value="insights">Insights</Tabs.Tab>
        <Tabs.Tab value="debriefs">Debriefs</Tabs.Tab>
        <Tabs.Tab value="plan">Growth plan</Tabs.Tab>
        <Tabs.Tab value="journal">Journal</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="board" pt="md">
        <Section query={board} label="the board" render={(d) => <BoardView board={d} />} />
      </Tabs.Panel>
      <Tabs.Panel value="insights" pt="md">
        <Section query={insights} label="insights" render={(d) => <InsightsView insights={d} />} />
      </Tabs.Panel>
      <Tabs.Panel value="debriefs" pt="md">
        {debriefs ? <Section query={debriefList} label="debriefs" render={(d) => <DebriefsView debriefs={d} />} /> : <NotShared name={client.name} what="debriefs" />}
      </Tabs.Panel>
      <Tabs.Panel value="plan" pt="md">
        {debriefs ? <Section query={plan} label="the growth plan" render={(d) => <PlanView plan={d} />} /> : <NotShared name={client.name} what="growth plan" />}
      </Tabs.Panel>
      <Tabs.Panel value="journal" pt="md">
        {journal ? <Section query={entries} label="the journal" render={(d) => <JournalView journal={d} />} /> : <NotShared name={client.name} what="journal" />}
      </Tabs.Panel>
    </Tabs>
  );
}

function PrivateNotes({ id }: { id: string }) {
  const notes = useCoachNotes(id);
  const add = useAddCoachNote(id);
  const remove = useDeleteCoachNote(id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setError('Write the note first.');
    setError(null);
    add.mutate(body, { onSuccess: () => setBody(''), onError: (err) => setError(errorMessage(err)) });
  };
  const confirmDelete = (noteId: string) =>
    modals.openConfirmModal({
      title: 'Delete this note?',
      children: <Text size="sm">It is removed for good.</Text>,
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(noteId, { onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) }),
    });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notes-heading">
      <Stack gap="sm">
        <Group gap={6}>
          <IconLock size={16} aria-hidden />
          <Title order={2} size="h5" id="notes-heading">
            Private notes
          </Title>
        </Group>
        <Text size="xs" c="dimmed">
          Private to staff: not shown to your client in the app. They are part of your client’s data, so they are included when your client exports it.
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea label="New note" autosize minRows={2} maxRows={6} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={error} />
            <Button type="submit" size="xs" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
              Save the note
            </Button>
          </Stack>
        </form>
        {notes.isPending ? <LoadingState label="Loading notes" /> : null}
        {notes.data?.notes.length === 0 ? <Text size="sm" c="dimmed">No notes yet.</Text> : null}
        {notes.data?.notes.map((n) => (
          <Group key={n.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {n.body}
              </Text>
              <Text size="xs" c="dimmed">
                {formatInstant(n.createdAt)}
              </Text>
            </div>
            <ActionIcon variant="subtle" color="red" aria-label="Delete this note" onClick={() => confirmDelete(n.id)}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function Suggest({ id, name }: { id: string; name: string }) {
  const suggestions = useCoachSuggestions(id);
  const suggest = useSuggest(id);
  const [kind, setKind] = useState<'growth_action' | 'practice_question'>('growth_action');
  const [text, setText] = useState('');
  const [type, setType] = useState<ActionType>('practice');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(kind === 'growth_action' ? 'Describe the action.' : 'Write the question.');
    setError(null);
    suggest.mutate(
      { kind, text, ...(kind === 'growth_action' ? { actionType: type } : {}) },
      {
        onSuccess: () => {
          setText('');
          notifications.show({ color: 'sage', message: `Suggested to ${name}. They can accept or dismiss it.` });
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="suggest-heading">
      <Stack gap="sm">
        <Title order={2} size="h5" id="suggest-heading">
          Suggest
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <SegmentedControl
              aria-label="What to suggest"
              value={kind}
              onChange={(v) => setKind(v === 'practice_question' ? 'practice_question' : 'growth_action')}
              data={[
                { value: 'growth_action', label: 'Growth action' },
                { value: 'practice_question', label: 'Practice question' },
              ]}
            />
            {kind === 'growth_action' ? (
              <Select
                label="Kind of action"
                value={type}
                onChange={(v) => setType((v as ActionType | null) ?? 'other')}
                data={ACTION_TYPES.map((t) => ({ value: t, label: ACTION_TYPE_LABELS[t] }))}
                allowDeselect={false}
              />
            ) : null}
            <TextInput label={kind === 'growth_action' ? 'The action' : 'The question'} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} />
            <Button type="submit" size="xs" loading={suggest.isPending} style={{ alignSelf: 'flex-start' }}>
              Send the suggestion
            </Button>
          </Stack>
        </form>
        {suggestions.data?.suggestions.map((s) => (
          <Group key={s.id} gap="xs" wrap="nowrap">
            <Badge size="sm" variant="light" style={{ flexShrink: 0, overflow: 'visible' }} color={s.status === 'accepted' ? 'green' : s.status === 'dismissed' ? 'gray' : 'blue'}>
              {s.status === 'pending' ? 'waiting' : s.status}
            </Badge>
            <Text size="sm">{s.text}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** One client, as far as they share: board, insights, debriefs, plan, journal; private notes and suggestions beside. */
export function ClientPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const client = useClientOverview(id);
  useDocumentTitle(client.data?.name ?? null);
  if (session.data?.mode !== 'hosted') return <LocalModeNote what="Coaching" />;
  if (client.isError) return is404(client.error) ? <AccessEnded /> : <ErrorState error={client.error} onRetry={() => void client.refetch()} />;
  if (client.isPending) return <LoadingState label="Loading your client" />;
  const c = client.data;
  const goal = c.goals.progress.find((p) => p.kind === 'applications');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm">
          <Link to="/coach">Caseload</Link>
        </Text>
        <Title order={1}>{c.name}</Title>
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Shares: {c.scopes.join(', ')}
            {c.since ? ` · since ${formatInstantDay(c.since)}` : ''}
          </Text>
        </Group>
        <Text size="sm">
          {goal ? `${goal.text} this week.` : 'No weekly application goal set.'}
          {c.goals.streak.current > 0 ? ` Goals met ${c.goals.streak.current} week${c.goals.streak.current === 1 ? '' : 's'} in a row.` : ''}
        </Text>
      </Stack>
      {!c.scopes.includes('journal') ? (
        <Alert color="gray" variant="light">
          Only what {c.name} chose to share is here. Salaries, contact details and message texts are never shared.
        </Alert>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ClientTabs id={id} client={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Suggest id={id} name={c.name} />
            <PrivateNotes id={id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
