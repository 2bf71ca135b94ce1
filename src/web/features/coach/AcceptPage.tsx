import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { RETURN_KEY } from '../account/AuthGate';
import { errorMessage } from '../../api/client';
import { useSession } from '../account/api';
import { useAcceptInvitation } from './api';
import { LocalModeNote } from './CoachPage';

/** The link in a seeker's invitation: the signed-in coach accepts, and the client joins the caseload. */
export function AcceptPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  useEffect(() => sessionStorage.removeItem(RETURN_KEY), []);
  if (session.data?.mode !== 'hosted') return <LocalModeNote what="Coaching" />;
  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>Follow someone’s job search</Title>
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm">
          <Text>
            Someone invited you, as {session.data.account?.email}, to follow their job search as their coach. You will see what they chose to share
            and nothing else; they can change it or stop at any time, and they see what you open.
          </Text>
          {!token ? (
            <Alert color="red" role="alert">
              This link has no invitation in it. Open the link from the message again, or ask for a new one.
            </Alert>
          ) : null}
          {accept.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(accept.error)}
            </Alert>
          ) : null}
          <Button
            disabled={!token}
            loading={accept.isPending}
            onClick={() => accept.mutate(token, { onSuccess: (r) => void navigate(`/coach/clients/${r.clientId}`, { replace: true }) })}
            style={{ alignSelf: 'flex-start' }}
          >
            Accept the invitation
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
