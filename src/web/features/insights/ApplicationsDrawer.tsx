import { Anchor, Drawer, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { InsightFilterInput } from '../../../contracts/insights.js';
import { formatDay } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { StageBadge } from '../../components/StageBadge';
import { useApplicationsBehind } from './api';

export interface Behind {
  title: string;
  filter: InsightFilterInput;
}

/** The applications behind a figure, listed in a drawer with links to each one. */
export function ApplicationsDrawer({ behind, onClose }: { behind: Behind | null; onClose: () => void }) {
  const query = useApplicationsBehind(behind?.filter ?? null);
  const data = query.data;
  return (
    <Drawer opened={behind !== null} onClose={onClose} position="right" size="md" title={behind?.title ?? ''}
      closeButtonProps={{ 'aria-label': 'Close the list' }} data-testid="insight-applications">
      {query.isLoading ? <LoadingState label="Loading applications" /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {data.total === 0 ? 'No applications.' : `${data.total} application${data.total === 1 ? '' : 's'}`}
            {data.total > data.items.length ? ` — the ${data.items.length} most recent shown.` : '.'}
          </Text>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.items.map((a) => (
              <li key={a.id}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/applications/${a.id}`} fw={500}>
                      {a.title}
                    </Anchor>
                    <Text size="sm" c="dimmed" truncate>
                      {a.company} · applied {formatDay(a.appliedOn)}
                    </Text>
                  </div>
                  <StageBadge stage={a.status} variant="light" />
                </Group>
              </li>
            ))}
          </Stack>
        </Stack>
      ) : null}
    </Drawer>
  );
}
