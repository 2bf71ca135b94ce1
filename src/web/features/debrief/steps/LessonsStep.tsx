import { ActionIcon, Autocomplete, Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Debrief } from '../../../../contracts/debrief.js';
import { normaliseThemeName } from '../../../../domain/debrief/themes.js';
import { errorMessage } from '../../../api/client';
import { useCreateTheme, useThemes } from '../api';
import { excerptOf, snippetsOf, suggestionsFrom, type LessonsDraft } from '../lessons-draft';
import { LinesField } from '../parts/LinesField';
import { StepActions } from './StepActions';

interface Props {
  debrief: Debrief;
  value: LessonsDraft;
  onChange: (value: LessonsDraft) => void;
  onSave: () => Promise<void>;
  onBack: () => void;
  onSkip: () => void;
  saving: boolean;
}

/** Step 5: name what to work on, with the evidence behind it; keep what is not yours apart. */
export function LessonsStep({ debrief, value, onChange, onSave, onBack, onSkip, saving }: Props) {
  const themes = useThemes();
  const createTheme = useCreateTheme();
  const [typed, setTyped] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const snippets = snippetsOf(debrief);
  const chosen = new Set(value.themes.map((t) => t.slug));
  const suggested = suggestionsFrom(snippets, debrief.themeSuggestions).filter((s) => !chosen.has(s.slug));
  const catalogue = themes.data ?? [];

  const addTheme = (slug: string, label: string, refs: readonly string[] = []) => {
    if (chosen.has(slug)) return;
    const evidence = snippets
      .filter((s) => refs.includes(s.ref))
      .map((s) => ({ kind: s.kind, ref: s.ref, excerpt: excerptOf(s.text) }));
    onChange({ ...value, themes: [...value.themes, { slug, label, evidence }] });
  };

  const addTyped = async () => {
    setAddError(null);
    const found = normaliseThemeName(typed, catalogue.map((t) => ({ slug: t.slug, label: t.label })));
    if (!found) return;
    if (found.existing) {
      addTheme(found.slug, found.label, suggested.find((x) => x.slug === found.slug)?.refs ?? []);
      setTyped('');
      return;
    }
    try {
      const created = await createTheme.mutateAsync(found.label);
      addTheme(created.slug, created.label);
      setTyped('');
    } catch (e) {
      setAddError(errorMessage(e));
    }
  };

  const setEvidence = (slug: string, refs: readonly string[]) =>
    onChange({
      ...value,
      themes: value.themes.map((t) =>
        t.slug !== slug
          ? t
          : {
              ...t,
              evidence: snippets
                .filter((s) => refs.includes(s.ref))
                .map((s) => ({ kind: s.kind, ref: s.ref, excerpt: excerptOf(s.text) })),
            },
      ),
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <Stack gap="lg">
        <Text>
          What is worth working on? Pick one or two themes, not ten. Linking each to what you heard or noticed makes
          patterns easy to see across applications later.
        </Text>

        {suggested.length > 0 ? (
          <Stack gap={6}>
            <Title order={3} size="h5">
              Suggested from your feedback and reflection
            </Title>
            <Group gap="xs">
              {suggested.slice(0, 6).map((s) => (
                <Button
                  key={s.slug}
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => addTheme(s.slug, s.label, s.refs)}
                  title={s.matched.length > 0 ? `Because of: ${s.matched.join(', ')}` : undefined}
                >
                  {s.label}
                </Button>
              ))}
            </Group>
          </Stack>
        ) : null}

        <Group align="flex-end" gap="xs" wrap="nowrap">
          <Autocomplete
            label="Add a theme"
            description="Choose from the list or type your own."
            data={catalogue.filter((t) => !chosen.has(t.slug)).map((t) => t.label)}
            value={typed}
            onChange={setTyped}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void addTyped();
              }
            }}
            error={addError}
            style={{ flex: 1 }}
            limit={25}
          />
          <Button onClick={() => void addTyped()} loading={createTheme.isPending} disabled={typed.trim() === ''} variant="light">
            Add theme
          </Button>
        </Group>

        {value.themes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No themes yet. That is fine too: some rejections teach nothing you can change.
          </Text>
        ) : (
          <Stack gap="sm" aria-label="Your themes" component="section">
            {value.themes.map((t) => (
              <Card key={t.slug} padding="sm" data-testid="lesson-theme">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600}>{t.label}</Text>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove the theme ${t.label}`}
                      onClick={() => onChange({ ...value, themes: value.themes.filter((x) => x.slug !== t.slug) })}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                  {snippets.length > 0 ? (
                    <Checkbox.Group
                      label="Where it came from"
                      value={t.evidence.map((e) => e.ref)}
                      onChange={(refs) => setEvidence(t.slug, refs)}
                    >
                      <Stack gap={6} mt={4}>
                        {snippets.map((s) => (
                          <Checkbox
                            key={s.ref}
                            value={s.ref}
                            label={s.source}
                            description={excerptOf(s.text).slice(0, 160)}
                          />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                  ) : (
                    <Text size="xs" c="dimmed">
                      Save feedback or reflection answers to link them here as evidence.
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}

        <Card padding="md" component="section" aria-label="Not yours to fix" data-testid="outside-control">
          <Stack gap="xs">
            <Group gap="xs">
              <Title order={3} size="h5">
                Not yours to fix
              </Title>
              <Badge color="gray">kept apart</Badge>
            </Group>
            <Text size="sm" c="dimmed">
              Things that shaped this decision but sit outside your control. They stay here, away from your lessons.
            </Text>
            <LinesField
              label="Outside your control"
              value={value.outside.map((o) => o.text)}
              onChange={(lines) =>
                onChange({
                  ...value,
                  outside: lines.map((text) => value.outside.find((o) => o.text === text) ?? { text, reason: null }),
                })
              }
            />
          </Stack>
        </Card>

        <Textarea
          label="Anything else to remember? (optional)"
          autosize
          minRows={2}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
        />
        <StepActions onBack={onBack} onSkip={onSkip} saving={saving} submitLabel="Save and finish" />
      </Stack>
    </form>
  );
}
