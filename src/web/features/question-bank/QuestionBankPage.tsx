import { Anchor, Button, Card, List, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMessageQuestion, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { plural } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useToday } from '../settings/api';
import { useQuestionBank } from './api';
import { AddQuestion } from './AddQuestion';
import { filterQuestions, SHOW_OPTIONS, SORT_OPTIONS, TYPE_OPTIONS, type Show, type Sort, type TypeFilter } from './filter';
import { QuestionCard } from './QuestionCard';

function EmptyBank() {
  return (
    <Card padding="xl" withBorder data-testid="question-bank-empty">
      <Stack align="center" gap="xs" ta="center">
        <IconMessageQuestion size={40} aria-hidden />
        <Title order={2} size="h4">
          No questions yet
        </Title>
        <Text size="sm" c="dimmed" maw={520}>
          When an application ends in a no, its debrief asks in the reflection step which interview questions were hard to
          answer. Each one you list lands here, so you can write a better answer, rate how ready you feel and practise it
          before the next interview.
        </Text>
        <List size="sm" c="dimmed" ta="left" maw={520}>
          <List.Item>Mark an application as rejected from its page or the board.</List.Item>
          <List.Item>In the debrief, list the questions you struggled with, one per line.</List.Item>
          <List.Item>Or add your own above, including questions you want to ask them.</List.Item>
        </List>
        <Anchor component={Link} to="/applications" size="sm" mt="xs">
          Go to your applications
        </Anchor>
      </Stack>
    </Card>
  );
}

/** `/questions`: the interview questions the seeker struggled with, to note, rate and practise. */
export function QuestionBankPage() {
  const bank = useQuestionBank();
  const today = useToday();
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<Sort>('newest');
  const [type, setType] = useState<TypeFilter>('any');
  const visible = useMemo(() => filterQuestions(bank.data ?? [], search, show, sort, type), [bank.data, search, show, sort, type]);

  const header = (
    <div>
      <Title order={1}>Question bank</Title>
      <Text c="dimmed" size="sm">
        Interview questions you struggled with, gathered from your debriefs, and your own. Write the answer you wish you
        had given, rate how ready you feel, and practise a little at a time.
      </Text>
    </div>
  );

  if (bank.isPending || bank.isError) {
    return (
      <Stack gap="lg" maw={900}>
        {header}
        {bank.isPending ? <LoadingState label="Loading your question bank" /> : <ErrorState error={bank.error} onRetry={() => void bank.refetch()} />}
      </Stack>
    );
  }
  const total = bank.data.length;

  return (
    <Stack gap="lg" maw={900}>
      {header}
      <AddQuestion />
      {total === 0 ? (
        <EmptyBank />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" role="search" aria-label="Find questions">
            <TextInput
              label="Search"
              placeholder="Question, notes or company"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              type="search"
            />
            <NativeSelect label="Show" data={[...SHOW_OPTIONS]} value={show} onChange={(e) => setShow(e.currentTarget.value as Show)} />
            <NativeSelect label="Type" data={[...TYPE_OPTIONS]} value={type} onChange={(e) => setType(e.currentTarget.value as TypeFilter)} />
            <NativeSelect label="Order" data={[...SORT_OPTIONS]} value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="question-count">
            {visible.length === total ? plural(total, 'question') : `${visible.length} of ${plural(total, 'question')}`}
          </Text>
          {visible.length === 0 ? (
            <Card padding="lg" withBorder>
              <Stack align="center" gap="xs">
                <Text fw={600}>No questions match</Text>
                <Button
                  variant="light"
                  onClick={() => {
                    setSearch('');
                    setShow('all');
                    setType('any');
                  }}
                >
                  Show all questions
                </Button>
              </Stack>
            </Card>
          ) : (
            <Stack gap="md">
              {visible.map((q) => (
                <QuestionCard key={q.id} item={q} today={today} />
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
