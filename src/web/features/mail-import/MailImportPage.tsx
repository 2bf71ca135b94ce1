import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInbox, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Job } from '../../../contracts/jobs.js';
import { Link, useNavigate } from 'react-router';
import type { MailImportSummary, MailProposal, ProposalAccept } from '../../../contracts/mail.js';
import { errorMessage } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { debriefPath } from '../applications/on-rejected';
import { useSettings, useUpdateSettings } from '../settings/api';
import { isActive, useLatestJob } from '../jobs/api';
import { useAcceptProposal, useDismissProposal, useImportMailbox, useProposals, useRefreshQueue, type UploadPhase } from './api';
import { EditProposalModal } from './EditProposalModal';
import { ImportSummary } from './ImportSummary';
import { ProposalCard } from './ProposalCard';

function ProgressLine({ label, value, active }: { label: string; value: number; active: boolean }) {
  return (
    <Stack gap={4}>
      <Text size="sm" id="upload-progress-label">
        {label}
      </Text>
      <Progress.Root>
        {/* the section is the element with role="progressbar": it carries the name */}
        <Progress.Section value={value} aria-labelledby="upload-progress-label" striped={active} animated={active} />
      </Progress.Root>
    </Stack>
  );
}

function UploadProgress({ phase }: { phase: UploadPhase }) {
  if (phase.phase === 'uploading') {
    const pct = phase.total > 0 ? Math.round((phase.sent / phase.total) * 100) : 0;
    return <ProgressLine label={`Uploading… ${pct}%`} value={pct} active />;
  }
  if (phase.phase === 'waiting') {
    return <ProgressLine label="Uploaded. Waiting for the import to start…" value={0} active />;
  }
  if (phase.phase === 'reading') {
    const pct = phase.totalBytes > 0 ? Math.min(99, Math.floor((phase.bytes / phase.totalBytes) * 100)) : 0;
    return <ProgressLine label={`Read ${phase.read.toLocaleString('en')} messages — ${pct}%`} value={pct} active />;
  }
  if (phase.phase === 'done') {
    return <ProgressLine label={`Read ${phase.read.toLocaleString('en')} ${phase.read === 1 ? 'message' : 'messages'} — 100%`} value={100} active={false} />;
  }
  return null;
}

/** Hosted mode: the mailbox is imported by a worker; its progress, read from the job. */
function jobPhase(job: Job): UploadPhase | null {
  if (job.state === 'queued') return { phase: 'waiting' };
  if (job.state === 'running') return { phase: 'reading', read: job.progress?.read ?? 0, bytes: job.progress?.bytes ?? 0, totalBytes: job.progress?.totalBytes ?? 0 };
  return null;
}

