import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaptureRequest, CaptureResult } from '../../../contracts/capture.js';
import { errorMessage, isApiError } from '../../api/client';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCapture } from './api';

type Kind = 'url' | 'html' | 'text';

/** What the bookmarklet sends in the address after `#`. */
function fromBookmarklet(hash: string): CaptureRequest | null {
  if (hash.length < 2) return null;
  try {
    const d = JSON.parse(decodeURIComponent(hash.slice(1))) as { url?: string; title?: string; text?: string; jsonLd?: string };
    if (d.jsonLd && /JobPosting/.test(d.jsonLd)) return { jsonLd: `[${d.jsonLd.split('\n').filter((s) => s.trim()).join(',')}]`, url: d.url, title: d.title };
    if (d.text) return { text: d.text, url: d.url, title: d.title };
    if (d.url) return { url: d.url, title: d.title, text: d.title };
  } catch {
    return null;
  }
  return null;
}

/** Capture a job: a link, a page or text becomes a filled form to review. */
export function CapturePage() {
  useDocumentTitle('Capture a job');
  const navigate = useNavigate();
  const capture = useCapture();
  const [kind, setKind] = useState<Kind>('url');
  const [value, setValue] = useState('');
  const [blocked, setBlocked] = useState<string | null>(null);

  const review = (result: CaptureResult) => void navigate('/applications/new', { state: { captured: result } });

  const send = (body: CaptureRequest) => {
    setBlocked(null);
    capture.mutate(body, {
      onSuccess: review,
      onError: (e) => {
        if (isApiError(e) && e.code === 'unavailable') {
          setBlocked(e.message);
          setKind('html');
          setValue('');
        }
      },
    });
  };

  useEffect(() => {
    const request = fromBookmarklet(window.location.hash);
    if (request) send(request);
    // Read once, when the page opens from the bookmarklet.
  }, []);

  const submit = () => {
    const text = value.trim();
    if (!text) return;
    if (kind === 'url') send({ url: text });
    else if (kind === 'html') send(/^\s*[[{]/.test(text) ? { jsonLd: text } : /<[a-z!]/i.test(text) ? { html: text } : { text });
    else send({ text });
  };

  const labels: Record<Kind, string> = { url: 'Link to the job posting', html: 'The page’s HTML (or its JSON-LD)', text: 'The text of the posting' };

  return (
    <Stack maw={760} gap="md">
      <Title order={1}>Capture a job</Title>
      <Text c="dimmed">Paste where you found it; Debrief fills in the form and you check it before saving.</Text>
      <Paper withBorder p="lg" component="form" aria-label="Capture a job" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack gap="md">
          {blocked ? (
            <Alert color="yellow" title="That site didn’t let us in" role="status">
              {blocked}
            </Alert>
          ) : null}
          {capture.isError && !blocked ? (
            <Alert color="red" role="alert" title="Nothing could be read">
              {errorMessage(capture.error)}
            </Alert>
          ) : null}
          <SegmentedControl
            aria-label="What you paste"
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={[
              { value: 'url', label: 'Link' },
              { value: 'html', label: 'Page' },
              { value: 'text', label: 'Text' },
            ]}
          />
          {kind === 'url' ? (
            <TextInput label={labels.url} type="url" placeholder="https://" value={value} onChange={(e) => setValue(e.currentTarget.value)} autoFocus />
          ) : (
            <Textarea
              label={labels[kind]}
              description={kind === 'html' ? 'In your browser: right-click the page → View page source, select all, copy, and paste here.' : 'Select the posting on the page, copy it, and paste it here.'}
              autosize
              minRows={6}
              maxRows={16}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
          )}
          <Group justify="space-between">
            <Button component={Link} to="/applications/new" variant="subtle">
              Fill in the form myself
            </Button>
            <Button type="submit" loading={capture.isPending} disabled={!value.trim()}>
              Read the posting
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
