import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { zContactInput, type ContactDetail, type ContactInput } from '../../../contracts/contacts.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../api/form-errors';
import { useCreateContact, useUpdateContact } from './api';
import { ROLE_OPTIONS } from './labels';

interface Values {
  name: string;
  role: string | null;
  company: string;
  position: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  howMet: string;
  notes: string;
  cadenceWeeks: number | string;
}

function initial(c: ContactDetail | null, company?: string): Values {
  return {
    name: c?.name ?? '', role: c?.role ?? null, company: c?.company ?? company ?? '', position: c?.position ?? '', email: c?.email ?? '', phone: c?.phone ?? '',
    linkedinUrl: c?.linkedinUrl ?? '', howMet: c?.howMet ?? '', notes: c?.notes ?? '', cadenceWeeks: c?.cadenceWeeks ?? '',
  };
}

function payload(v: Values): ContactInput {
  return {
    name: v.name, role: (v.role as ContactInput['role']) ?? null, company: v.company, position: v.position, email: v.email, phone: v.phone,
    linkedinUrl: v.linkedinUrl, howMet: v.howMet, notes: v.notes, cadenceWeeks: v.cadenceWeeks === '' ? null : Number(v.cadenceWeeks),
  };
}

/** Adds a contact (then opens it) or edits one. */
export function ContactFormModal({ opened, onClose, contact, company, applicationId }: { opened: boolean; onClose: () => void; contact: ContactDetail | null; company?: string; applicationId?: string }) {
  const [values, setValues] = useState<Values>(() => initial(contact, company));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? '');
  const navigate = useNavigate();
  const set = <K extends keyof Values>(k: K) => (v: Values[K]) => setValues((s) => ({ ...s, [k]: v }));
  const text = (k: keyof Values) => ({ value: String(values[k] ?? ''), onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value), error: errors[k] });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = payload(values);
    const problems = zodFieldErrors(zContactInput, body);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const done = {
      onError: (err: unknown) => {
        setErrors(serverFieldErrors(err));
        notifications.show({ title: 'Not saved', message: errorMessage(err), color: 'red' });
      },
    };
    if (contact) {
      update.mutate(body, { ...done, onSuccess: () => { notifications.show({ message: `Saved ${body.name}.` }); onClose(); } });
    } else {
      create.mutate(applicationId ? { ...body, applicationIds: [applicationId] } : body, {
        ...done,
        onSuccess: (c) => {
          notifications.show({ message: `Added ${c.name}.` });
          onClose();
          if (!applicationId) void navigate(`/contacts/${c.id}`);
        },
      });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={contact ? `Edit ${contact.name}` : 'Add a contact'} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="Name" required data-autofocus {...text('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Role" placeholder="Choose a role" data={ROLE_OPTIONS} value={values.role} onChange={set('role')} clearable error={errors.role} />
            <TextInput label="Company" {...text('company')} />
            <TextInput label="Position" {...text('position')} />
            <TextInput label="Email" type="email" {...text('email')} />
            <TextInput label="Phone" type="tel" {...text('phone')} />
            <TextInput label="LinkedIn profile" placeholder="https://www.linkedin.com/in/…" {...text('linkedinUrl')} />
          </SimpleGrid>
          <TextInput label="How you met" {...text('howMet')} />
          <NumberInput
            label="Stay in touch every … weeks"
            description="Leave empty for no reminder. It counts from the last time you were in touch, whatever the kind."
            min={1}
            max={52}
            allowDecimal={false}
            value={values.cadenceWeeks}
            onChange={set('cadenceWeeks')}
            error={errors.cadenceWeeks}
          />
          <Textarea label="Notes" autosize minRows={2} {...text('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending || update.isPending}>{contact ? 'Save' : 'Add contact'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
