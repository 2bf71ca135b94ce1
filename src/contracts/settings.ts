import { z } from 'zod';
import { isValidTimeZone } from '../domain/time.js';
import { zText } from './common.js';

export const zSettings = z
  .object({
    timezone: zText().refine(isValidTimeZone, 'Unknown time zone; use a name such as Europe/Paris'),
    noResponseDays: z.number().int().min(1).max(365),
    feedbackReminderDays: z.number().int().min(1).max(60),
    /** Your name, to sign feedback requests and other drafts. */
    yourName: zText().trim().max(100, 'Keep your name under 100 characters').optional(),
    /** Mail import: accept confident proposals without review (off unless the user turns it on). */
    autoAcceptMail: z.boolean().optional(),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof zSettings>;

export const zSettingsUpdate = zSettings.partial().meta({ id: 'SettingsUpdate' });
export type SettingsUpdate = z.infer<typeof zSettingsUpdate>;

export const DEFAULT_SETTINGS: Settings = {
  timezone: 'UTC',
  noResponseDays: 21,
  feedbackReminderDays: 7,
  autoAcceptMail: false,
  yourName: '',
};
