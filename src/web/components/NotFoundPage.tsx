import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <Stack align="flex-start" gap="sm" maw={520}>
      <Title order={1}>This {what} does not exist</Title>
      <Text c="dimmed">It may have been deleted, or the address is mistyped.</Text>
      <Button component={Link} to="/" variant="light">
        Back to the home page
      </Button>
    </Stack>
  );
}
