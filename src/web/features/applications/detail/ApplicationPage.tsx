import { Grid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../../components/QueryState';
import { useApplication } from '../api';
import { ApplicationHeader } from './ApplicationHeader';
import { EditForm } from './EditForm';
import { Timeline } from './Timeline';
import { DebriefPanel } from '../../debrief/DebriefPanel';
import { useDocumentTitle } from '../../../components/use-document-title';

export function ApplicationPage() {
  const { id = '' } = useParams();
  const query = useApplication(id);
  useDocumentTitle(query.data ? `${query.data.title} at ${query.data.company}` : null);

  if (query.isPending) return <LoadingState label="Loading the application" />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage what="application" />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const app = query.data;

  return (
    <Stack gap="lg" maw={1200}>
      <ApplicationHeader app={app} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <EditForm key={app.id} app={app} reload={async () => (await query.refetch()).data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <DebriefPanel app={app} />
            <Timeline app={app} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
