import { Alert, Button, Grid, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { zApplicationUpdate, type Application } from '../../../../contracts/applications.js';
import { errorMessage, isApiError } from '../../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../../api/form-errors';
import { useUpdateApplication } from '../api';
import { CompanyAutocomplete } from '../form/CompanyAutocomplete';
import { DetailsFields } from '../form/DetailsFields';
import { fromApplication, sourceOptions, toPayload, type ApplicationFormValues } from '../form/values';

interface Props {
  app: Application;
  /** Fetches the newest version after a conflict. */
  reload: () => Promise<Application | undefined>;
  /** Called after a save, or when the person cancels: back to reading. */
  onDone: () => void;
}

/** The edit form, with optimistic concurrency: every save sends the version it started from. */
export function EditForm({ app, reload, onDone }: Props) {
  const update = useUpdateApplication(app.id);
  const [version, setVersion] = useState(app.version);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // The form opens on request: put the cursor in it.
  useEffect(() => titleRef.current?.focus(), []);
  const form = useForm<ApplicationFormValues>({
    initialValues: fromApplication(app),
    validate: (values) => zodFieldErrors(zApplicationUpdate, { ...toPayload(values), version }),
  });

  const { isDirty, setValues, resetDirty } = form;
  // Follow changes made elsewhere on this page (a move, a note) while nothing is being edited.
  useEffect(() => {
    if (app.version !== version && !isDirty() && !stale) {
      setValues(fromApplication(app));
      resetDirty(fromApplication(app));
      setVersion(app.version);
    }
  }, [app, version, isDirty, setValues, resetDirty, stale]);

  const load = (fresh: Application) => {
    setValues(fromApplication(fresh));
    resetDirty(fromApplication(fresh));
    setVersion(fresh.version);
    setStale(false);
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    update.mutate(
      { ...toPayload(values), version },
      {
        onSuccess: (saved) => {
          load(saved);
          notifications.show({ message: 'Changes saved.', color: 'sage' });
          onDone();
        },
        onError: (e) => {
          if (isApiError(e) && e.status === 409) {
            setStale(true);
            return;
          }
          const fields = serverFieldErrors(e);
          form.setErrors(fields);
          if (Object.keys(fields).length === 0) setFormError(errorMessage(e));
        },
      },
    );
  });

  const reloadLatest = async () => {
    const fresh = await reload();
    if (fresh) load(fresh);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="details-heading" data-testid="details-form">
      <Title order={2} size="h4" id="details-heading" mb="sm">
        Edit details
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="details-heading">
        <Stack gap="md">
          {stale ? (
            <Alert color="orange" role="alert" title="This application was changed elsewhere" data-testid="stale-alert">
              Someone (maybe you, in another tab) saved a newer version. Reload it to see the latest details;
              your unsaved changes here will be replaced.
              <Group mt="sm">
                <Button size="xs" color="orange" onClick={() => void reloadLatest()}>
                  Reload the latest version
                </Button>
              </Group>
            </Alert>
          ) : null}
          {formError ? (
            <Alert color="red" role="alert" title="Not saved">
              {formError}
            </Alert>
          ) : null}
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <CompanyAutocomplete {...form.getInputProps('company')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Job title" withAsterisk ref={titleRef} {...form.getInputProps('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Source" data={sourceOptions} clearable {...form.getInputProps('source')} />
            </Grid.Col>
          </Grid>
          <DetailsFields form={form} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                form.reset();
                onDone();
              }}
            >
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={stale}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
