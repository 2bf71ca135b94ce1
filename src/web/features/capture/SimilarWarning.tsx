import { Alert, Anchor, List } from '@mantine/core';
import { Link } from 'react-router';
import type { SimilarApplication } from '../../../contracts/capture.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';

/** "Already applied?": the applications already tracked for the same posting or role. */
export function SimilarWarning({ similar }: { similar: readonly SimilarApplication[] }) {
  if (similar.length === 0) return null;
  return (
    <Alert color="yellow" title="Already in your tracker?" role="status">
      <List size="sm">
        {similar.map((s) => (
          <List.Item key={s.id}>
            <Anchor component={Link} to={`/applications/${s.id}`}>
              {s.title} at {s.company}
            </Anchor>{' '}
            — {STAGE_LABELS[s.status]}
            {s.appliedOn ? ` since ${s.appliedOn}` : ''}
            {s.reason === 'same_url' ? ' (same posting)' : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
