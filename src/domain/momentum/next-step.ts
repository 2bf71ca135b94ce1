/**
 * The one next step the home page offers, chosen with care: what is most
 * worth doing, never a pile of chores.
 */
export interface NextStep {
  kind: 'rest' | 'debrief' | 'follow_up' | 'apply' | 'first_application' | 'practice' | 'up_to_date';
  title: string;
  text: string;
  link: { to: string; label: string } | null;
}

export interface NextStepInput {
  hasApplications: boolean;
  lowMood: boolean;
  debriefToFinish: { applicationId: string; company: string } | null;
  reminderDue: { applicationId: string; company: string } | null;
  /** Days since the last application sent (null: none ever). */
  daysSinceApplication: number | null;
  practiceDue: number;
}

/** Days without an application before "log an application" becomes the next step. */
export const QUIET_APPLICATION_DAYS = 5;

export function chooseNextStep(i: NextStepInput): NextStep {
  if (i.lowMood) {
    return {
      kind: 'rest',
      title: 'Be kind to yourself today',
      text: 'Things have felt heavy lately. A few lines in your journal, or a chat with someone you trust, is a real step too.',
      link: { to: '/journal', label: 'Write in your journal' },
    };
  }
  if (!i.hasApplications) {
    return {
      kind: 'first_application',
      title: 'Add your first application',
      text: 'Start with one role you have sent or mean to send. Everything else here grows from it.',
      link: { to: '/applications/new', label: 'Add an application' },
    };
  }
  if (i.debriefToFinish) {
    return {
      kind: 'debrief',
      title: `Finish the debrief for ${i.debriefToFinish.company}`,
      text: 'A few minutes now turns that no into something you can use next time.',
      link: { to: `/applications/${i.debriefToFinish.applicationId}/debrief`, label: 'Continue the debrief' },
    };
  }
  if (i.reminderDue) {
    return {
      kind: 'follow_up',
      title: `Send a follow-up to ${i.reminderDue.company}`,
      text: 'Your feedback request has waited a while. A short, friendly nudge is normal and often gets the answer.',
      link: { to: `/applications/${i.reminderDue.applicationId}/debrief`, label: 'Write the follow-up' },
    };
  }
  if (i.daysSinceApplication === null || i.daysSinceApplication >= QUIET_APPLICATION_DAYS) {
    return {
      kind: 'apply',
      title: 'Log an application',
      text:
        i.daysSinceApplication === null
          ? 'Nothing sent yet. One application, even an imperfect one, gets the search going.'
          : `The last one went out ${i.daysSinceApplication} days ago. One more keeps the search moving.`,
      link: { to: '/applications/new', label: 'Log an application' },
    };
  }
  if (i.practiceDue > 0) {
    return {
      kind: 'practice',
      title: 'Practise a question',
      text: `${i.practiceDue} question${i.practiceDue === 1 ? ' is' : 's are'} ready for practice. Ten minutes keeps your answers fresh.`,
      link: { to: '/practice', label: 'Practise now' },
    };
  }
  return {
    kind: 'up_to_date',
    title: 'You are up to date',
    text: 'Nothing is waiting on you. Rest counts as part of the search.',
    link: null,
  };
}
