import type { InterviewType } from '../../domain/applications/stages.js';

export const INTERVIEW_TYPE_LABELS: Record<InterviewType, string> = {
  recruiter_screen: 'Recruiter screen',
  technical: 'Technical',
  behavioural: 'Behavioural',
  panel: 'Panel',
  case: 'Case study',
  presentation: 'Presentation',
  onsite: 'On site',
  other: 'Other',
};
