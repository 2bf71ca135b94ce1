import type { Debrief } from '../../../contracts/debrief.js';
import type { FeedbackQuestionId } from '../../../domain/debrief/draft-questions.js';
import type { Recipient, Tone } from '../../../domain/debrief/draft-texts.js';

export interface FeedbackDraft {
  recipient: Recipient;
  tone: Tone;
  questionIds: FeedbackQuestionId[];
  contactName: string;
  contactEmail: string;
}

export function feedbackDraftFrom(d: Debrief): FeedbackDraft {
  const fr = d.feedbackRequest;
  const labels = d.rejection.readerLabels;
  return {
    recipient: fr.recipient,
    tone: fr.tone,
    questionIds: fr.questionIds.length > 0 ? [...fr.questionIds] : [...d.defaultQuestionIds],
    contactName: fr.contactName ?? labels?.contactName ?? '',
    contactEmail: fr.contactEmail ?? labels?.contactEmail ?? '',
  };
}
