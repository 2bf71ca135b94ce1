import { useRef, type ReactNode } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { SideScroll } from '../../components/SideScroll';
import { exportPng, exportSvg } from './export-chart';

interface Props {
  id: string;
  title: string;
  /** What the chart shows, in words: the figure's caption and its text alternative. */
  caption: string;
  testId?: string;
  /** Drawn before the chart, e.g. a short explanation. */
  intro?: ReactNode;
  /** The same numbers as a table, after the chart. */
  table?: ReactNode;
  /** Below this width the chart scrolls sideways instead of squeezing its labels. */
  minWidth?: number;
  children: ReactNode;
}

/** A titled section with one chart, a caption, SVG / PNG export and the table behind it. */
export function ChartFigure({ id, title, caption, testId, intro, table, minWidth, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const name = `debrief-${id}`;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Title order={2} size="h3" id={`${id}-title`}>
          {title}
        </Title>
        <Group gap={6}>
          <Button size="compact-sm" variant="default" leftSection={<IconDownload size={14} aria-hidden />}
            aria-label={`Download “${title}” as SVG`} onClick={() => exportSvg(ref.current, name)}>
            SVG
          </Button>
          <Button size="compact-sm" variant="default" leftSection={<IconDownload size={14} aria-hidden />}
            aria-label={`Download “${title}” as PNG`} onClick={() => void exportPng(ref.current, name)}>
            PNG
          </Button>
        </Group>
      </Group>
      {intro}
      <figure ref={ref} style={{ margin: 0 }} data-testid={testId} aria-labelledby={`${id}-caption`}>
        {minWidth ? (
          <SideScroll label={`${title}: chart, scrolls sideways on narrow screens`} minWidth={minWidth}>
            <div role="img" aria-label={caption}>
              {children}
            </div>
          </SideScroll>
        ) : (
          <div role="img" aria-label={caption}>
            {children}
          </div>
        )}
        <Text component="figcaption" id={`${id}-caption`} size="sm" c="dimmed" mt="xs">
          {caption}
        </Text>
      </figure>
      {table}
    </Paper>
  );
}
