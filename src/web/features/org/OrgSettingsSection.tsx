import { Paper, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../account/api';
import { MembershipsSection } from './MembershipsSection';

/** In Settings (hosted mode): your organisations and whether your data counts in their figures. */
export function OrgSettingsSection() {
  const session = useSession();
  if (session.data?.mode !== 'hosted') return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="org-settings-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="org-settings-heading">
          Organisations
        </Title>
        <Text size="sm" c="dimmed">
          Whether your data counts in a cohort&apos;s figures is your choice, and you can change it here at any time.
        </Text>
        <MembershipsSection />
      </Stack>
    </Paper>
  );
}
