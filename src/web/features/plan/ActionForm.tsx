import { Alert, Button, Group, Modal, MultiSelect, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { GrowthAction, GrowthActionInput } from '../../../contracts/plan.js';
import { zGrowthActionInput } from '../../../contracts/plan.js';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, ACTION_TYPE_LABELS, ACTION_TYPES, TARGET_STAGES, TARGETS, type ActionStatus, type ActionType, type TargetStage } from '../../../domain/plan/catalogue.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../api/form-errors';
import { DayInput, focusDayProblem } from '../../components/DayInput';
import { useCreateAction, useUpdateAction } from './api';

export interface ActionDraft {
  type: ActionType;
  title: string;
  link: string;
  dueOn: string | null;
  status: ActionStatus;
  targetStage: TargetStage | '';
  themes: string[];
  suggestionId: string | null;
}

export function draftFrom(a: GrowthAction): ActionDraft {
  return {
    type: a.type, title: a.title, link: a.link ?? '', dueOn: a.dueOn, status: a.status, targetStage: a.targetStage ?? '',
    themes: a.themes.filter((t) => !t.deleted).map((t) => t.slug), suggestionId: a.suggestionId,
  };
}

export const EMPTY_DRAFT: ActionDraft = { type: 'practice', title: '', link: '', dueOn: null, status: 'planned', targetStage: '', themes: [], suggestionId: null };

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The action being edited, or null to add one. */
  editing: GrowthAction | null;
  initial: ActionDraft;
  themeOptions: { value: string; label: string }[];
}

/** Add or edit a growth action: adopting a suggestion opens this with the suggestion filled in. */
export function ActionForm({ opened, onClose, editing, initial, themeOptions }: Props) {
  const [draft, setDraft] = useState<ActionDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateAction();
  const update = useUpdateAction();
  const busy = create.isPending || update.isPending;
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (focusDayProblem(e.currentTarget)) return;
    const input: GrowthActionInput = {
      type: draft.type, title: draft.title, link: draft.link, dueOn: draft.dueOn, status: draft.status,
      targetStage: draft.targetStage === '' ? null : draft.targetStage, themes: draft.themes,
      ...(editing === null && draft.suggestionId !== null && { suggestionId: draft.suggestionId }),
    };
    const local = zodFieldErrors(zGrowthActionInput, input);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const done = (verb: string) => () => {
      notifications.show({ color: 'teal', message: `${verb}: ${draft.title.trim()}` });
      onClose();
    };
    const failed = (err: unknown) => {
      const fields = serverFieldErrors(err);
      setErrors(Object.keys(fields).length > 0 ? fields : { form: errorMessage(err) });
    };
    if (editing) {
      const { suggestionId: _unused, ...patch } = input;
      update.mutate({ id: editing.id, input: patch }, { onSuccess: done('Saved'), onError: failed });
    } else create.mutate(input, { onSuccess: done('Added to your plan'), onError: failed });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? 'Edit action' : 'Add an action to your plan'} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="What will you do?" required value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} data-autofocus />
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect label="Type" value={draft.type} onChange={(e) => set('type', e.currentTarget.value as ActionType)}
              data={ACTION_TYPES.map((t) => ({ value: t, label: ACTION_TYPE_LABELS[t] }))} error={errors.type} miw={200} />
            <NativeSelect label="Status" value={draft.status} onChange={(e) => set('status', e.currentTarget.value as ActionStatus)}
              data={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))} error={errors.status} miw={160} />
          </Group>
          <TextInput label="Link" description="A course page, a booking, notes: a web address starting with https://" value={draft.link}
            onChange={(e) => set('link', e.currentTarget.value)} error={errors.link} type="url" />
          <Group grow align="flex-start" wrap="wrap">
            <DayInput label="Due" description="A past day is fine: it shows as overdue" value={draft.dueOn} onChange={(v) => set('dueOn', v)} clearable error={errors.dueOn} miw={200} />
            <NativeSelect label="Stage it targets" description="Where you hope to see a change" value={draft.targetStage}
              onChange={(e) => set('targetStage', e.currentTarget.value as TargetStage | '')}
              data={[{ value: '', label: 'No particular stage' }, ...TARGET_STAGES.map((s) => ({ value: s, label: TARGETS[s].label }))]} error={errors.targetStage} miw={200} />
          </Group>
          <MultiSelect label="Themes it works on" data={themeOptions} value={draft.themes} onChange={(v) => set('themes', v)} searchable clearable error={errors.themes}
            placeholder={draft.themes.length === 0 ? 'Choose themes' : undefined} comboboxProps={{ withinPortal: true }} />
          {errors.form ? <Alert color="red" role="alert">{errors.form}</Alert> : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy}>{editing ? 'Save' : 'Add to plan'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
