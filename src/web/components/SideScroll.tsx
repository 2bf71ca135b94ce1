import { Box, Text } from '@mantine/core';
import { IconArrowsHorizontal } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Names the scrolling region for screen readers. */
  label: string;
  /** Below this width the content scrolls sideways instead of squeezing. */
  minWidth?: number;
  testId?: string;
  children: ReactNode;
}

/**
 * Content wider than the screen: it scrolls sideways, with shadows at the edges
 * that still hide something and a short hint while anything is hidden.
 */
export function SideScroll({ label, minWidth, testId, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <div ref={ref} className="side-scroll" role="region" aria-label={label} tabIndex={0} data-testid={testId} data-overflows={overflows}>
        <Box miw={minWidth}>{children}</Box>
      </div>
      {overflows ? (
        <Text size="xs" c="dimmed" mt={4} data-testid="side-scroll-hint">
          <IconArrowsHorizontal size={14} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
          Scroll sideways to see all of it
        </Text>
      ) : null}
    </>
  );
}
