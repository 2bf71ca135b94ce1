import { Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useConsent, useLeave, useMemberships } from './api';

const ROLE_LABELS: Record<string, string> = { admin: 'Admin', coach: 'Coach', analyst: 'Analyst', member: 'Member' };

/** Your organisations and, for each, whether your data counts in its cohort figures: switchable at any time. */
export function MembershipsSection({ manageLinks = true }: { manageLinks?: boolean }) {
  const memberships = useMemberships();
  const consent = useConsent();
  const leave = useLeave();
  if (memberships.isPending) return <LoadingState label="Loading your organisations" />;
  if (memberships.isError) return <ErrorState error={memberships.error} onRetry={() => void memberships.refetch()} />;
  if (memberships.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        You are not part of an organisation. When a career centre or coaching programme invites you, its invitation link brings you here.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {memberships.data.map((m) => (
        <Paper key={m.id} withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <div>
              <Text fw={600}>{m.organisationName}</Text>
              <Text size="sm" c="dimmed">
                {ROLE_LABELS[m.role]}
                {m.cohortName ? ` · ${m.cohortName}` : ''}
              </Text>
            </div>
            <Group gap="xs">
              {manageLinks && m.role !== 'member' ? (
                <Button component={Link} to={`/org/${m.organisationId}`} size="compact-sm" variant="light">
                  Open
                </Button>
              ) : null}
              {m.role !== 'admin' ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    modals.openConfirmModal({
                      title: `Leave ${m.organisationName}?`,
                      children: <Text size="sm">Your own data stays yours. To join again you will need a new invitation.</Text>,
                      labels: { confirm: 'Leave', cancel: 'Stay' },
                      confirmProps: { color: 'red' },
                      onConfirm: () => leave.mutate(m.id, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) }),
                    })
                  }
                >
                  Leave
                </Button>
              ) : null}
            </Group>
          </Group>
          {m.role === 'member' ? (
            <Switch
              mt="sm"
              checked={m.countsInAggregates}
              onChange={(e) =>
                consent.mutate(
                  { id: m.id, counts: e.currentTarget.checked },
                  {
                    onSuccess: (r) =>
                      notifications.show({ color: 'sage', message: r.countsInAggregates ? 'Your data counts in the cohort figures again.' : 'Your data no longer counts in the cohort figures.' }),
                    onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
                  },
                )
              }
              label="Count my data in the cohort's figures"
              description="Only ever summed with others, never shown for fewer than 5 people. Staff do not see your applications through this."
            />
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
