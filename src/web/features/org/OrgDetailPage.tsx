import { Alert, Anchor, Button, FileButton, Group, Paper, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Cohort, Organisation } from '../../../contracts/org.js';
import { errorMessage } from '../../api/client';
import { FreshInvitation, InvitationList, invitationState } from '../../components/Invitations';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { SideScroll } from '../../components/SideScroll';
import { useDocumentTitle } from '../../components/use-document-title';
import {
  csvHref,
  useComparison,
  useCreateCohort,
  useEmployers,
  useInvitations,
  useInvite,
  useInviteCsv,
  useMembers,
  useOrganisation,
  useOrgInsights,
  useOutcomes,
  useRemoveMember,
  useUpdateMember,
  useWithdrawInvitation,
  type Filters,
} from './api';
import { CohortFigures, EmployersTable, OutcomesSummary } from './CohortFigures';

const ROLES = [
  { value: 'member', label: 'Member' },
  { value: 'coach', label: 'Coach' },
  { value: 'analyst', label: 'Analyst' },
  { value: 'admin', label: 'Admin' },
];
const STATUSES = [
  { value: 'searching', label: 'Searching' },
  { value: 'placed', label: 'Placed' },
];
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

function FiguresTab({ org }: { org: Organisation }) {
  const [filters, setFilters] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const insights = useOrgInsights(org.id, filters);
  const employers = useEmployers(org.id, filters);
  const outcomes = useOutcomes(org.id, filters);
  const programs = [...new Set(org.cohorts.map((c) => c.program).filter((p): p is string => Boolean(p)))];
  const locations = [...new Set(org.cohorts.map((c) => c.location).filter((p): p is string => Boolean(p)))];
  const set = (k: keyof Filters) => (v: string | null) => setDraft((d) => ({ ...d, [k]: v ?? undefined }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(Object.fromEntries(Object.entries(draft).filter(([k, v]) => v && ((k !== 'from' && k !== 'to') || isDay(v)))));
  };
  return (
    <Stack gap="md">
      <form onSubmit={apply} aria-label="Filters">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select label="Cohort" clearable data={org.cohorts.map((c) => ({ value: c.id, label: c.name }))} value={draft.cohort ?? null} onChange={set('cohort')} />
          <Select label="Program" clearable data={programs} value={draft.program ?? null} onChange={set('program')} />
          <Select label="Location" clearable data={locations} value={draft.location ?? null} onChange={set('location')} />
          <Select label="Status" clearable data={STATUSES} value={draft.status ?? null} onChange={set('status')} />
          <TextInput label="Sent from" placeholder="YYYY-MM-DD" value={draft.from ?? ''} onChange={(e) => set('from')(e.currentTarget.value)} />
          <TextInput label="Sent until" placeholder="YYYY-MM-DD" value={draft.to ?? ''} onChange={(e) => set('to')(e.currentTarget.value)} />
        </SimpleGrid>
        <Group mt="sm" gap="sm">
          <Button type="submit" variant="light">
            Show these figures
          </Button>
          <Anchor href={csvHref(org.id, filters)} size="sm">
            Download the outcome report (CSV)
          </Anchor>
        </Group>
      </form>
      <section aria-labelledby="outcomes-heading">
        <Title order={2} size="h3" id="outcomes-heading" mb="xs">
          Outcomes
        </Title>
        {outcomes.isPending ? <LoadingState /> : outcomes.isError ? <ErrorState error={outcomes.error} /> : <OutcomesSummary data={outcomes.data} />}
      </section>
      <section aria-labelledby="figures-heading">
        <Title order={2} size="h3" id="figures-heading" mb="xs">
          How applications went
        </Title>
        {insights.isPending ? <LoadingState label="Counting" /> : insights.isError ? <ErrorState error={insights.error} /> : <CohortFigures data={insights.data} />}
      </section>
      <section aria-labelledby="employers-heading">
        <Title order={2} size="h3" id="employers-heading" mb="xs">
          Employers
        </Title>
        {employers.isPending ? <LoadingState /> : employers.isError ? <ErrorState error={employers.error} /> : <EmployersTable data={employers.data} />}
      </section>
    </Stack>
  );
}

function CohortsTab({ org }: { org: Organisation }) {
  const create = useCreateCohort();
  const [form, setForm] = useState({ name: '', program: '', location: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const admin = org.me.role === 'admin';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    create.mutate(
      { organisationId: org.id, ...form },
      {
        onSuccess: (c) => {
          notifications.show({ color: 'sage', message: `Cohort ${c.name} created.` });
          setForm({ name: '', program: '', location: '' });
        },
        onError: (err) => setErrors({ name: errorMessage(err) }),
      },
    );
  };
  return (
    <Stack gap="md">
      {org.cohorts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No cohorts yet. {admin ? 'Make one below, then invite people into it.' : 'An admin has not assigned you a cohort yet.'}
        </Text>
      ) : (
        <SideScroll label="Cohorts" minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cohort</Table.Th>
                <Table.Th>Program</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>Members</Table.Th>
                <Table.Th>Counting</Table.Th>
                <Table.Th>Placed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {org.cohorts.map((c: Cohort) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/org/cohorts/${c.id}`}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.program ?? '—'}</Table.Td>
                  <Table.Td>{c.location ?? '—'}</Table.Td>
                  <Table.Td>{c.members}</Table.Td>
                  <Table.Td>{c.counting}</Table.Td>
                  <Table.Td>{c.placed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SideScroll>
      )}
      {admin ? (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            New cohort
          </Title>
          <form onSubmit={submit} noValidate>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Name" placeholder="Autumn 2026" value={form.name} error={errors.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
              <TextInput label="Program" placeholder="Data analysis" value={form.program} onChange={(e) => setForm({ ...form, program: e.currentTarget.value })} />
              <TextInput label="Location" placeholder="Leeds" value={form.location} onChange={(e) => setForm({ ...form, location: e.currentTarget.value })} />
            </SimpleGrid>
            <Button type="submit" mt="sm" loading={create.isPending}>
              Create cohort
            </Button>
          </form>
        </Paper>
      ) : null}
    </Stack>
  );
}

function MembersTab({ org }: { org: Organisation }) {
  const members = useMembers(org.id, true);
  const update = useUpdateMember(org.id);
  const remove = useRemoveMember(org.id);
  const cohorts = org.cohorts.map((c) => ({ value: c.id, label: c.name }));
  const change = (id: string, patch: { role?: string; cohortId?: string | null; status?: string }) =>
    update.mutate({ id, ...patch }, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) });
  if (members.isPending) return <LoadingState label="Loading members" />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <SideScroll label="Members" minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Cohort</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Counts in figures</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.data.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Text size="sm">{m.email}</Text>
              </Table.Td>
              <Table.Td>
                <Select aria-label={`Role of ${m.email}`} size="xs" data={ROLES} value={m.role} allowDeselect={false} onChange={(v) => v && change(m.id, { role: v })} />
              </Table.Td>
              <Table.Td>
                <Select aria-label={`Cohort of ${m.email}`} size="xs" data={cohorts} value={m.cohortId} clearable placeholder="None" onChange={(v) => change(m.id, { cohortId: v })} />
              </Table.Td>
              <Table.Td>
                <Select aria-label={`Status of ${m.email}`} size="xs" data={STATUSES} value={m.status} allowDeselect={false} onChange={(v) => v && change(m.id, { status: v })} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.role === 'member' ? (m.countsInAggregates ? 'Yes' : 'No (their choice)') : '—'}</Text>
              </Table.Td>
              <Table.Td>
                {m.id === org.me.id ? (
                  <Text size="xs" c="dimmed">
                    You
                  </Text>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      modals.openConfirmModal({
                        title: `Remove ${m.email}?`,
                        children: <Text size="sm">They leave the organisation; their own data stays theirs. You can invite them again later.</Text>,
                        labels: { confirm: 'Remove', cancel: 'Keep' },
                        confirmProps: { color: 'red' },
                        onConfirm: () => remove.mutate(m.id, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) }),
                      })
                    }
                  >
                    Remove
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SideScroll>
  );
}

function InvitationsTab({ org }: { org: Organisation }) {
  const invitations = useInvitations(org.id, true);
  const invite = useInvite(org.id);
  const inviteCsv = useInviteCsv(org.id);
  const withdraw = useWithdrawInvitation(org.id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('member');
  const [cohortId, setCohortId] = useState<string | null>(org.cohorts[0]?.id ?? null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    invite.mutate(
      { ...(email.trim() ? { email: email.trim() } : {}), role, cohortId },
      { onSuccess: (i) => (setFresh(i.url ?? null), setEmail('')), onError: (err) => setError(errorMessage(err)) },
    );
  };
  const upload = (file: File | null) => {
    if (!file) return;
    setReport(null);
    void file.text().then((csv) =>
      inviteCsv.mutate(
        { csv, role, cohortId },
        {
          onSuccess: (r) =>
            setReport(`${r.invitations.length} invited (${r.mailed} mailed).${r.skipped.length ? ` Skipped: ${r.skipped.map((s) => `${s.value} (${s.reason.toLowerCase()})`).join('; ')}.` : ''}`),
          onError: (err) => setReport(errorMessage(err)),
        },
      ),
    );
  };
  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="Email (optional)" description="Without one, you get a link anyone can use" type="email" value={email} error={error} onChange={(e) => setEmail(e.currentTarget.value)} />
          <Select label="Role" data={ROLES} value={role} allowDeselect={false} onChange={(v) => v && setRole(v)} />
          <Select label="Cohort" data={org.cohorts.map((c) => ({ value: c.id, label: c.name }))} value={cohortId} clearable placeholder="None" onChange={setCohortId} />
        </SimpleGrid>
        <Group mt="sm" gap="sm">
          <Button type="submit" loading={invite.isPending}>
            Make an invitation
          </Button>
          <FileButton onChange={upload} accept=".csv,text/csv">
            {(props) => (
              <Button variant="light" loading={inviteCsv.isPending} {...props}>
                Invite from a CSV of emails
              </Button>
            )}
          </FileButton>
        </Group>
      </form>
      {fresh ? <FreshInvitation url={fresh} title="Invitation ready" validity="It works for 30 days." testId="org-invitation-link" /> : null}
      {report ? <Alert color="blue" role="status">{report}</Alert> : null}
      <InvitationList
        rows={invitations.data?.map((i) => ({
          id: i.id,
          name: i.email ?? 'a link for anyone',
          // A link for anyone stays open after its first use; an invitation for one address is used once.
          label: i.email
            ? `${i.email} · ${i.role} · ${invitationState(i)}`
            : `Link for anyone · ${i.role} · ${invitationState({ usedAt: null, expiresAt: i.expiresAt })}${i.uses > 0 ? ` · used ${i.uses} ${i.uses === 1 ? 'time' : 'times'}` : ''}`,
          withdrawable: !(i.email && i.usedAt),
        }))}
        onWithdraw={(id) => withdraw.mutate(id)}
      />
    </Stack>
  );
}

function CompareTab({ org }: { org: Organisation }) {
  const [a, setA] = useState<string | null>(org.cohorts[0]?.id ?? null);
  const [b, setB] = useState<string | null>(org.cohorts[1]?.id ?? null);
  const compared = useComparison(a, b);
  const options = org.cohorts.map((c) => ({ value: c.id, label: c.name }));
  if (org.cohorts.length < 2) return <Text size="sm" c="dimmed">Comparing needs two cohorts.</Text>;
  return (
    <Stack gap="md">
      <Group grow>
        <Select label="First cohort" data={options} value={a} onChange={setA} allowDeselect={false} />
        <Select label="Second cohort" data={options} value={b} onChange={setB} allowDeselect={false} />
      </Group>
      {a === b ? <Text size="sm">Choose two different cohorts.</Text> : null}
      {compared.isError ? <ErrorState error={compared.error} /> : null}
      {compared.data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {(['a', 'b'] as const).map((k, i) => (
            <section key={k} aria-label={compared.data.cohorts[i]?.name}>
              <Title order={2} size="h4" mb="xs">
                {compared.data.cohorts[i]?.name}
              </Title>
              <CohortFigures data={compared.data[k]} compact />
            </section>
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

/** /org/:id — an organisation, for its admins, coaches and analysts. */
export function OrgDetailPage() {
  const { id = '' } = useParams();
  const org = useOrganisation(id);
  useDocumentTitle(org.data?.name);
  if (org.isPending) return <LoadingState label="Loading the organisation" />;
  if (org.isError) return <ErrorState error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  const admin = o.me.role === 'admin';
  const staff = o.me.role !== 'member';
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/org" size="sm">
          All organisations
        </Anchor>
        <Title order={1}>{o.name}</Title>
        <Text size="sm" c="dimmed">
          You are {o.me.role === 'admin' ? 'an admin' : `a ${o.me.role}`} here.{o.me.role === 'analyst' ? ' You see figures only, never a person.' : ''}
        </Text>
      </div>
      {staff ? (
        <Tabs defaultValue={o.cohorts.length ? 'figures' : 'cohorts'} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="figures">Figures</Tabs.Tab>
            <Tabs.Tab value="cohorts">Cohorts</Tabs.Tab>
            <Tabs.Tab value="compare">Compare</Tabs.Tab>
            {admin ? <Tabs.Tab value="members">Members</Tabs.Tab> : null}
            {admin ? <Tabs.Tab value="invitations">Invitations</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="figures" pt="md">
            <FiguresTab org={o} />
          </Tabs.Panel>
          <Tabs.Panel value="cohorts" pt="md">
            <CohortsTab org={o} />
          </Tabs.Panel>
          <Tabs.Panel value="compare" pt="md">
            <CompareTab org={o} />
          </Tabs.Panel>
          {admin ? (
            <Tabs.Panel value="members" pt="md">
              <MembersTab org={o} />
            </Tabs.Panel>
          ) : null}
          {admin ? (
            <Tabs.Panel value="invitations" pt="md">
              <InvitationsTab org={o} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      ) : (
        <Text size="sm">Your membership and your choice about the figures are in Settings.</Text>
      )}
    </Stack>
  );
}
