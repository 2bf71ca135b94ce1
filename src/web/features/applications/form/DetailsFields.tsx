import { Checkbox, Grid, NumberInput, Select, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTags } from '../api';
import { RatingField } from './RatingField';
import { remoteOptions, type ApplicationFormValues } from './values';

/** The optional fields of an application, shared by the add and edit forms. */
export function DetailsFields<T extends ApplicationFormValues>({ form }: { form: UseFormReturnType<T> }) {
  const tags = useTags();
  const referral = form.values.referral;
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, sm: 6 }} style={{ display: 'flex', alignItems: 'flex-end' }}>
        <Switch label="Referred by someone" {...form.getInputProps('referral', { type: 'checkbox' })} key={form.key('referral')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Referrer" disabled={!referral} {...form.getInputProps('referrer')} key={form.key('referrer')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Résumé version" placeholder="e.g. backend-2026-10" {...form.getInputProps('resumeVersion')} key={form.key('resumeVersion')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }} style={{ display: 'flex', alignItems: 'flex-end' }}>
        <Checkbox label="Résumé tailored to this role" {...form.getInputProps('tailored', { type: 'checkbox' })} key={form.key('tailored')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <RatingField label="Fit" description="How well the role fits your strengths" {...form.getInputProps('fit')} key={form.key('fit')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <RatingField label="Excitement" description="How much you want this role" {...form.getInputProps('excitement')} key={form.key('excitement')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <NumberInput label="Salary from" min={0} thousandSeparator="," allowDecimal={false} {...form.getInputProps('salaryMin')} key={form.key('salaryMin')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <NumberInput label="Salary to" min={0} thousandSeparator="," allowDecimal={false} {...form.getInputProps('salaryMax')} key={form.key('salaryMax')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label="Currency" placeholder="EUR" maxLength={3} {...form.getInputProps('salaryCurrency')} key={form.key('salaryCurrency')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Location" {...form.getInputProps('location')} key={form.key('location')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select label="Work arrangement" data={remoteOptions} clearable {...form.getInputProps('remote')} key={form.key('remote')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label="Job posting URL" type="url" placeholder="https://" {...form.getInputProps('jobUrl')} key={form.key('jobUrl')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TagsInput
          label="Tags"
          description="Press Enter after each tag"
          data={(tags.data ?? []).map((t) => t.tag)}
          clearable
          {...form.getInputProps('tags')}
          key={form.key('tags')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Job description" autosize minRows={3} maxRows={12} {...form.getInputProps('description')} key={form.key('description')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Notes" autosize minRows={2} maxRows={10} {...form.getInputProps('notes')} key={form.key('notes')} />
      </Grid.Col>
    </Grid>
  );
}
