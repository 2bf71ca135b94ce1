import { Alert, Anchor, Button, FileInput, Group, Modal, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RestoreResult } from '../../../contracts/backup.js';
import { api, errorMessage } from '../../api/client';
import { DayInput } from '../../components/DayInput';
import { useToday } from '../settings/api';

/** Export, backup and restore, the proof of search, and the capture bookmarklet. */
export function DataSection() {
  const qc = useQueryClient();
  const today = useToday();
  const [from, setFrom] = useState<string | null>(today ? `${today.slice(0, 8)}01` : null);
  const [to, setTo] = useState<string | null>(today);
  const [backup, setBackup] = useState<File | null>(null);
  const [ask, setAsk] = useState<{ doc: unknown; applications: number } | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const restore = async (doc: unknown, chosen?: 'merge' | 'replace') => {
    setBusy(true);
    try {
      const res = await fetch(`/api/backup/restore${chosen ? `?mode=${chosen}` : ''}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
      const body = (await res.json()) as RestoreResult | { error: { message: string } };
      if (!res.ok) throw new Error('error' in body ? body.error.message : 'The restore failed. Nothing was changed.');
      const r = body as RestoreResult;
      setMessage({ ok: true, text: `Restored: you now have ${r.applications} applications.${r.kept ? ` ${r.kept} entries were already here and were kept.` : ''}` });
      setAsk(null);
      setBackup(null);
      await qc.invalidateQueries();
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    if (!backup) return;
    setMessage(null);
    let doc: unknown;
    try {
      doc = JSON.parse(await backup.text());
    } catch {
      setMessage({ ok: false, text: 'That file is not a Debrief backup (it is not JSON). Choose the .json file Debrief saved.' });
      return;
    }
    const status = await api.get<{ empty: boolean; applications: number }>('/backup/status');
    if (status.empty) await restore(doc);
    else setAsk({ doc, applications: status.applications });
  };

  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const bookmarklet = `javascript:(()=>{const l=[...document.querySelectorAll('script[type="application/ld+json"]')].map(s=>s.textContent).join('\\n').slice(0,200000);const d={url:location.href,title:document.title,text:String(getSelection()||'').slice(0,50000),jsonLd:l};window.open('${origin}/new#'+encodeURIComponent(JSON.stringify(d)),'_blank');})()`;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="data-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="data-heading">
          Your data
        </Title>
        <Text size="sm" c="dimmed">
          Everything you keep here is yours to take with you.
        </Text>
        <Group gap="sm">
          <Button component="a" href="/api/backup" download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            Download a full backup
          </Button>
          <Button component="a" href="/api/export/applications.csv" download variant="default">
            Applications (CSV)
          </Button>
          <Button component="a" href="/api/export/events.csv" download variant="default">
            Stage history (CSV)
          </Button>
          <Button component="a" href="/api/export/applications.json" download variant="default">
            Applications with their history (JSON)
          </Button>
          <Button component={Link} to="/import" variant="subtle">
            Import a CSV
          </Button>
        </Group>

        <Stack gap="xs">
          <Text fw={600}>Restore a backup</Text>
          <Group align="flex-end" gap="sm">
            <FileInput label="Backup file" placeholder="debrief-backup-….json" accept=".json,application/json" value={backup} onChange={setBackup} clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen file' }} miw={240} />
            <Button onClick={() => void start()} disabled={!backup} loading={busy && !ask} leftSection={<IconUpload size={16} aria-hidden />}>
              Restore
            </Button>
          </Group>
          {message ? (
            <Alert color={message.ok ? 'sage' : 'red'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </Alert>
          ) : null}
        </Stack>

        <Stack gap="xs">
          <Text fw={600}>Proof of search</Text>
          <Text size="sm" c="dimmed">
            A dated list of every application in a period — what benefit offices usually ask for.
          </Text>
          <Group align="flex-end" gap="sm">
            <DayInput label="From" value={from} onChange={setFrom} maxDate={today} />
            <DayInput label="To" value={to} onChange={setTo} maxDate={today} />
          </Group>
          {from && to ? (
            <Group gap="sm">
              <Button component={Link} to={`/proof?from=${from}&to=${to}`} variant="default">
                Printable page
              </Button>
              <Button component="a" href={`/api/export/proof.csv?from=${from}&to=${to}`} download variant="default">
                CSV
              </Button>
            </Group>
          ) : null}
        </Stack>

        <Stack gap="xs">
          <Text fw={600}>Capture jobs from any page</Text>
          <Text size="sm" c="dimmed">
            Drag this button to your bookmarks bar. On a job posting (even behind a login), click it to open a filled-in form here.
          </Text>
          <Anchor href={bookmarklet} onClick={(e) => e.preventDefault()} fw={600} w="fit-content" aria-label="Bookmarklet: Save to Debrief (drag it to your bookmarks bar)">
            Save to Debrief
          </Anchor>
        </Stack>
      </Stack>

      <Modal opened={ask !== null} onClose={() => setAsk(null)} title="You already have data here">
        <Stack>
          <Text size="sm">You have {ask?.applications ?? 0} applications. How should the backup come in?</Text>
          <Radio.Group value={mode} onChange={(v) => setMode(v as 'merge' | 'replace')} aria-label="How to restore">
            <Stack gap={8}>
              <Radio value="merge" label="Merge: add what the backup has and you don’t (nothing is doubled)" />
              <Radio value="replace" label="Replace: delete what is here now and keep only the backup" />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsk(null)}>
              Cancel
            </Button>
            <Button color={mode === 'replace' ? 'red' : undefined} loading={busy} onClick={() => ask && void restore(ask.doc, mode)}>
              {mode === 'replace' ? 'Replace my data' : 'Merge'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
