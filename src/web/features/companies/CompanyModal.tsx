import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DayInput, focusDayProblem } from '../../components/DayInput';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { COMPANY_SIZES } from '../../../contracts/applications.js';
import { zCompanyUpdate, type Company } from '../../../contracts/companies.js';
import { errorMessage } from '../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../api/form-errors';
import { useUpdateCompany } from './api';

type Size = (typeof COMPANY_SIZES)[number];

interface Values {
  name: string;
  website: string;
  size: Size | null;
  revisitOn: string | null;
  notes: string;
}

const valuesOf = (c: Company): Values => ({
  name: c.name,
  website: c.website ?? '',
  size: c.size,
  revisitOn: c.revisitOn,
  notes: c.notes ?? '',
});

const sizeOptions = COMPANY_SIZES.map((s) => ({ value: s, label: `${s} people` }));

export function CompanyModal({ company, onClose }: { company: Company | null; onClose: () => void }) {
  const update = useUpdateCompany();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', website: '', size: null, revisitOn: null, notes: '' },
    validate: (v) => zodFieldErrors(zCompanyUpdate, v),
  });
  const { setValues, resetDirty } = form;

  useEffect(() => {
    if (company) {
      setValues(valuesOf(company));
      resetDirty(valuesOf(company));
      setFormError(null);
    }
  }, [company, setValues, resetDirty]);

  const submit = form.onSubmit((values) => {
    if (!company) return;
    update.mutate(
      { id: company.id, input: values },
      {
        onSuccess: (saved) => {
          notifications.show({ message: `Saved ${saved.name}.`, color: 'sage' });
          onClose();
        },
        onError: (e) => {
          const fields = serverFieldErrors(e);
          form.setErrors(fields);
          if (Object.keys(fields).length === 0) setFormError(errorMessage(e));
        },
      },
    );
  });

  return (
    <Modal opened={company !== null} onClose={onClose} title="Edit company" centered>
      <form onSubmit={(e) => (focusDayProblem(e.currentTarget) ? e.preventDefault() : submit(e))} noValidate>
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Website" type="url" placeholder="https://" {...form.getInputProps('website')} />
          <Select label="Size" data={sizeOptions} clearable {...form.getInputProps('size')} />
          <DayInput
            label="Revisit on"
            description="A day to look at this company again"
           
            clearable
            {...form.getInputProps('revisitOn')}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
