import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { useAssignCoach, useCohort, useCohortInsights, useMembers, useOrganisation } from './api';
import { CohortFigures } from './CohortFigures';

function Coaches({ cohortId, orgId }: { cohortId: string; orgId: string }) {
  const cohort = useCohort(cohortId);
  const org = useOrganisation(orgId);
  const admin = org.data?.me.role === 'admin';
  const members = useMembers(orgId, admin);
  const assign = useAssignCoach();
  const [pick, setPick] = useState<string | null>(null);
  if (!cohort.data) return null;
  const assigned = new Set(cohort.data.coaches.map((c) => c.memberId));
  const candidates = (members.data ?? []).filter((m) => m.role === 'coach' && !assigned.has(m.id)).map((m) => ({ value: m.id, label: m.email }));
  const run = (memberId: string, on: boolean) =>
    assign.mutate({ cohortId, memberId, on }, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }), onSuccess: () => setPick(null) });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        Coaches
      </Title>
      {cohort.data.coaches.length === 0 ? (
        <Text size="sm" c="dimmed">
          No coach is assigned to this cohort yet.
        </Text>
      ) : (
        <Group gap="xs">
          {cohort.data.coaches.map((c) => (
            <Badge key={c.memberId} variant="light" size="lg" rightSection={admin ? <Anchor component="button" size="xs" onClick={() => run(c.memberId, false)} aria-label={`Take ${c.email} off this cohort`}>×</Anchor> : null}>
              {c.email}
            </Badge>
          ))}
        </Group>
      )}
      {admin ? (
        <Group mt="sm" align="flex-end" gap="sm">
          <Select label="Assign a coach" placeholder={candidates.length ? 'Choose a coach' : 'No other coach in the organisation'} data={candidates} value={pick} onChange={setPick} disabled={!candidates.length} style={{ flex: '1 1 220px' }} />
          <Button disabled={!pick} onClick={() => pick && run(pick, true)} loading={assign.isPending}>
            Assign
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}

/** /org/cohorts/:id — one cohort: its fields, coaches and figures. */
export function CohortPage() {
  const { id = '' } = useParams();
  const cohort = useCohort(id);
  const [status, setStatus] = useState<string | null>(null);
  const insights = useCohortInsights(id, status ? { status } : {});
  useDocumentTitle(cohort.data ? `Cohort ${cohort.data.name}` : null);
  if (cohort.isPending) return <LoadingState label="Loading the cohort" />;
  if (cohort.isError) return <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />;
  const c = cohort.data;
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to={`/org/${c.organisationId}`} size="sm">
          Back to the organisation
        </Anchor>
        <Title order={1}>{c.name}</Title>
        <Text size="sm" c="dimmed">
          {[c.program, c.location].filter(Boolean).join(' · ') || 'No program or location set'} · {c.members} members, {c.counting} counting in the figures, {c.placed} placed
        </Text>
      </div>
      <Coaches cohortId={id} orgId={c.organisationId} />
      <Group align="flex-end">
        <Select
          label="Members"
          data={[
            { value: 'searching', label: 'Still searching' },
            { value: 'placed', label: 'Placed' },
          ]}
          placeholder="Everyone"
          clearable
          value={status}
          onChange={setStatus}
        />
      </Group>
      {insights.isPending ? <LoadingState label="Counting" /> : insights.isError ? <ErrorState error={insights.error} /> : <CohortFigures data={insights.data} />}
    </Stack>
  );
}
