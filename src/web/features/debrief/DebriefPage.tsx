import { Alert, Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../../domain/debrief/reasons.js';
import { errorMessage, isApiError } from '../../api/client';
import { DayInput } from '../../components/DayInput';
import { NotFoundPage } from '../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useApplication } from '../applications/api';
import { useToday } from '../settings/api';
import { useDebrief, useRecordRejection } from './api';
import { DebriefFlow } from './DebriefFlow';
import { useDocumentTitle } from '../../components/use-document-title';

/** Before the debrief: record the rejection (date and channel) when none is recorded yet. */
function RecordRejection({ applicationId, rejected, heardOn }: { applicationId: string; rejected: boolean; heardOn: string | null }) {
  const today = useToday();
  const record = useRecordRejection(applicationId);
  const [date, setDate] = useState<string | null>(heardOn ?? today);
  const [channel, setChannel] = useState<Channel>('email');
  return (
    <Card padding="lg" maw={640}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate({ date: date ?? undefined, channel });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {rejected ? 'Start the debrief' : 'Record the rejection'}
          </Title>
          <Text size="sm">
            {rejected
              ? 'A few steps to help this one land, ask for feedback and keep what is useful. You can stop at any point and come back later; everything you save stays.'
              : 'This marks the application as rejected and opens the debrief. You can stop at any point and come back later.'}
          </Text>
          <Group grow align="flex-start">
            <DayInput label="When did you hear?" value={date} onChange={setDate} maxDate={today} />
            <Select
              label="How did you hear?"
              data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
              value={channel}
              allowDeselect={false}
              onChange={(v) => setChannel(CHANNELS.find((c) => c === v) ?? 'email')}
            />
          </Group>
          {record.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(record.error)}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={record.isPending}>
              Begin
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** `/applications/:id/debrief`: the five-step debrief after a rejection. */
export function DebriefPage() {
  const { id = '' } = useParams();
  const app = useApplication(id);
  const debrief = useDebrief(id);
  useDocumentTitle(app.data ? `Debrief: ${app.data.title} at ${app.data.company}` : null);

  if (app.isPending || debrief.isPending) return <LoadingState label="Loading the debrief" />;
  if (app.isError) {
    if (isApiError(app.error) && app.error.status === 404) return <NotFoundPage what="application" />;
    return <ErrorState error={app.error} onRetry={() => void app.refetch()} />;
  }
  const missing = debrief.isError && isApiError(debrief.error) && debrief.error.status === 404;
  if (debrief.isError && !missing) return <ErrorState error={debrief.error} onRetry={() => void debrief.refetch()} />;

  const a = app.data;
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Anchor component={Link} to={`/applications/${encodeURIComponent(a.id)}`} size="sm">
          ← {a.title} at {a.company}
        </Anchor>
        <Title order={1} mt={4}>
          Debrief
        </Title>
        <Text c="dimmed" size="sm">
          {a.title} at {a.company}
        </Text>
      </div>
      {missing || !debrief.data ? (
        <RecordRejection
          applicationId={a.id}
          rejected={a.status === 'rejected'}
          heardOn={a.status === 'rejected' ? (a.events.filter((e) => e.stage === 'rejected').at(-1)?.occurredOn.slice(0, 10) ?? null) : null}
        />
      ) : (
        <DebriefFlow key={a.id} debrief={debrief.data} application={a} />
      )}
    </Stack>
  );
}
