import { DEFAULT_SETTINGS, zSettings, zSettingsUpdate, type Settings, type SettingsUpdate } from '../contracts/settings.js';
import { refreshStatesForDay } from '../db/repos/derived-state.js';
import { getSettingValues, putSettingValue } from '../db/repos/users.repo.js';
import { todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { transact } from '../db/transact.js';

const FIELDS = zSettings.shape;

/** Each stored value is read on its own: one that no longer parses falls back to its default, the others stay. */
export function parseStored(values: Record<string, string>): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, raw] of Object.entries(values)) {
    if (!(key in FIELDS)) continue;
    try {
      const parsed = FIELDS[key as keyof typeof FIELDS].safeParse(JSON.parse(raw));
      if (parsed.success) merged[key] = parsed.data;
    } catch {
      // Not JSON any more: keep the default.
    }
  }
  const parsed = zSettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  return parseStored(await getSettingValues(ctx.db, ctx.ownerId));
}

/** Saves the settings given; a value out of range is refused (400 naming the field), never clamped. */
export async function updateSettings(ctx: ServiceContext, input: SettingsUpdate): Promise<Settings> {
  const checked = zSettingsUpdate.safeParse(input);
  if (!checked.success) {
    const fields = Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.'), i.message]));
    throw new ServiceError('validation', Object.values(fields).join(' '), fields);
  }
  const update = checked.data;
  const before = update.timezone === undefined ? undefined : await getSettings(ctx);
  await transact(ctx.db, async (trx) => {
    for (const [key, value] of Object.entries(update)) {
      if (value !== undefined) await putSettingValue(trx, ctx.ownerId, key, JSON.stringify(value));
    }
    // In another time zone today may be another day: the derived status follows it (ADR 0065).
    const day = update.timezone ? todayIn(update.timezone, ctx.now()) : undefined;
    if (before && day && day !== todayIn(before.timezone, ctx.now())) await refreshStatesForDay(trx, ctx.ownerId, day);
  });
  return getSettings(ctx);
}

/** Today, in the user's time zone. */
export async function today(ctx: ServiceContext): Promise<string> {
  const settings = await getSettings(ctx);
  return todayIn(settings.timezone, ctx.now());
}
