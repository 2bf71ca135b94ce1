import { Alert, Stack, Title } from '@mantine/core';

/** What /org says when Debrief runs on one person's computer: organisations need a hosted Debrief. */
export function OrgLocalNote() {
  return (
    <Stack gap="lg" maw={820}>
      <Title order={1}>Organisations</Title>
      <Alert color="gray" title="Organisations need a hosted Debrief">
        This Debrief runs on your computer for one person, so your search stays here and there is no organisation to join. Career centres and
        coaching programmes use organisations when Debrief is run hosted, with accounts on a shared server (see “Hosting Debrief” in the README).
      </Alert>
    </Stack>
  );
}
