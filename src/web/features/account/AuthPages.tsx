import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../components/use-document-title';
import { Logo } from '../shell/Logo';
import { authCall, sessionKey, useSession } from './api';
import { pendingInvitationToken } from './invitation-return';

function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder radius="lg" p="xl" w="100%" maw={420}>
        <Stack gap="md">
          <Logo />
          <Title order={1} size="h2">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

function useFormState() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

const ErrorAlert = ({ error }: { error: string | null }) =>
  error ? (
    <Alert color="red" role="alert">
      {error}
    </Alert>
  ) : null;

export function SignInPage() {
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [forgot, setForgot] = useState(false);
  const [resetSent, setResetSent] = useState(false);
  const { error, busy, run } = useFormState();
  const [invited] = useState(pendingInvitationToken);

  const signIn = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await authCall('/sign-in/email', { email, password });
      await qc.invalidateQueries({ queryKey: sessionKey });
    });
  };
  const askReset = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await authCall('/request-password-reset', { email, redirectTo: '/reset-password' });
      setResetSent(true);
    });
  };

  if (forgot) {
    return (
      <AuthCard title="Choose a new password">
        {resetSent ? (
          <Alert color="sage" role="status">
            If an account uses {email}, a link to choose a new password is on its way. It works for one hour. No mail after a few minutes? The person who runs this Debrief can pass the link on.
          </Alert>
        ) : (
          <form onSubmit={askReset} noValidate>
            <Stack gap="sm">
              <Text size="sm">Enter the address you signed up with; we will send a link to choose a new password.</Text>
              <ErrorAlert error={error} />
              <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
              <Button type="submit" loading={busy}>
                Send the link
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component="button" type="button" size="sm" onClick={() => setForgot(false)}>
          Back to sign in
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Sign in to Debrief">
      {invited ? (
        <Alert color="blue" role="status">
          You were invited. Sign in to see the invitation, or, if you have no account here yet,{' '}
          <Anchor component={Link} to={`/sign-up?invitation=${encodeURIComponent(invited)}`} underline="always">
            create one with the address it was sent to
          </Anchor>
          .
        </Alert>
      ) : null}
      {params.get('verified') !== null ? (
        <Alert color="sage" role="status">
          Your address is confirmed. Welcome, sign in to start.
        </Alert>
      ) : null}
      {params.get('reset') !== null ? (
        <Alert color="sage" role="status">
          Your new password is saved. Sign in with it.
        </Alert>
      ) : null}
      <form onSubmit={signIn} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Anchor component="button" type="button" size="sm" onClick={() => setForgot(true)}>
        Forgot your password?
      </Anchor>
      <Text size="sm">
        New here?{' '}
        <Anchor component={Link} to={invited ? `/sign-up?invitation=${encodeURIComponent(invited)}` : '/sign-up'} underline="always">
          Create an account
        </Anchor>
      </Text>
    </AuthCard>
  );
}

export function SignUpPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const invitation = params.get('invitation') ?? pendingInvitationToken() ?? undefined;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { error, busy, run } = useFormState();
  const min = session.data?.minPasswordLength ?? 10;
  const policy = session.data?.signup;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < min) {
      setFieldError(`Use at least ${min} characters; a short sentence works well.`);
      return;
    }
    setFieldError(null);
    void run(async () => {
      await authCall('/sign-up/email', { name: name || email, email, password, callbackURL: '/sign-in?verified', ...(invitation ? { invitation } : {}) });
      setDone(true);
    });
  };

  if (done) {
    return (
      <AuthCard title="Almost there">
        <Alert color="sage" role="status">
          {session.data?.mail
            ? `We sent a message to ${email}. Open the link in it to confirm your address, then sign in.`
            : 'Your account is ready. Sign in with your email and password.'}
        </Alert>
        <Button component={Link} to="/sign-in">
          Go to sign in
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Create your account">
      {policy === 'closed' ? (
        <Alert color="yellow">New accounts are not open here. Ask the person who runs this Debrief.</Alert>
      ) : policy === 'invite' && !invitation ? (
        <Alert color="yellow">This Debrief welcomes new accounts by invitation. Open the link from your invitation to sign up.</Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <TextInput label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput
            label="Password"
            description={`At least ${min} characters`}
            autoComplete="new-password"
            required
            value={password}
            error={fieldError}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            Create my account
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in" underline="always">
          Sign in
        </Anchor>
      </Text>
    </AuthCard>
  );
}

export function ResetPasswordPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { error, busy, run } = useFormState();
  const min = session.data?.minPasswordLength ?? 10;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < min) {
      setFieldError(`Use at least ${min} characters.`);
      return;
    }
    setFieldError(null);
    void run(async () => {
      await authCall('/reset-password', { token, newPassword: password });
      await navigate('/sign-in?reset');
    });
  };

  return (
    <AuthCard title="Choose a new password">
      {token ? null : <Alert color="yellow">This page needs the link from your message. Ask for a new one from the sign-in page.</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <PasswordInput
            label="New password"
            description={`At least ${min} characters. Signing in with it ends your other sessions.`}
            autoComplete="new-password"
            required
            value={password}
            error={fieldError}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} disabled={!token}>
            Save my new password
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign in
      </Anchor>
    </AuthCard>
  );
}
