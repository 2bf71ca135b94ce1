import { z } from 'zod';
import { DEFAULT_NUDGE_AFTER_REJECTION_DAYS, DEFAULT_SUPPORT_RESOURCES, WEEK_STARTS } from '../domain/momentum/index.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../domain/time.js';
import { zText } from './common.js';

/** A whole number of days from 1 to `max`; anything else is refused, never clamped. */
const days = (max: number) =>
  z
    .number({ error: `Use a whole number of days from 1 to ${max}` })
    .int(`Use a whole number of days from 1 to ${max}`)
    .min(1, `Use a whole number of days from 1 to ${max}`)
    .max(max, `Use a whole number of days from 1 to ${max}`);

export const zSettings = z
  .object({
    timezone: zText().refine(isValidTimeZone, 'Unknown time zone; use a name such as Europe/Paris'),
    noResponseDays: days(365),
    feedbackReminderDays: days(60),
    /** Your name, to sign feedback requests and other drafts. */
    yourName: zText().trim().max(100, 'Keep your name under 100 characters').optional(),
    /** Mail import: accept confident proposals without review (off unless the user turns it on). */
    autoAcceptMail: z.boolean().optional(),
    /** Hosted mode: a mail each morning with the agenda items due (at most once a day for each item). */
    reminderMail: z.boolean().optional(),
    /** The day weeks start on, for goals, streaks and the weekly review. */
    weekStartsOn: z.enum(WEEK_STARTS, { error: 'Choose monday, sunday or saturday' }).optional(),
    /** A gentle celebration when a win arrives (never when the system asks for reduced motion). */
    celebrations: z.boolean().optional(),
    /** The small-step nudge when no application followed a rejection for a while. */
    nudgeAfterRejection: z.boolean().optional(),
    nudgeAfterRejectionDays: days(60).optional(),
    /** The gentle nudge when the mood stays low and the search goes quiet. */
    nudgeLowMood: z.boolean().optional(),
    /** Support resources shown with the low-mood nudge: your own short list. */
    supportResources: z
      .array(zText().trim().min(1, 'Write something in each line, or remove it').max(300, 'Keep each line under 300 characters'))
      .max(10, 'Keep the list to 10 lines')
      .optional(),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof zSettings>;

export const zSettingsUpdate = zSettings.partial().meta({ id: 'SettingsUpdate' });
export type SettingsUpdate = z.infer<typeof zSettingsUpdate>;

export const DEFAULT_SETTINGS: Settings = {
  timezone: DEFAULT_TIME_ZONE,
  noResponseDays: 21,
  feedbackReminderDays: 7,
  autoAcceptMail: false,
  reminderMail: false,
  yourName: '',
  weekStartsOn: 'monday',
  celebrations: true,
  nudgeAfterRejection: true,
  nudgeAfterRejectionDays: DEFAULT_NUDGE_AFTER_REJECTION_DAYS,
  nudgeLowMood: true,
  supportResources: [...DEFAULT_SUPPORT_RESOURCES],
};
