import { Stack, Text, Textarea, Title } from '@mantine/core';
import type { Debrief } from '../../../../contracts/debrief.js';
import { questionBankItems } from '../../../../domain/debrief/reflection.js';
import { LinesField } from '../parts/LinesField';
import { RatingField } from '../parts/RatingField';
import { StepActions } from './StepActions';

/** Answers by prompt id, as stored: text, lines joined by "\n", or "1"–"5". */
export type ReflectionDraft = Record<string, string>;

interface Props {
  debrief: Debrief;
  value: ReflectionDraft;
  onChange: (value: ReflectionDraft) => void;
  onSave: () => Promise<void>;
  onBack: () => void;
  onSkip: () => void;
  saving: boolean;
}

type Prompt = Debrief['reflection']['prompts'][number];

function groups(prompts: readonly Prompt[]): { label: string; prompts: Prompt[] }[] {
  const out: { label: string; prompts: Prompt[] }[] = [];
  for (const p of prompts) {
    const last = out.at(-1);
    if (last && last.label === p.sectionLabel) last.prompts.push(p);
    else out.push({ label: p.sectionLabel, prompts: [p] });
  }
  return out;
}

/** Step 4: look back at the whole process, stage by stage. */
export function ReflectionStep({ debrief, value, onChange, onSave, onBack, onSkip, saving }: Props) {
  const set = (id: string, v: string) => onChange({ ...value, [id]: v });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <Stack gap="lg">
        <Text>
          Look back over the whole process while it is still fresh. Answer what is useful and leave the rest: a few
          honest lines are worth more than every box filled.
        </Text>
        {groups(debrief.reflection.prompts).map((g) => (
          <Stack key={g.label} gap="sm" component="section" aria-label={g.label}>
            <Title order={3} size="h5">
              {g.label}
            </Title>
            {g.prompts.map((p) => {
              const answer = value[p.id] ?? '';
              if (p.kind === 'list') {
                return (
                  <LinesField
                    key={p.id}
                    label={p.prompt}
                    description={p.help}
                    value={questionBankItems(answer)}
                    onChange={(lines) => set(p.id, lines.join('\n'))}
                    addLabel="Add question"
                  />
                );
              }
              if (p.kind === 'rating') {
                const n = Number(answer);
                return (
                  <RatingField
                    key={p.id}
                    label={p.prompt}
                    description={p.help}
                    value={n >= 1 && n <= 5 ? n : null}
                    onChange={(r) => set(p.id, String(r))}
                  />
                );
              }
              return (
                <Textarea
                  key={p.id}
                  label={p.prompt}
                  description={p.help}
                  autosize
                  minRows={2}
                  maxRows={10}
                  value={answer}
                  onChange={(e) => set(p.id, e.currentTarget.value)}
                />
              );
            })}
          </Stack>
        ))}
        <StepActions onBack={onBack} onSkip={onSkip} saving={saving} />
      </Stack>
    </form>
  );
}
