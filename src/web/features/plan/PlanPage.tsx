import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { GrowthAction, Plan, PlanSuggestion, PlanTheme } from '../../../contracts/plan.js';
import { defaultTarget } from '../../../domain/plan/catalogue.js';
import { plural } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { ActionCard } from './ActionCard';
import { ActionForm, draftFrom, EMPTY_DRAFT, type ActionDraft } from './ActionForm';
import { CoachSuggestions } from '../sharing/CoachSuggestions';
import { planKey, usePlan } from './api';
import { ThemeCard } from './ThemeCard';

function NoThemes() {
  return (
    <Card padding="xl" withBorder data-testid="plan-empty">
      <Stack align="center" gap="xs" ta="center">
        <IconTargetArrow size={40} aria-hidden />
        <Title order={3} size="h4">Nothing to work on yet</Title>
        <Text size="sm" c="dimmed" maw={520}>
          Your plan grows from your debriefs. When an application ends in a no, the last step of its debrief asks what you
          would do differently; the themes you name there show up here, most pressing first, with ideas to act on.
        </Text>
        <Anchor component={Link} to="/applications" size="sm">Go to your applications</Anchor>
      </Stack>
    </Card>
  );
}

function Outside({ outside }: { outside: Plan['outside'] }) {
  if (outside.reasons.length === 0 && outside.notes.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="plan-outside">
      <Title order={2} size="h4" id="plan-outside">Outside your control</Title>
      <Text size="sm" c="dimmed">
        These were not yours to fix, so they are not homework. They are here so you can see them for what they are.
      </Text>
      <Card withBorder padding="md" data-testid="plan-outside">
        <List size="sm" spacing={4}>
          {outside.reasons.map((r) => (
            <List.Item key={r.reason}>{r.label}: {plural(r.count, 'time')}</List.Item>
          ))}
          {outside.notes.map((n, i) => (
            <List.Item key={`${n.applicationId}-${i}`}>
              <Anchor component={Link} to={`/applications/${n.applicationId}/debrief`} size="sm" underline="always">{n.company}</Anchor>: {n.text}
            </List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}

interface FormState {
  key: number;
  editing: GrowthAction | null;
  initial: ActionDraft;
}

/** `/plan`: recurring themes ranked with why, ideas to adopt, your actions, and what was outside your control. */
export function PlanPage() {
  const plan = usePlan();
  const [form, setForm] = useState<FormState | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const themeOptions = useMemo(() => (plan.data?.themes ?? []).map((t) => ({ value: t.slug, label: t.label })), [plan.data]);

  const header = (
    <div>
      <Title order={1}>Growth plan</Title>
      <Text c="dimmed" size="sm">
        What your debriefs keep pointing to, turned into a few concrete steps. Small, steady actions beat a long list.
      </Text>
    </div>
  );
  if (plan.isPending || plan.isError) {
    return (
      <Stack gap="lg" maw={960}>
        {header}
        {plan.isPending ? <LoadingState label="Loading your plan" /> : <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />}
      </Stack>
    );
  }
  const p = plan.data;
  const adopt = (theme: PlanTheme | null) => (s: PlanSuggestion | null) =>
    setForm({
      key: Date.now(), editing: null,
      initial: {
        ...EMPTY_DRAFT, ...(s && { type: s.type, title: s.title, suggestionId: s.id }), themes: theme ? [theme.slug] : [],
        targetStage: s ? defaultTarget(s.type, theme?.slug ?? null) : theme ? defaultTarget('practice', theme.slug) : '',
      },
    });
  const open = p.actions.filter((a) => a.status === 'planned' || a.status === 'doing');
  const closed = p.actions.filter((a) => a.status === 'done' || a.status === 'dropped');
  const list = (items: GrowthAction[], label: string) => (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={label}>
      {items.map((a) => <ActionCard key={a.id} action={a} onEdit={() => setForm({ key: Date.now(), editing: a, initial: draftFrom(a) })} />)}
    </Stack>
  );

  return (
    <Stack gap="xl" maw={960}>
      {header}
      <CoachSuggestions kind="growth_action" refresh={planKey} />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="status" aria-label="Your actions at a glance">
        {([['Doing', p.counts.doing], ['Planned', p.counts.planned], ['Overdue', p.counts.overdue], ['Done', p.counts.done]] as const).map(([label, n]) => (
          <Card key={label} withBorder padding="sm">
            <Text size="xs" c="dimmed">{label}</Text>
            <Text fw={700} size="lg">{n}</Text>
          </Card>
        ))}
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="plan-actions">
        <Group justify="space-between">
          <Title order={2} size="h4" id="plan-actions">Your actions</Title>
          <Button leftSection={<IconPlus size={16} aria-hidden />} variant="light" onClick={() => adopt(null)(null)}>Add an action</Button>
        </Group>
        {open.length === 0 ? (
          <Text size="sm" c="dimmed">
            {p.themes.length > 0 ? 'Nothing in progress. Adopt an idea from a theme below, or write your own.' : 'Nothing planned yet. You can write an action of your own any time.'}
          </Text>
        ) : list(open, 'Actions in progress')}
        {closed.length > 0 ? (
          <>
            <Button variant="subtle" size="compact-sm" w="fit-content" aria-expanded={showClosed} onClick={() => setShowClosed((s) => !s)}>
              {showClosed ? 'Hide' : 'Show'} finished and dropped ({closed.length})
            </Button>
            {showClosed ? list(closed, 'Finished and dropped actions') : null}
          </>
        ) : null}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="plan-themes">
        <Title order={2} size="h4" id="plan-themes">Where to grow next</Title>
        {p.themes.length === 0 ? <NoThemes /> : (
          <>
            <Text size="sm" c="dimmed">
              From {plural(p.debriefed, 'debriefed rejection')}. Most pressing first: how often a theme comes up, how recently, and how late in the process.
            </Text>
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Themes, most pressing first">
              {p.themes.map((t) => <ThemeCard key={t.themeId} theme={t} onAdopt={adopt(t)} />)}
            </Stack>
          </>
        )}
      </Stack>

      <Outside outside={p.outside} />

      {form ? (
        <ActionForm key={form.key} opened onClose={() => setForm(null)} editing={form.editing} initial={form.initial} themeOptions={themeOptions} />
      ) : null}
    </Stack>
  );
}
