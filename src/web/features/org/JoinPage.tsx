import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession } from '../account/api';
import { RETURN_KEY } from '../account/invitation-return';
import { useJoin, usePreviewJoin } from './api';
import { OrgLocalNote } from './OrgLocalNote';

const ROLE_TEXT: Record<string, string> = {
  member: 'as a member',
  coach: 'as a coach',
  analyst: 'as an analyst (figures only)',
  admin: 'as an admin',
};

/** /org/join?token=…: what the invitation is, the choice of counting in the figures, and joining. */
export function JoinPage() {
  useDocumentTitle('Join an organisation');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = usePreviewJoin(token);
  const join = useJoin();
  const [counts, setCounts] = useState(true);
  const session = useSession();
  useEffect(() => sessionStorage.removeItem(RETURN_KEY), []);

  if (session.data && session.data.mode !== 'hosted') return <OrgLocalNote />;
  if (!token) return <Alert color="gray" title="No invitation here">Open the link from your invitation message to join.</Alert>;
  // Joined: the invitation may now be used up (one made for an address), so the preview would no longer read.
  if (join.isSuccess) return <Joined organisationName={join.data.organisationName} />;
  if (preview.isPending) return <LoadingState label="Reading the invitation" />;
  if (preview.isError) return <ErrorState error={preview.error} />;
  const p = preview.data;
  if (p.alreadyMember) return <Joined organisationName={p.organisationName} />;
  return (
    <Paper withBorder p="lg" radius="md" maw={620}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {p.organisationName} invites you
        </Title>
        <Text>
          You are invited {ROLE_TEXT[p.role] ?? ''}
          {p.cohortName ? `, in the cohort ${p.cohortName}` : ''}.
        </Text>
        {p.role === 'member' ? (
          <Checkbox
            checked={counts}
            onChange={(e) => setCounts(e.currentTarget.checked)}
            label="Count my data in the cohort's figures"
            description="Your applications are added to the cohort's totals (funnel, reply times, employers). Figures are never shown for fewer than 5 people, and staff do not see your applications through them. You can switch this off at any time in Settings."
          />
        ) : null}
        {join.isError ? <Alert color="red">{errorMessage(join.error)}</Alert> : null}
        <Button onClick={() => join.mutate({ token, countInAggregates: p.role === 'member' && counts })} loading={join.isPending}>
          Join {p.organisationName}
        </Button>
      </Stack>
    </Paper>
  );
}

function Joined({ organisationName }: { organisationName: string }) {
  return (
    <Alert color="sage" title={`You are part of ${organisationName}`}>
      <Text size="sm">You can change whether your data counts, or leave, at any time in Settings.</Text>
      <Button component={Link} to="/org" mt="sm" size="compact-sm" variant="light">
        See your organisations
      </Button>
    </Alert>
  );
}
