import { Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconSparkles, IconSeedling } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLoadDemo } from './api';

/** First run: what Debrief is for, and two ways to start. */
export function EmptyBoard() {
  const demo = useLoadDemo();
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} maw={720} mx="auto" mt={{ base: 'md', sm: 'xl' }} data-testid="empty-board">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconSeedling size={28} />
          </ThemeIcon>
          <div>
            <Title order={1} size="h2">
              Welcome to Debrief
            </Title>
            <Text c="dimmed" mt={4}>
              A calm place for your job search, where every “no” becomes something you can learn from.
            </Text>
          </div>
        </Group>
        <List spacing="xs" size="sm">
          <List.Item>Log each application and move it along the board as things happen.</List.Item>
          <List.Item>See at a glance which employers have gone quiet, and close them in one click.</List.Item>
          <List.Item>When a rejection comes, keep what it taught you instead of just the sting.</List.Item>
        </List>
        <Group>
          <Button component={Link} to="/applications/new" leftSection={<IconPlus size={18} aria-hidden />}>
            Add your first application
          </Button>
          <Button
            variant="light"
            leftSection={<IconSparkles size={18} aria-hidden />}
            loading={demo.isPending}
            onClick={() => demo.mutate()}
          >
            Load a sample job search
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
