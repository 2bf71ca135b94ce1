import { Grid, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../../components/QueryState';
import { useApplication } from '../api';
import { ApplicationHeader } from './ApplicationHeader';
import { DetailsView } from './DetailsView';
import { EditForm } from './EditForm';
import { Timeline } from './Timeline';
import { DebriefPanel } from '../../debrief/DebriefPanel';
import { PeoplePanel } from '../../contacts/PeoplePanel';
import { useDocumentTitle } from '../../../components/use-document-title';

export function ApplicationPage() {
  const { id = '' } = useParams();
  const query = useApplication(id);
  useDocumentTitle(query.data ? `${query.data.title} at ${query.data.company}` : null);
  const [editing, setEditing] = useState<string | null>(null);
  // "e" opens the edit form (listed in the shortcuts help).
  useHotkeys([['e', () => setEditing(id)]]);

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
        <Grid.Col span={{ base: 12, md: 7 }}>
          {editing === app.id ? (
            <EditForm key={app.id} app={app} reload={async () => (await query.refetch()).data} onDone={() => setEditing(null)} />
          ) : (
            <DetailsView app={app} onEdit={() => setEditing(app.id)} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <DebriefPanel app={app} />
            <PeoplePanel applicationId={app.id} company={app.company} />
            <Timeline app={app} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
