import { Anchor, Badge, Button, Group, Paper, Rating, SimpleGrid, Spoiler, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Application } from '../../../../contracts/applications.js';
import { formatDay, formatSalary } from '../../../components/format';
import { REMOTE_LABELS, SOURCE_LABELS } from '../form/values';

interface Props {
  app: Application;
  onEdit: () => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div data-testid="fact">
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function Stars({ value }: { value: number | null }) {
  if (value == null) return <span>Not rated</span>;
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Rating value={value} readOnly size="xs" aria-hidden className="rating-static" />
      <span>{`${value} of 5`}</span>
    </Group>
  );
}

/** Turns a posting address into a link only when it is a web address. */
function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The application as a page to read: key facts, the job description and notes. Editing is one click away. */
export function DetailsView({ app, onEdit }: Props) {
  const posting = app.jobUrl ? safeUrl(app.jobUrl) : null;
  const source = app.source ? SOURCE_LABELS[app.source] : 'Not recorded';
  const resume = [app.resumeVersion, app.tailored ? 'tailored to this role' : null].filter(Boolean).join(', ');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="details-heading" data-testid="details-view">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4" id="details-heading">
          Details
        </Title>
        <Button variant="light" size="sm" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit} aria-keyshortcuts="e">
          Edit details
        </Button>
      </Group>
      <Stack gap="lg">
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm" m={0}>
          <Fact label="Applied">{app.appliedOn ? formatDay(app.appliedOn) : 'Not yet'}</Fact>
          <Fact label="Last news">{formatDay(app.lastEventOn)}</Fact>
          <Fact label="Source">
            {source}
            {app.referral ? ` · referred${app.referrer ? ` by ${app.referrer}` : ''}` : ''}
          </Fact>
          <Fact label="Résumé">{resume || 'Not recorded'}</Fact>
          <Fact label="Fit">
            <Stars value={app.fit} />
          </Fact>
          <Fact label="Excitement">
            <Stars value={app.excitement} />
          </Fact>
          <Fact label="Salary">{app.salaryMin == null && app.salaryMax == null ? 'Not recorded' : formatSalary(app.salaryMin, app.salaryMax, app.salaryCurrency)}</Fact>
          <Fact label="Where">
            {[app.location, app.remote ? REMOTE_LABELS[app.remote] : null].filter(Boolean).join(' · ') || 'Not recorded'}
          </Fact>
          {app.jobUrl ? (
            <Fact label="Job posting">
              {posting ? (
                <Anchor href={posting} target="_blank" rel="noopener noreferrer" size="sm">
                  Open the posting <IconExternalLink size={14} aria-hidden style={{ verticalAlign: '-2px' }} />
                  <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                </Anchor>
              ) : (
                app.jobUrl
              )}
            </Fact>
          ) : null}
          {app.tags.length > 0 ? (
            <Fact label="Tags">
              <Group gap={4} component="span">
                {app.tags.map((tag) => (
                  <Badge key={tag} size="sm" color="gray" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            </Fact>
          ) : null}
        </SimpleGrid>
        <div>
          <Title order={3} size="h5" mb={4}>
            Job description
          </Title>
          {app.description ? (
            <Spoiler maxHeight={160} showLabel="Show the whole description" hideLabel="Show less">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="description">
                {app.description}
              </Text>
            </Spoiler>
          ) : (
            <Text size="sm" c="dimmed">
              None saved. Paste it with “Edit details”: postings disappear once the role is filled.
            </Text>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb={4}>
            Notes
          </Title>
          {app.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="notes">
              {app.notes}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No notes yet.
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