export function MailImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<UploadPhase>({ phase: 'idle' });
  const [summary, setSummary] = useState<MailImportSummary | null>(null);
  const [editing, setEditing] = useState<MailProposal | null>(null);
  const navigate = useNavigate();
  const upload = useImportMailbox(setPhase);
  const proposals = useProposals();
  const accept = useAcceptProposal();
  const dismiss = useDismissProposal();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const qc = useQueryClient();
  const refreshQueue = useRefreshQueue();
  // The job this page follows: one it started, or one still under way when the page was (re)loaded.
  const latest = useLatestJob('mail_import');
  const [followed, setFollowed] = useState<string | null>(null);
  const [jobError, setJobError] = useState<string | null>(null);
  const job = latest.data ?? null;
  useEffect(() => {
    if (!job) return;
    if (isActive(job)) {
      if (followed !== job.id) setFollowed(job.id);
      return;
    }
    if (followed !== job.id) return;
    setFollowed(null);
    if (job.state === 'done' && job.result?.kind === 'mail_import') {
      setSummary(job.result.summary);
      setPhase({ phase: 'done', read: job.result.summary.read });
    } else if (job.state === 'failed') {
      setJobError(job.error ?? 'The import did not finish. Please try again.');
    }
    void refreshQueue();
  }, [job, followed, refreshQueue]);
  const working = job && isActive(job) ? jobPhase(job) : null;

  const start = () => {
    if (!file) return;
    setSummary(null);
    setJobError(null);
    upload.mutate(file, {
      onSuccess: (outcome) => {
        if ('summary' in outcome) return setSummary(outcome.summary);
        setFollowed(outcome.job.id);
        qc.setQueryData(['jobs', 'mail_import', 'latest'], outcome.job);
      },
    });
  };
  const doAccept = (p: MailProposal, edits?: ProposalAccept) =>
    accept.mutate(
      { id: p.id, edits },
      {
        onSuccess: (d) => {
          setEditing(null);
          const a = d.proposal.application;
          const rejected = (edits?.stage ?? p.stage) === 'rejected' && d.applicationId;
          notifications.show({
            message: rejected ? (
              <>
                {a ? `${a.title} at ${a.company}: rejection recorded with the message. ` : 'Rejection recorded with the message. '}
                {/* toasts render outside the router: navigate from here rather than with a Link */}
                <Anchor component="button" type="button" onClick={() => void navigate(debriefPath(d.applicationId ?? ''))}>
                  Open the debrief
                </Anchor>
              </>
            ) : a ? (
              `${a.title} at ${a.company}: done.`
            ) : (
              'Accepted.'
            ),
          });
        },
        onError: (e) => notifications.show({ title: 'Not accepted', message: errorMessage(e), color: 'red' }),
      },
    );
  const doDismiss = (p: MailProposal) =>
    dismiss.mutate(p.id, { onError: (e) => notifications.show({ title: 'Not dismissed', message: errorMessage(e), color: 'red' }) });

  const busy = upload.isPending || working !== null;
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>Import mail</Title>
      <Text>
        Upload a mailbox export (<code>.mbox</code>, e.g. from Google Takeout or Thunderbird) or a single <code>.eml</code> message. Debrief reads
        every message, matches it to your applications and proposes what happened. Nothing changes until you accept.
      </Text>
      <Text size="sm">
        Rather not export? <Anchor component={Link} to="/settings#mailbox-heading" underline="always">Connect your mailbox</Anchor> and Debrief reads new mail by itself (read-only).
      </Text>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="upload-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="upload-title">
            Upload
          </Title>
          <FileInput
            label="Mailbox file"
            description=".mbox or .eml, up to 1 GB"
            placeholder="Choose a file"
            accept=".mbox,.eml,.mbx,application/mbox,message/rfc822"
            value={file}
            onChange={setFile}
            clearable
            disabled={busy}
            leftSection={<IconInbox size={18} aria-hidden />}
          />
          <Switch
            label="Accept confident matches automatically (90% and above)"
            checked={settings.data?.autoAcceptMail ?? false}
            disabled={!settings.data || updateSettings.isPending}
            onChange={(e) => updateSettings.mutate({ autoAcceptMail: e.currentTarget.checked })}
          />
          <Group>
            <Button onClick={start} disabled={!file || busy} loading={busy} leftSection={<IconUpload size={18} aria-hidden />}>
              Import
            </Button>
          </Group>
          <UploadProgress phase={working ?? phase} />
          {working ? (
            <Text size="sm" c="dimmed">
              You can leave this page: the import goes on, and its progress is here when you come back.
            </Text>
          ) : null}
          {jobError ? (
            <Alert color="red" title="The import failed" role="alert">
              {jobError}
            </Alert>
          ) : null}
          {upload.isError ? (
            <Alert color="red" title="The import failed" role="alert">
              {errorMessage(upload.error)}
            </Alert>
          ) : null}
        </Stack>
      </Paper>

      {summary ? <ImportSummary summary={summary} /> : null}

      <Stack gap="sm" component="section" aria-labelledby="queue-title">
        <Title order={2} size="h3" id="queue-title">
          Review queue{proposals.data && proposals.data.length > 0 ? ` (${proposals.data.length})` : ''}
        </Title>
        {proposals.isPending ? <LoadingState label="Loading proposals" /> : null}
        {proposals.isError ? <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} /> : null}
        {proposals.data && proposals.data.length === 0 ? (
          <Paper withBorder p="lg" radius="md" data-testid="queue-empty">
            <Text fw={500}>Nothing to review.</Text>
            <Text size="sm" c="dimmed">
              Proposals from imported mail wait here until you accept or dismiss them. Your applications are on the{' '}
              <Anchor component={Link} to="/board" inherit underline="always">
                board
              </Anchor>
              .
            </Text>
          </Paper>
        ) : null}
        {proposals.data?.map((p) => (
          <ProposalCard
            key={p.id}
            proposal={p}
            actions={{
              busy: accept.isPending && accept.variables?.id === p.id,
              onAccept: () => (p.application || p.proposedCompany ? doAccept(p) : setEditing(p)),
              onEdit: () => setEditing(p),
              onDismiss: () => doDismiss(p),
            }}
          />
        ))}
      </Stack>
      <EditProposalModal proposal={editing} onClose={() => setEditing(null)} onAccept={(edits) => editing && doAccept(editing, edits)} busy={accept.isPending} />
    </Stack>
  );
}
