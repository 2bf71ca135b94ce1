import { z } from 'zod';

/** The sample job search: whether it is loaded, what loading made, what removing took away. */
export const zSampleStatus = z
  .object({ loaded: z.boolean(), applications: z.number().int() })
  .meta({ id: 'SampleStatus' });
export type SampleStatusOut = z.infer<typeof zSampleStatus>;

export const zSampleLoaded = z
  .object({ created: z.number().int(), debriefs: z.number().int(), journalEntries: z.number().int() })
  .meta({ id: 'SampleLoaded' });

export const zSampleRemoved = z
  .object({ applications: z.number().int(), checkIns: z.number().int(), questions: z.number().int(), companies: z.number().int() })
  .meta({ id: 'SampleRemoved' });
export type SampleRemovedOut = z.infer<typeof zSampleRemoved>;
