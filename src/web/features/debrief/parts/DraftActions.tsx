import { Button, Card, Group, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { notify } from '../notify';
import { IconBrandLinkedin, IconCopy, IconDownload, IconMail } from '@tabler/icons-react';
import { buildEml, mailtoLink, type Draft } from '../../../../domain/debrief/index.js';
import { LINKEDIN_MAX } from '../../../../domain/debrief/draft-texts.js';
import { copyText, downloadText, emlFilename } from '../download';
import classes from '../debrief.module.css';

interface Props {
  draft: Draft;
  to: string;
  onToChange?: (to: string) => void;
  company: string;
  role: string;
  /** "feedback-request" or "follow-up", for the file name and labels. */
  kind?: string;
  /** Heading of the preview region. */
  title?: string;
}

async function copy(text: string, what: string) {
  try {
    await copyText(text);
    notify({ message: `${what} copied. Paste it wherever you write to them.`, color: 'sage' });
  } catch (e) {
    notify({ title: 'Could not copy', message: e instanceof Error ? e.message : String(e), color: 'red' });
  }
}

/** The live preview of a draft, with Copy, mailto:, .eml and a LinkedIn variant. */
export function DraftActions({ draft, to, onToChange, company, role, kind = 'feedback-request', title = 'Your draft' }: Props) {
  const emailText = `Subject: ${draft.subject}\n\n${draft.body}`;
  const count = Array.from(draft.linkedin).length;
  return (
    <Card padding="md" component="section" aria-label={title}>
      <Tabs defaultValue="email" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="email" leftSection={<IconMail size={16} aria-hidden />}>
            Email
          </Tabs.Tab>
          <Tabs.Tab value="linkedin" leftSection={<IconBrandLinkedin size={16} aria-hidden />}>
            LinkedIn
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="email" pt="sm">
          <Stack gap="sm">
            {onToChange ? (
              <TextInput
                label="Their email (optional)"
                type="email"
                value={to}
                onChange={(e) => onToChange(e.currentTarget.value)}
                placeholder="name@company.com"
              />
            ) : null}
            <div>
              <Text size="xs" c="dimmed">
                Subject
              </Text>
              <Text size="sm" fw={600} data-testid="draft-subject">
                {draft.subject}
              </Text>
            </div>
            <pre className={classes.draft} data-testid="draft-body">
              {draft.body}
            </pre>
            <Group gap="xs">
              <Button leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copy(emailText, 'The email')}>
                Copy email
              </Button>
              <Button component="a" variant="light" href={mailtoLink({ to, subject: draft.subject, body: draft.body })} leftSection={<IconMail size={16} aria-hidden />}>
                Open in my mail app
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() =>
                  downloadText(
                    emlFilename(company, role, kind),
                    buildEml({ to: to.trim() || null, subject: draft.subject, body: draft.body, date: new Date() }),
                  )
                }
              >
                Download .eml
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="linkedin" pt="sm">
          <Stack gap="sm">
            <pre className={classes.draft} data-testid="draft-linkedin">
              {draft.linkedin}
            </pre>
            <Text size="xs" c={count > LINKEDIN_MAX ? 'red' : 'dimmed'} data-testid="linkedin-count">
              {count} / {LINKEDIN_MAX} characters
            </Text>
            <Group>
              <Button leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copy(draft.linkedin, 'The LinkedIn message')}>
                Copy LinkedIn message
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
