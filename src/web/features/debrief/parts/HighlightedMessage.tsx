import { Box, Text } from '@mantine/core';
import { useMemo } from 'react';
import { segmentsFor, type EvidenceSentence } from '../highlight';
import classes from '../debrief.module.css';

const MAX_SHOWN = 20_000;

/**
 * The pasted message with the evidence sentences marked. Built from text
 * nodes only: whatever the message contains (HTML, scripts) shows as text.
 */
export function HighlightedMessage({ text, evidence }: { text: string; evidence: readonly EvidenceSentence[] }) {
  const shown = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) : text;
  const segments = useMemo(() => segmentsFor(shown, evidence), [shown, evidence]);
  return (
    <Box
      component="blockquote"
      className={classes.message}
      data-testid="highlighted-message"
      tabIndex={0}
      aria-label="The message, with the sentences the reader relied on highlighted"
    >
      {segments.map((s, i) =>
        s.marks.length > 0 ? (
          <mark key={i} className={classes.mark} title={s.marks.join(' · ')}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
      {shown.length < text.length ? (
        <Text span c="dimmed" size="xs" display="block" mt="xs">
          (Showing the first {MAX_SHOWN.toLocaleString('en')} characters here; the whole message is kept.)
        </Text>
      ) : null}
    </Box>
  );
}
