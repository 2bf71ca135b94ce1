import { Alert, Button, Collapse, Grid, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title, Input } from '@mantine/core';
import { DayInput, focusDayProblem } from '../../../components/DayInput';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDebouncedValue } from '@mantine/hooks';
import type { CaptureResult } from '../../../../contracts/capture.js';
import { useSimilar } from '../../capture/api';
import { SimilarWarning } from '../../capture/SimilarWarning';
import { zApplicationCreate } from '../../../../contracts/applications.js';
import { errorMessage, isApiError } from '../../../api/client';
import { serverFieldErrors, zodFieldErrors } from '../../../api/form-errors';
import { useToday } from '../../settings/api';
import { useCreateApplication } from '../api';
import { CompanyAutocomplete } from '../form/CompanyAutocomplete';
import { DetailsFields } from '../form/DetailsFields';
import { emptyValues, sourceOptions, toPayload, type ApplicationFormValues } from '../form/values';

interface NewValues extends ApplicationFormValues {
  stage: 'applied' | 'saved';
  date: string | null;
}

const MAIN_FIELDS = new Set(['company', 'title', 'source', 'stage', 'date']);

export function NewApplicationPage() {
  const today = useToday();
  const navigate = useNavigate();
  const create = useCreateApplication();
  const [more, { toggle, open: openMore }] = useDisclosure(false);
  const [formError, setFormError] = useState<string | null>(null);

  const captured = (useLocation().state as { captured?: CaptureResult } | null)?.captured;
  const form = useForm<NewValues>({
    initialValues: { ...emptyValues, ...capturedValues(captured), stage: 'applied', date: today },
    validate: (values) => zodFieldErrors(zApplicationCreate, payloadOf(values)),
    onValuesChange: () => setFormError(null),
  });

  const [lookup] = useDebouncedValue({ company: form.values.company, title: form.values.title, url: form.values.jobUrl }, 400);
  const similar = useSimilar(lookup.company, lookup.title, lookup.url);

  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    if (Object.keys(errors).some((f) => !MAIN_FIELDS.has(f))) openMore();
  };

  const submit = form.onSubmit(
    (values) => {
      create.mutate(payloadOf(values), {
        onSuccess: (app) => {
          notifications.show({ title: 'Application added', message: `${app.title} at ${app.company}`, color: 'sage' });
          void navigate(`/applications/${app.id}`);
        },
        onError: (e) => {
          const fields = serverFieldErrors(e);
          showErrors(fields);
          if (!isApiError(e) || Object.keys(fields).length === 0) setFormError(errorMessage(e));
        },
      });
    },
    (errors) => showErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, String(v)]))),
  );

  return (
    <Stack maw={760} gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>New application</Title>
        <Button component={Link} to="/new" variant="light">
          Fill in from a job posting
        </Button>
      </Group>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="form" onSubmit={(e) => (focusDayProblem(e.currentTarget) ? e.preventDefault() : submit(e))} noValidate aria-label="New application">
        <Stack gap="md">
          {captured ? (
            <Text size="sm" c="dimmed">
              Filled in from the posting — check each field before adding it.
            </Text>
          ) : null}
          <SimilarWarning similar={similar.data ?? []} />
          {formError ? (
            <Alert color="red" role="alert" title="The application was not saved">
              {formError}
            </Alert>
          ) : null}
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <CompanyAutocomplete autoFocus openOnFocus={false} {...form.getInputProps('company')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Job title" withAsterisk {...form.getInputProps('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Source" placeholder="Where did you find it?" data={sourceOptions} clearable {...form.getInputProps('source')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Input.Wrapper label="Stage" labelElement="div" id="new-stage">
                <SegmentedControl
                  fullWidth
                  aria-labelledby="new-stage-label"
                  data={[
                    { value: 'applied', label: 'Applied' },
                    { value: 'saved', label: 'Saved for later' },
                  ]}
                  {...form.getInputProps('stage')}
                />
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <DayInput
                label={form.values.stage === 'saved' ? 'Saved on' : 'Applied on'}
               
                maxDate={today}
                {...form.getInputProps('date')}
              />
            </Grid.Col>
          </Grid>
          <Button
            variant="subtle"
            onClick={toggle}
            aria-expanded={more}
            aria-controls="more-details"
            leftSection={more ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            More details
          </Button>
          <Collapse in={more} id="more-details">
            <DetailsFields form={form} />
          </Collapse>
          <Text size="xs" c="dimmed">
            Fields marked * are required. Everything else can be added later.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(-1)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add application
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** The form's fields from a captured posting (empty where nothing was found). */
function capturedValues(captured: CaptureResult | undefined): Partial<NewValues> {
  const job = captured?.job;
  if (!job) return {};
  const extra = [job.employmentType ? `Employment type: ${job.employmentType}` : null, job.datePosted ? `Posted on ${job.datePosted}` : null].filter(Boolean);
  return {
    company: job.company ?? '',
    title: job.title ?? '',
    location: job.location ?? '',
    remote: job.remote,
    salaryMin: job.salaryMin ?? '',
    salaryMax: job.salaryMax ?? '',
    salaryCurrency: job.salaryCurrency ?? '',
    jobUrl: job.jobUrl ?? '',
    description: job.description ?? '',
    notes: extra.join('\n'),
  };
}

function payloadOf(values: NewValues) {
  return { ...toPayload(values), stage: values.stage, date: values.date ?? undefined };
}
