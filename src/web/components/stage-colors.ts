import type { Stage } from '../../domain/applications/stages.js';

/** One colour per stage, used by badges and board columns. */
export const STAGE_COLORS: Record<Stage, string> = {
  saved: 'gray',
  applied: 'blue',
  screen: 'cyan',
  assessment: 'indigo',
  interview: 'violet',
  final: 'grape',
  offer: 'teal',
  accepted: 'green',
  rejected: 'red',
  withdrawn: 'gray',
  ghosted: 'orange',
};
